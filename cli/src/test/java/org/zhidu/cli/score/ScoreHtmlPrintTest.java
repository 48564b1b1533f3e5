package org.zhidu.cli.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.cli.Browser;
import org.zhidu.cli.Cli;

/**
 * The score page (issue 12): a year on at most two A4 sheets in a real headless Chromium; fixed columns whose names
 * and details wrap only where they may; an honest chart; everything the text report has.
 */
class ScoreHtmlPrintTest {

  @TempDir Path dir;

  private String page(String period) throws Exception {
    Path html = dir.resolve("score-" + period + ".html");
    Cli.Result r = Cli.run("score", "--office", "examples/anju/office.yaml", "--events",
        "examples/anju/events-2026.csv", "--period", period, "--format", "html", "-o", html.toString());
    assertEquals(1, r.exitCode(), r.err());
    return Files.readString(html, StandardCharsets.UTF_8);
  }

  @Test
  void aYearPrintsOnAtMostTwoA4Sheets() throws Exception {
    Browser.require();
    page("2026");
    int pages = Browser.printedPages(dir.resolve("score-2026.html"), dir.resolve("score-2026.pdf"));
    assertTrue(pages >= 1 && pages <= 2, pages + " pages");
  }

  @Test
  void theChartHasAnAxisInPointsFromZeroTheBaseLabelledALegendAndAViewBox() throws Exception {
    String html = page("2026");
    Matcher svg = Pattern.compile("<svg class=\"chart\"[^>]*viewBox=\"0 0 \\d+ \\d+\"[^>]*>(.*?)</svg>",
        Pattern.DOTALL).matcher(html);
    assertTrue(svg.find(), html);
    String chart = svg.group(1);
    assertFalse(svg.group().contains(" width=\"660\""), "no fixed pixel width: it scales");
    assertTrue(chart.contains("<title id=\"chart-title\">各股室得分（分），虚线为基础分 100 分</title>"), chart);
    assertTrue(chart.contains(">得分（分）</text>"), "a titled axis in 分");
    assertTrue(chart.contains("text-anchor=\"middle\">0</text>"), "the axis starts at zero");
    for (String tick : new String[] {"10", "50", "100"}) {
      assertTrue(chart.contains("text-anchor=\"middle\">" + tick + "</text>"), tick);
    }
    assertTrue(chart.contains(">基础分 100</text>"), "the base is labelled");
    assertTrue(chart.contains(">不低于基础分 100</text>") && chart.contains(">低于基础分 100</text>"), "a legend");
    assertTrue(chart.contains("<pattern id=\"below\""), "below the base is hatched: it reads in black and white");
    // 秘书股 at 50 is drawn from zero: half the length of the base, never a sliver
    Matcher bar = Pattern.compile(">秘书股</text>\\s*<rect x=\"(\\d+)\" y=\"\\d+\" width=\"(\\d+)\"").matcher(chart);
    assertTrue(bar.find(), chart);
    Matcher base = Pattern.compile(">行政股</text>\\s*<rect x=\"\\d+\" y=\"\\d+\" width=\"(\\d+)\"").matcher(chart);
    assertTrue(base.find(), chart);
    double ratio = Double.parseDouble(bar.group(2)) / Double.parseDouble(base.group(1));
    assertEquals(50.0 / 95.0, ratio, 0.02, "bar lengths in proportion to the scores");
  }

  @Test
  void everythingTheTextReportHasIsOnThePage() throws Exception {
    String html = page("2026");
    assertTrue(html.contains("<th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th>"), "the quarters of a year");
    assertTrue(html.contains("<h2>情节严重、另行处理（I2）</h2>"), html);
    assertTrue(html.contains("2026-08-14　孙浩　值班无故离岗（夜间离开值班室，未接市总值班室点名）"), html);
    assertTrue(html.contains("事项登记中有 7 个错误、7 个警告"), html);
    assertTrue(html.contains("events-2026.csv:185:18: error I1 [次数] 次数不是正整数：两"), "a rejected row");
    assertTrue(html.contains("<section class=\"keep\">\n<h2>年终表彰（I6）</h2>"), "the heading stays with its content");
  }

  @Test
  void peopleAreHeaded姓名WithTrueMinusSignsAndDetailsThatBreakOnlyBetweenItems() throws Exception {
    String html = page("2026Q3");
    assertTrue(html.contains("<th>名次</th><th>姓名</th><th>股室</th><th>得分</th><th>本季度加扣分</th>"), html);
    assertTrue(html.contains("<span class=\"i\">迟到×1 −1</span>"), html);
    assertTrue(html.contains("<td>−13</td>"), html);
    assertFalse(Pattern.compile("<td>-\\d").matcher(html).find(), "no hyphen for a minus");
    assertTrue(html.contains("<td class=\"name\">高峰</td><td class=\"name\">—</td>"), "an empty cell reads —");
    assertTrue(html.contains("span.i { white-space: nowrap; }"), html);
    assertTrue(html.contains("table.scores { table-layout: fixed;"), html);
    // 王建国 has no items this quarter
    assertTrue(html.contains("<td class=\"name\">王建国</td><td class=\"name\">综合股</td><td>100</td><td>0</td>"
        + "<td class=\"items\">—</td>"), html);
  }
}
