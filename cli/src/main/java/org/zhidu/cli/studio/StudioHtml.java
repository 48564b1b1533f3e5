package org.zhidu.cli.studio;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zhidu.cli.Texts;
import org.zhidu.cli.output.Html;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Severity;
import org.zhidu.core.studio.StudioCheck;

/**
 * The overview page of the studios (W1–W3), one table a county (the city's own first): each studio, its standing as
 * recorded and as the rules make it, and what was found of it, errors and warnings apart. A page to print and file,
 * in the language of {@code --lang}.
 */
final class StudioHtml {

  private StudioHtml() {}

  static void write(StudioCheck.Result result, LocalDate day, Texts texts, PrintWriter out) {
    Html.begin(out, texts, texts.get("studio.html.title"),
        "h2 { font-size: 12pt; margin: 14pt 0 4pt; page-break-after: avoid; }",
        "th, td { border: 0.5pt solid #444; padding: 2pt 4pt; vertical-align: top; text-align: left; }",
        "th { background: #eee; white-space: nowrap; -webkit-print-color-adjust: exact; print-color-adjust: exact; }",
        "td.due { white-space: nowrap; } td.name { width: 24%; } .error { color: #a00; } .warning { color: #850; }",
        "p.as-of { margin: 0 0 8pt; }");
    out.println("<p class=\"as-of\">" + Html.escape(texts.get("studio.html.as_of", day.toString(),
        result.standings().size())) + "</p>");
    Map<String, List<StudioCheck.Standing>> byCounty = new LinkedHashMap<>();
    byCounty.put("", new ArrayList<>()); // the city's own studios first
    for (StudioCheck.Standing s : result.standings()) {
      byCounty.computeIfAbsent(s.studio().county(), k -> new ArrayList<>()).add(s);
    }
    List<StudioCheck.Standing> all = new ArrayList<>(result.standings());
    all.sort((a, b) -> Integer.compare(a.studio().at().line(), b.studio().at().line()));
    // what is said of the whole city or a county (the pilot numbers) comes before the tables
    int first = all.isEmpty() ? Integer.MAX_VALUE : all.get(0).studio().at().line();
    List<String> general = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (f.location().line() < first && f.severity() != Severity.INFO) {
        general.add(item(f, texts));
      }
    }
    if (!general.isEmpty()) {
      out.println("<ul>");
      general.forEach(g -> out.println("<li>" + g + "</li>"));
      out.println("</ul>");
    }
    for (Map.Entry<String, List<StudioCheck.Standing>> county : byCounty.entrySet()) {
      if (county.getValue().isEmpty()) {
        continue;
      }
      String heading = county.getKey().isEmpty() ? texts.get("studio.city") : county.getKey();
      out.println("<h2>" + Html.escape(texts.get("studio.html.county", heading, county.getValue().size())) + "</h2>");
      out.println("<table>");
      out.println("<tr><th>" + Html.escape(texts.get("studio.col.name")) + "</th><th>"
          + Html.escape(texts.get("studio.col.recorded")) + "</th><th>" + Html.escape(texts.get("studio.col.due"))
          + "</th><th>" + Html.escape(texts.get("studio.html.found")) + "</th></tr>");
      for (StudioCheck.Standing s : county.getValue()) {
        out.println("<tr><td class=\"name\">" + Html.escape(s.studio().name()) + "</td><td class=\"due\">"
            + Html.escape(status(s.studio().status(), texts)) + "</td><td class=\"due\">"
            + Html.escape(status(s.due(), texts)) + "</td><td>" + found(s, all, result.findings(), texts)
            + "</td></tr>");
      }
      out.println("</table>");
    }
    Html.end(out);
  }

  private static String status(org.zhidu.core.studio.Studio.Status status, Texts texts) {
    return texts.get("studio.status." + status.name().toLowerCase(Locale.ROOT));
  }

  /** The findings at the studio's lines of the file (from its entry to the next studio's), one a line. */
  private static String found(StudioCheck.Standing s, List<StudioCheck.Standing> all, List<Finding> findings,
      Texts texts) {
    int from = s.studio().at().line();
    int to = Integer.MAX_VALUE;
    for (StudioCheck.Standing o : all) {
      int line = o.studio().at().line();
      if (line > from && line < to) {
        to = line;
      }
    }
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      int line = f.location().line();
      if (line >= from && line < to && f.severity() != Severity.INFO) {
        if (out.length() > 0) {
          out.append("<br>");
        }
        out.append(item(f, texts));
      }
    }
    return out.length() == 0 ? Html.escape(texts.get("studio.html.nothing")) : out.toString();
  }

  private static String item(Finding f, Texts texts) {
    return "<span class=\"" + (f.severity() == Severity.ERROR ? "error" : "warning") + "\">"
        + Html.escape(texts.message(f.message())) + "</span>";
  }
}
