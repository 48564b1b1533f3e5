package org.zhidu.cli.score;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.Texts;
import org.zhidu.cli.output.FindingText;
import org.zhidu.cli.output.Html;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Summary;
import org.zhidu.core.scoring.Commendation;
import org.zhidu.core.scoring.CountedEvent;
import org.zhidu.core.scoring.ItemTotal;
import org.zhidu.core.scoring.ScoreReport;
import org.zhidu.core.scoring.Standing;

/**
 * The scores as one self-contained printable page for the notice board: everything the text report has (the
 * quarters of a year, the commendations, the 情节严重 list, the findings with their count), in tables of fixed column
 * widths whose names never wrap a character a line and whose details wrap between items, never inside one; a year
 * prints on at most two sheets of A4. The sections' chart is honest: bars from zero on an axis in 分 with ticks,
 * the base (100) drawn and labelled, a legend, patterns that read in black and white, and a viewBox so that it scales
 * on a phone. Minus signs are true minus signs (−2), an empty cell a dash.
 */
final class ScoreHtml {

  /** Everything the page shows. */
  record Page(String title, ScoreReport report, int base, List<Finding> findings, Summary counts) {}

  private static final int LABEL_WIDTH = 70;
  private static final int PLOT_WIDTH = 520;
  private static final int BAR_HEIGHT = 13;
  private static final int BAR_GAP = 5;
  private static final int TOP = 22;

  private ScoreHtml() {}

  static void write(Page page, Texts texts, PrintWriter out) {
    ScoreReport report = page.report();
    boolean year = report.commended() != null;
    Html.begin(out, texts, page.title(),
        "@page { margin: 12mm 12mm; }",
        "h1 { text-align: center; font-size: 16pt; margin: 0 0 3mm; }",
        "h2 { font-size: 12pt; margin: 4mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }",
        "div.scroll { overflow-x: auto; }",
        "table.scores { table-layout: fixed; font-size: 9pt; line-height: 1.25; }",
        "table.scores th, table.scores td { border: 1px solid #000; padding: 0.4mm 1mm; text-align: center;"
            + " word-break: keep-all; overflow-wrap: normal; }",
        "table.scores th { background: #e4e4e4; }",
        "table.scores td.name { white-space: nowrap; }",
        "table.scores td.items { text-align: left; word-break: normal; font-size: 8.5pt; }",
        "span.i { white-space: nowrap; }",
        "svg.chart { display: block; width: 100%; max-width: 140mm; height: auto; margin: 0 auto 2mm; }",
        "section.keep { break-inside: avoid; page-break-inside: avoid; }",
        "ul.findings { margin: 1mm 0 0; padding-left: 5mm; font-size: 8.5pt; }",
        "p { margin: 1mm 0; }",
        "@media screen and (max-width: 600px) { table.scores { table-layout: auto; } }");
    out.println("<h2>" + Html.escape(heading(texts.get("score.sections"))) + "</h2>");
    chart(report.sections(), page.base(), texts, out);
    table(report.sections(), false, year, texts, out);
    out.println("<h2>" + Html.escape(heading(texts.get("score.people"))) + "</h2>");
    table(report.people(), true, year, texts, out);
    Commendation c = report.commended();
    if (c != null) {
      out.println("<section class=\"keep\">");
      out.println("<h2>" + Html.escape(heading(texts.get("score.commended"))) + "</h2>");
      out.println("<p>" + Html.escape(texts.get("score.commended.sections", names(c.sections()),
          names(c.tiedSections())).strip()) + "</p>");
      out.println("<p>" + Html.escape(texts.get("score.commended.people", names(c.people()),
          names(c.tiedPeople())).strip()) + "</p>");
      out.println("<p>" + Html.escape(texts.get("score.commended.excluded", names(c.excludedHeads()),
          names(c.tiedBottom())).strip()) + "</p>");
      out.println("</section>");
    }
    if (!report.serious().isEmpty()) {
      out.println("<section class=\"keep\">");
      out.println("<h2>" + Html.escape(heading(texts.get("score.serious_list"))) + "</h2>");
      out.println("<ul>");
      for (CountedEvent e : report.serious()) {
        out.println("<li>" + Html.escape(e.event().date() + "　" + e.event().subject() + "　" + e.item().name()
            + (e.event().note().isEmpty() ? "" : "（" + e.event().note() + "）")) + "</li>");
      }
      out.println("</ul>");
      out.println("</section>");
    }
    findings(page, texts, out);
    Html.end(out);
  }

  /** The findings: their count, then each line (a row with an error is one the scores leave out or doubt). */
  private static void findings(Page page, Texts texts, PrintWriter out) {
    out.println("<section class=\"keep\">");
    out.println("<h2>" + Html.escape(heading(texts.get("rota.findings"))) + "</h2>");
    out.println("<p>" + Html.escape(texts.get("score.page.counts", page.counts().errors(), page.counts().warnings()))
        + "</p>");
    out.println("</section>");
    if (!page.findings().isEmpty()) {
      out.println("<ul class=\"findings\">");
      for (Finding f : page.findings()) {
        out.println("<li>" + Html.escape(FindingText.line(f, texts)) + "</li>");
      }
      out.println("</ul>");
    }
  }

  /**
   * Horizontal bars from zero to each section's total, on an axis in 分 with a tick every 10 (every 20 beyond 200)
   * and the base drawn and labelled; a bar at or above the base is solid, one below it hatched, as the legend says,
   * so that the chart reads in black and white.
   */
  private static void chart(List<Standing> sections, int base, Texts texts, PrintWriter out) {
    long min = 0;
    long max = base;
    for (Standing s : sections) {
      min = Math.min(min, s.total());
      max = Math.max(max, s.total());
    }
    long step = niceStep(max - min);
    long from = Math.floorDiv(min, step) * step;
    long to = (Math.floorDiv(max, step) + 1) * step;
    double scale = (double) PLOT_WIDTH / (to - from);
    int plotHeight = sections.size() * (BAR_HEIGHT + BAR_GAP) + BAR_GAP;
    int axisY = TOP + plotHeight;
    int width = LABEL_WIDTH + PLOT_WIDTH + 30;
    int height = axisY + 58;
    out.println("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
        + "\" role=\"img\" aria-labelledby=\"chart-title\" font-size=\"11\">");
    out.println("<title id=\"chart-title\">" + Html.escape(texts.get("score.chart.title", base)) + "</title>");
    out.println("<defs><pattern id=\"below\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>"
        + "<rect width=\"3\" height=\"6\" fill=\"#c0504d\"/></pattern></defs>");
    for (long t = from; t <= to; t += step) {
      int x = LABEL_WIDTH + (int) Math.round((t - from) * scale);
      out.println("<line x1=\"" + x + "\" y1=\"" + TOP + "\" x2=\"" + x + "\" y2=\"" + (axisY + 4) + "\" stroke=\""
          + (t == 0 ? "#000" : "#ccc") + "\"/>");
      out.println("<text x=\"" + x + "\" y=\"" + (axisY + 16) + "\" text-anchor=\"middle\">" + minus(t) + "</text>");
    }
    for (int i = 0; i < sections.size(); i++) {
      Standing s = sections.get(i);
      int y = TOP + BAR_GAP + i * (BAR_HEIGHT + BAR_GAP);
      int zeroX = LABEL_WIDTH + (int) Math.round((0 - from) * scale);
      int endX = LABEL_WIDTH + (int) Math.round((s.total() - from) * scale);
      boolean below = s.total() < base;
      out.println("<text x=\"" + (LABEL_WIDTH - 6) + "\" y=\"" + (y + 12) + "\" text-anchor=\"end\">"
          + Html.escape(s.name()) + "</text>");
      out.println("<rect x=\"" + Math.min(zeroX, endX) + "\" y=\"" + y + "\" width=\"" + Math.abs(endX - zeroX)
          + "\" height=\"" + BAR_HEIGHT + "\" fill=\"" + (below ? "url(#below)" : "#4a7ab5") + "\" stroke=\"#000\""
          + " stroke-width=\"0.6\"/>");
      out.println("<text x=\"" + (Math.max(zeroX, endX) + 3) + "\" y=\"" + (y + 12) + "\">" + minus(s.total())
          + "</text>");
    }
    out.println("<line x1=\"" + LABEL_WIDTH + "\" y1=\"" + axisY + "\" x2=\"" + (LABEL_WIDTH + PLOT_WIDTH)
        + "\" y2=\"" + axisY + "\" stroke=\"#000\"/>");
    int baseX = LABEL_WIDTH + (int) Math.round((base - from) * scale);
    out.println("<line x1=\"" + baseX + "\" y1=\"" + (TOP - 4) + "\" x2=\"" + baseX + "\" y2=\"" + axisY
        + "\" stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"5,3\"/>");
    out.println("<text x=\"" + baseX + "\" y=\"" + (TOP - 8) + "\" text-anchor=\"middle\">"
        + Html.escape(texts.get("score.chart.base", minus(base))) + "</text>");
    out.println("<text x=\"" + (LABEL_WIDTH + PLOT_WIDTH / 2) + "\" y=\"" + (axisY + 32)
        + "\" text-anchor=\"middle\">" + Html.escape(texts.get("score.chart.axis")) + "</text>");
    int legendY = axisY + 44;
    out.println("<rect x=\"" + LABEL_WIDTH + "\" y=\"" + legendY + "\" width=\"18\" height=\"10\" fill=\"#4a7ab5\""
        + " stroke=\"#000\" stroke-width=\"0.6\"/>");
    out.println("<text x=\"" + (LABEL_WIDTH + 24) + "\" y=\"" + (legendY + 9) + "\">"
        + Html.escape(texts.get("score.chart.at_base", minus(base))) + "</text>");
    out.println("<rect x=\"" + (LABEL_WIDTH + 200) + "\" y=\"" + legendY + "\" width=\"18\" height=\"10\""
        + " fill=\"url(#below)\" stroke=\"#000\" stroke-width=\"0.6\"/>");
    out.println("<text x=\"" + (LABEL_WIDTH + 224) + "\" y=\"" + (legendY + 9) + "\">"
        + Html.escape(texts.get("score.chart.below_base", minus(base))) + "</text>");
    out.println("</svg>");
  }

  /** A step that gives between 5 and 12 ticks: 10, 20, 50, 100, … */
  static long niceStep(long span) {
    long step = 10;
    while (span / step > 12) {
      long next = step * 2;
      if (span / next <= 12) {
        return next;
      }
      next = step * 5;
      if (span / next <= 12) {
        return next;
      }
      step *= 10;
    }
    return step;
  }

  private static void table(List<Standing> list, boolean people, boolean year, Texts texts, PrintWriter out) {
    List<String> header = new ArrayList<>(List.of(texts.get("score.col.rank"),
        texts.get(people ? "score.col.person" : "score.col.name"),
        texts.get(people ? "score.col.section" : "score.col.head"), texts.get("score.col.total")));
    if (year) {
      header.addAll(List.of("Q1", "Q2", "Q3", "Q4"));
    } else {
      header.add(texts.get("score.col.change"));
    }
    if (people) {
      header.add(texts.get("score.col.items"));
    }
    // millimetres: rank, name, section or head, total, the changes; the details take what is left
    List<String> widths = new ArrayList<>(List.of("8mm", "16mm", "15mm", "10mm"));
    if (year) {
      widths.addAll(List.of("9mm", "9mm", "9mm", "9mm"));
    } else {
      widths.add("22mm");
    }
    if (people) {
      widths.add("auto");
    }
    out.println("<div class=\"scroll\">");
    out.println("<table class=\"scores\">");
    StringBuilder cols = new StringBuilder("<colgroup>");
    for (String w : widths) {
      cols.append(w.equals("auto") ? "<col>" : "<col style=\"width:" + w + "\">");
    }
    out.println(cols.append("</colgroup>"));
    StringBuilder head = new StringBuilder("<thead><tr>");
    for (String h : header) {
      head.append("<th>").append(Html.escape(h)).append("</th>");
    }
    out.println(head.append("</tr></thead>"));
    out.println("<tbody>");
    for (Standing s : list) {
      StringBuilder row = new StringBuilder("<tr><td>").append(s.rank()).append("</td><td class=\"name\">")
          .append(Html.escape(s.name())).append("</td><td class=\"name\">")
          .append(Html.escape(s.section() == null ? "—" : s.section())).append("</td><td>")
          .append(minus(s.total())).append("</td>");
      for (int q : s.quarters()) {
        row.append("<td>").append(minus(ScoreText.signed(q))).append("</td>");
      }
      if (people) {
        row.append("<td class=\"items\">").append(items(s.items())).append("</td>");
      }
      out.println(row.append("</tr>"));
    }
    out.println("</tbody>");
    out.println("</table>");
    out.println("</div>");
  }

  /** The details, each item kept whole ("迟到×1 −1"), the line breaking only between them; none is a dash. */
  private static String items(List<ItemTotal> items) {
    if (items.isEmpty()) {
      return "—";
    }
    List<String> parts = new ArrayList<>();
    for (ItemTotal t : items) {
      parts.add("<span class=\"i\">" + Html.escape(t.item() + "×" + t.count() + " " + minus(
          ScoreText.signed(t.points()))) + "</span>");
    }
    return String.join("，<wbr>", parts);
  }

  /** A number with a true minus sign (U+2212), as type sets it. */
  static String minus(long n) {
    return minus(Long.toString(n));
  }

  static String minus(String number) {
    return number.startsWith("-") ? "\u2212" + number.substring(1) : number;
  }

  /** A heading without the colon that introduces the text report's lists. */
  private static String heading(String text) {
    return text.endsWith("：") || text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
  }

  private static String names(List<String> names) {
    return names.isEmpty() ? "—" : String.join("、", names);
  }
}
