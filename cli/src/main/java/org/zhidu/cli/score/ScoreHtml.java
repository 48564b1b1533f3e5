package org.zhidu.cli.score;

import java.io.PrintWriter;
import java.util.List;
import org.zhidu.cli.Texts;
import org.zhidu.cli.output.Html;
import org.zhidu.core.scoring.Commendation;
import org.zhidu.core.scoring.ScoreReport;
import org.zhidu.core.scoring.Standing;

/** One self-contained printable page for the notice board, with the sections' scores as an inline SVG bar chart. */
final class ScoreHtml {

  private static final int BAR_HEIGHT = 22;
  private static final int LABEL_WIDTH = 90;
  private static final int CHART_WIDTH = 520;

  private ScoreHtml() {}

  static void write(String title, ScoreReport report, int base, Texts texts, PrintWriter out) {
    Html.begin(out, texts, title,
        "h1 { text-align: center; font-size: 18pt; } h2 { font-size: 13pt; margin: 5mm 0 2mm; }",
        "th, td { border: 1px solid #000; padding: 1mm 2mm; text-align: center; }",
        "td.items { text-align: left; }");
    out.println("<h2>" + Html.escape(texts.get("score.sections")) + "</h2>");
    chart(report.sections(), base, out);
    table(report.sections(), false, texts, out);
    out.println("<h2>" + Html.escape(texts.get("score.people")) + "</h2>");
    table(report.people(), true, texts, out);
    Commendation c = report.commended();
    if (c != null) {
      out.println("<h2>" + Html.escape(texts.get("score.commended")) + "</h2>");
      out.println("<p>" + Html.escape(texts.get("score.commended.sections", names(c.sections()),
          names(c.tiedSections()))) + "</p>");
      out.println("<p>" + Html.escape(texts.get("score.commended.people", names(c.people()), names(c.tiedPeople())))
          + "</p>");
      out.println("<p>" + Html.escape(texts.get("score.commended.excluded", names(c.excludedHeads()),
          names(c.tiedBottom()))) + "</p>");
    }
    Html.end(out);
  }

  /** Horizontal bars from the lowest score shown (at most the base) to each section's total. */
  private static void chart(List<Standing> sections, int base, PrintWriter out) {
    int min = base;
    int max = base;
    for (Standing s : sections) {
      min = Math.min(min, s.total());
      max = Math.max(max, s.total());
    }
    long from = (long) min - 2; // a total may be any int: the span is a long
    long span = Math.max(1, max - from);
    int height = sections.size() * BAR_HEIGHT + 10;
    out.println("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (LABEL_WIDTH + CHART_WIDTH + 50)
        + "\" height=\"" + height + "\" role=\"img\">");
    for (int i = 0; i < sections.size(); i++) {
      Standing s = sections.get(i);
      int y = i * BAR_HEIGHT + 5;
      int width = (int) Math.round((double) (s.total() - from) / span * CHART_WIDTH);
      out.println("<text x=\"" + (LABEL_WIDTH - 6) + "\" y=\"" + (y + 15) + "\" text-anchor=\"end\">"
          + Html.escape(s.name()) + "</text>");
      out.println("<rect x=\"" + LABEL_WIDTH + "\" y=\"" + y + "\" width=\"" + width + "\" height=\""
          + (BAR_HEIGHT - 6) + "\" fill=\"" + (s.total() >= base ? "#4a7ab5" : "#c0504d") + "\"/>");
      out.println("<text x=\"" + (LABEL_WIDTH + width + 4) + "\" y=\"" + (y + 15) + "\">" + s.total() + "</text>");
    }
    int baseX = LABEL_WIDTH + (int) Math.round((double) (base - from) / span * CHART_WIDTH);
    out.println("<line x1=\"" + baseX + "\" y1=\"0\" x2=\"" + baseX + "\" y2=\"" + height
        + "\" stroke=\"#000\" stroke-dasharray=\"3,3\"/>");
    out.println("</svg>");
  }

  private static void table(List<Standing> list, boolean people, Texts texts, PrintWriter out) {
    out.println("<table>");
    out.println("<thead><tr><th>" + Html.escape(texts.get("score.col.rank")) + "</th><th>"
        + Html.escape(texts.get("score.col.name")) + "</th><th>"
        + Html.escape(texts.get(people ? "score.col.section" : "score.col.head")) + "</th><th>"
        + Html.escape(texts.get("score.col.total")) + "</th>"
        + (people ? "<th>" + Html.escape(texts.get("score.col.items")) + "</th>" : "") + "</tr></thead>");
    out.println("<tbody>");
    for (Standing s : list) {
      out.println("<tr><td>" + s.rank() + "</td><td>" + Html.escape(s.name()) + "</td><td>"
          + Html.escape(s.section() == null ? "—" : s.section()) + "</td><td>" + s.total() + "</td>"
          + (people ? "<td class=\"items\">" + Html.escape(ScoreText.items(s.items())) + "</td>" : "") + "</tr>");
    }
    out.println("</tbody>");
    out.println("</table>");
  }

  private static String names(List<String> names) {
    return names.isEmpty() ? "—" : String.join("、", names);
  }
}
