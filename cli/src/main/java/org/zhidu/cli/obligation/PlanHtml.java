package org.zhidu.cli.obligation;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.Texts;
import org.zhidu.cli.output.Html;
import org.zhidu.core.obligation.ObligationChecker;
import org.zhidu.core.obligation.Occurrence;

/**
 * The year at a glance, to print and pin up: one table a quarter, each quarter on a page of its own (A4 portrait),
 * every occurrence with its due day, window, duty, count, who is responsible and rule; a due day moved off a rest
 * day marked, with the pack's reading under the table.
 */
final class PlanHtml {

  private PlanHtml() {}

  private static void row(PrintWriter out, Plan plan, String day, String window, Occurrence o) {
    out.println("<tr><td class=\"day\">" + day + "</td><td class=\"window\">" + window + "</td><td>"
        + Html.escape(o.obligation().name()) + "</td><td class=\"times\">"
        + Html.escape(ObligationChecker.times(o.obligation())) + "</td><td class=\"who\">"
        + Html.escape(o.obligation().responsible().isEmpty() ? "—" : plan.responsible(o))
        + "</td><td class=\"rule\">" + o.obligation().rule().value() + "</td></tr>");
  }

  static void write(Plan plan, Texts texts, PrintWriter out) {
    Html.begin(out, texts, texts.get("obligations.html.title", plan.pack().id(), plan.year()),
        "body { font-size: 9pt; }",
        "h1 { font-size: 14pt; margin: 0 0 4pt; } h2 { font-size: 11pt; margin: 0 0 4pt; page-break-after: avoid; }",
        "section + section { page-break-before: always; }",
        "table { table-layout: fixed; }",
        "th, td { border: 0.5pt solid #444; padding: 1pt 3pt; vertical-align: top; text-align: left; }",
        "th { background: #eee; white-space: nowrap; -webkit-print-color-adjust: exact; print-color-adjust: exact; }",
        "col.day { width: 13%; } col.window { width: 25%; } col.duty { width: 20%; } col.times { width: 6%; }",
        "col.who { width: 29%; } col.rule { width: 7%; } td.day, td.times, td.rule { white-space: nowrap; }",
        "p.note { margin: 4pt 0 0; }");
    for (int q = 1; q <= 4; q++) {
      List<Occurrence> mine = new ArrayList<>();
      for (Occurrence o : plan.occurrences()) {
        // a due day moved into the year before stays in the quarter of its window
        int month = o.to().getYear() < plan.year() ? 1 : o.to().getYear() > plan.year() ? 12
            : o.to().getMonthValue();
        if ((month - 1) / 3 + 1 == q) {
          mine.add(o);
        }
      }
      out.println("<section>");
      out.println("<h2>" + Html.escape(texts.get("obligations.html.quarter." + q, plan.year())) + "</h2>");
      if (mine.isEmpty()) {
        out.println("<p>" + Html.escape(texts.get("obligations.html.none")) + "</p>");
        out.println("</section>");
        continue;
      }
      out.println("<table><colgroup><col class=\"day\"><col class=\"window\"><col class=\"duty\">"
          + "<col class=\"times\"><col class=\"who\"><col class=\"rule\"></colgroup>");
      out.println("<tr><th>" + Html.escape(texts.get("obligations.col.due")) + "</th><th>"
          + Html.escape(texts.get("obligations.col.window")) + "</th><th>"
          + Html.escape(texts.get("obligations.col.obligation")) + "</th><th>"
          + Html.escape(texts.get("obligations.col.times")) + "</th><th>"
          + Html.escape(texts.get("obligations.col.responsible")) + "</th><th>"
          + Html.escape(texts.get("obligations.col.rule")) + "</th></tr>");
      boolean moved = false;
      // a weekly duty is one row a month, its due days listed: a quarter of weeks stays one page
      java.util.Map<String, List<Occurrence>> weekly = new java.util.LinkedHashMap<>();
      for (Occurrence o : mine) {
        moved |= o.moved();
        if (o.obligation().period() == org.zhidu.core.obligation.Period.WEEK) {
          weekly.computeIfAbsent(o.obligation().name() + "\u0000" + o.to().getMonthValue(), k -> new ArrayList<>())
              .add(o);
          continue;
        }
        row(out, plan, o.due() + (o.moved() ? " *" : ""), o.from() + " — " + o.to(), o);
      }
      for (List<Occurrence> month : weekly.values()) {
        Occurrence first = month.get(0);
        StringBuilder days = new StringBuilder();
        for (Occurrence o : month) {
          days.append(days.length() == 0 ? "" : "、").append(o.due().toString().substring(5))
              .append(o.moved() ? "*" : "");
        }
        row(out, plan, Html.escape(texts.get("obligations.html.weekly", first.to().getMonthValue())), days.toString(),
            first);
      }
      out.println("</table>");
      if (moved) {
        out.println("<p class=\"note\">" + Html.escape(texts.get("obligations.plan.moved_note",
            texts.get("obligations.rest_day." + plan.policy().restDay().id()), plan.policy().restDayClause()))
            + "</p>");
      }
      out.println("</section>");
    }
    Html.end(out);
  }
}
