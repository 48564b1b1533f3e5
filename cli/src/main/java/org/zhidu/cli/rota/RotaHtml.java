package org.zhidu.cli.rota;

import java.io.PrintWriter;
import java.util.List;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.output.Html;
import org.zhidu.core.rota.DutyDay;
import org.zhidu.core.rota.RotaPolicy;

/** The rota as one self-contained HTML page that prints on a sheet of A4, for the notice board. */
final class RotaHtml {

  private RotaHtml() {}

  static void write(String title, List<DutyDay> days, RotaPolicy policy, Texts texts, PrintWriter out) {
    Html.begin(out, texts, title,
        "h1 { text-align: center; font-size: 18pt; margin: 0 0 4mm; }",
        "p.note { text-align: center; margin: 0 0 4mm; }",
        "th, td { border: 1px solid #000; padding: 1.2mm 2mm; text-align: center; }",
        "tr.holiday td { background: #fbe3e3; }",
        "tr.weekend td { background: #f0f0f0; }");
    out.println("<p class=\"note\">" + Html.escape(texts.get("rota.handover", policy.handover())) + "</p>");
    out.println("<table>");
    out.println("<thead><tr>" + th(texts, "rota.col.date") + th(texts, "rota.col.weekday") + th(texts, "rota.col.type")
        + th(texts, "rota.col.duty") + th(texts, "rota.col.leader") + th(texts, "rota.col.notifier") + "</tr></thead>");
    out.println("<tbody>");
    for (DutyDay day : days) {
      String kind = day.isHoliday() ? " class=\"holiday\"" : day.type().isWorking() ? "" : " class=\"weekend\"";
      out.println("<tr" + kind + "><td>" + day.date() + "</td><td>"
          + Html.escape(Dates.weekday(day.date().getDayOfWeek(), texts)) + "</td><td>"
          + Html.escape(texts.get("calendar.type." + day.type().id())) + "</td><td>"
          + Html.escape(day.duty().isEmpty() ? "—" : String.join("、", day.duty())) + "</td><td>"
          + Html.escape(day.leader() == null ? "—" : day.leader()) + "</td><td>"
          + Html.escape(RotaOutput.notifier(day.notifier(), texts)) + "</td></tr>");
    }
    out.println("</tbody>");
    out.println("</table>");
    out.println("<p>" + Html.escape(texts.get("rota.notifier_note")) + "</p>");
    Html.end(out);
  }

  private static String th(Texts texts, String key) {
    return "<th>" + Html.escape(texts.get(key)) + "</th>";
  }
}
