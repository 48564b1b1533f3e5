package org.zhidu.cli.score;

import static org.junit.jupiter.api.Assertions.assertFalse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.cli.Cli;

/** zhidu score: the JSON contract, encodings, and what it refuses. */
class ScoreCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OFFICE = "examples/anju/office.yaml";
  private static final String EVENTS = "examples/anju/events-2026.csv";

  @TempDir Path dir;

  /**
   * Regression: a header 次數 or 次数(次) for 次数 was passed over in silence, a count of 5 read as 1, and the run said
   * 0 个错误，0 个警告. The column is named as a near miss of 次数, a warning at its cell.
   */
  @Test
  void aMisspeltOptionalColumnIsAWarningNamingTheColumnItResembles(@TempDir Path dir) throws Exception {
    for (String header : new String[] {"次數", "次数(次)"}) {
      Path events = dir.resolve("events.csv");
      Files.writeString(events, "日期,对象,事项," + header + ",依据股室,提交日期,备注\n"
          + "2026-01-06,黄磊,迟到,5,综合股,2026-01-10,\n");
      Cli.Result r = Cli.run("score", "--office", OFFICE, "--events", events.toString(), "--period", "2026");
      assertEquals(0, r.exitCode(), r.err());
      assertTrue(Cli.lists(r.out(), events.toString(), "1:10", "警告 I1 表头“" + header + "”不是本表的列，但与“次数”相近"), r.out());
      Cli.Result failing = Cli.run("score", "--office", OFFICE, "--events", events.toString(), "--period", "2026",
          "--fail-on-warning", "--lang", "en");
      assertEquals(1, failing.exitCode(), failing.err());
      assertTrue(Cli.lists(failing.out(), events.toString(), "1:10", "warning I1 the header \"" + header
          + "\" is no column"), failing.out());
    }
  }

  @Test
  void jsonFollowsTheContract() throws Exception {
    Cli.Result r = Cli.run("score", "--office", OFFICE, "--events", EVENTS, "--period", "2026", "--format", "json");
    JsonNode root = JSON.readTree(r.out());
    assertEquals("2026", root.get("period").asText());
    JsonNode person = root.get("people").get(0);
    assertEquals(1, person.get("rank").asInt());
    int points = 0;
    for (JsonNode item : person.get("items")) {
      points += item.get("points").asInt();
      assertTrue(item.get("count").asInt() > 0);
    }
    assertEquals(person.get("total").asInt(), 100 + points);
    assertTrue(root.get("sections").get(0).has("total"));
    assertEquals(3, root.get("commended").get("sections").size());
    assertTrue(root.get("commended").has("excludedHeads"));
    assertTrue(root.get("findings").size() > 0);
    JsonNode quarter = JSON.readTree(Cli.run("score", "--office", OFFICE, "--events", EVENTS, "--period", "2026Q3",
        "--format", "json").out());
    assertTrue(quarter.get("commended") == null, "commendations are for the year");
  }

  @Test
  void explainAsJsonAddsUpToTheTotal() throws Exception {
    JsonNode root = JSON.readTree(Cli.run("score", "--office", OFFICE, "--events", EVENTS, "--period", "2026",
        "--explain", "胡斌", "--format", "json").out());
    int points = 0;
    for (JsonNode e : root.get("events")) {
      points += e.get("points").asInt();
    }
    assertEquals(root.get("total").asInt(), root.get("base").asInt() + points);
    assertEquals("研究室", root.get("events").get(0).get("section").asText());
    assertEquals("综合股", root.get("events").get(root.get("events").size() - 1).get("section").asText());
  }

  @Test
  void aGbkRegisterScoresTheSameAsUtf8() throws Exception {
    String text = Files.readString(Cli.ROOT.resolve(EVENTS));
    Path gbk = dir.resolve("events-gbk.csv");
    Files.write(gbk, text.getBytes(Charset.forName("GB18030")));
    String utf8 = Cli.run("score", "--office", OFFICE, "--events", EVENTS, "--period", "2026", "--format", "csv")
        .out();
    String fromGbk = Cli.run("score", "--office", OFFICE, "--events", gbk.toString(), "--period", "2026",
        "--format", "csv").out();
    assertEquals(utf8, fromGbk);
  }

  @Test
  void aBadPeriodOrNameIsAnInputError() {
    Cli.Result period = Cli.run("score", "--office", OFFICE, "--events", EVENTS, "--period", "2026Q5");
    assertEquals(2, period.exitCode());
    assertTrue(period.err().contains("2026Q5"), period.err());
    Cli.Result name = Cli.run("score", "--office", OFFICE, "--events", EVENTS, "--period", "2026", "--explain",
        "无名氏");
    assertEquals(2, name.exitCode());
  }

  @Test
  void aRegisterWithoutItsColumnsSaysWhichIsMissing() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "日期,对象\n2026-03-02,张伟\n");
    Cli.Result r = Cli.run("score", "--office", OFFICE, "--events", bad.toString(), "--period", "2026");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains(bad + ":1:1:") && r.err().contains("事项"), r.err());
  }

  @Test
  void anUnclosedQuoteIsRefusedWhereItOpensAndARaggedRowIsAFinding() throws Exception {
    Path unclosed = dir.resolve("unclosed.csv");
    Files.writeString(unclosed, "日期,对象,事项\n2026-03-02,张伟,\"迟到\n2026-03-03,张伟,早退\n");
    Cli.Result r = Cli.run("score", "--office", OFFICE, "--events", unclosed.toString(), "--period", "2026");
    assertEquals(2, r.exitCode());
    assertEquals(unclosed + ":2:15: 错误: [事项] 引号没有闭合，直到文件结尾。", r.err().strip());
    Path ragged = dir.resolve("ragged.csv");
    Files.writeString(ragged, "日期,对象,事项,次数\n2026-03-02,胡斌,迟到,1\n2026-03-03,胡斌,早退\n");
    r = Cli.run("score", "--office", OFFICE, "--events", ragged.toString(), "--period", "2026");
    assertEquals(1, r.exitCode());
    assertTrue(Cli.lists(r.out(), ragged.toString(), "3:15", "错误 I1 [事项] 这一行只有 3 个单元格，表头有 4 列。"), r.out());
  }

  @Test
  void htmlHasTheChart() {
    String page = Cli.run("score", "--office", OFFICE, "--events", EVENTS, "--period", "2026", "--format", "html")
        .out();
    assertTrue(page.contains("<svg") && page.contains("综合股"), page);
  }

  @Test
  void lateEvidenceIsMeasuredAgainstThePacksDeadlineAndItsBound_I5_X_BOUND(@TempDir Path dir) throws Exception {
    Path pack = dir.resolve("pack.yaml");
    Files.writeString(pack, """
        id: p
        extends: anju-gov-office
        scoring:
          deadlineDay: { rules: [I5], citation: 本办（25日前，不含 25 日）, value: 25, bound: exclusive }
        """);
    Cli.Result r = Cli.run("score", "--office", "examples/anju/office.yaml", "--events",
        "examples/anju/events-2026.csv", "--period", "2026Q1", "--pack", pack.toString());
    assertTrue(r.out().contains("依据于 2026-03-28 交综合股，晚于截止日 2026-03-24"), r.out());
    assertFalse(r.out().contains("28 日前"), r.out());
  }

  private Cli.Result score(String csv, String... more) throws Exception {
    Path events = dir.resolve("events.csv");
    Files.writeString(events, csv);
    String[] args = {"score", "--office", OFFICE, "--events", events.toString()};
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return Cli.run(all);
  }

  @Test
  void i1AnErrorDatedInQ4DoesNotFailAQ1Report() throws Exception {
    String csv = """
        日期,对象,事项,次数,依据股室,提交日期,情节严重,备注
        2026-02-03,胡斌,迟到,,,2026-02-10,,
        2026-11-03,胡斌,迟到,两,,2026-11-10,,
        2026-11-04,胡斌,迟到早退,,,2026-11-10,,
        2026-13-01,胡斌,迟到,,,2026-11-10,,
        """;
    Cli.Result q1 = score(csv, "--period", "2026Q1");
    assertFalse(q1.out().contains("两"), q1.out());
    assertFalse(q1.out().contains("迟到早退"), q1.out());
    assertTrue(q1.out().contains("2026-13-01"), "a row without a readable date is reported everywhere");
    Cli.Result q4 = score(csv, "--period", "2026Q4");
    assertTrue(q4.out().contains("次数不是正整数：两") && q4.out().contains("迟到早退"), q4.out());
    Cli.Result clean = score(csv.replace("2026-13-01,胡斌,迟到,,,2026-11-10,,\n", ""), "--period", "2026Q1");
    assertEquals(0, clean.exitCode(), clean.out());
    assertEquals(1, score(csv.replace("2026-13-01,胡斌,迟到,,,2026-11-10,,\n", ""), "--period", "2026Q4")
        .exitCode());
  }

  @Test
  void explainListsOnlyThatPersonsRowsAndFindings() throws Exception {
    String csv = """
        日期,对象,事项,次数,依据股室,提交日期,情节严重,备注
        2026-02-03,胡斌,迟到,,,2026-02-01,,
        2026-02-04,吴敏,迟到早退,,,2026-02-10,,
        2026-02-05,吴敏,迟到,两,,2026-02-10,,
        """;
    Cli.Result hu = score(csv, "--period", "2026", "--explain", "胡斌");
    assertTrue(hu.out().contains("2026-02-01 早于事项日期"), hu.out());
    assertFalse(hu.out().contains("迟到早退"), hu.out());
    assertFalse(hu.out().contains("两"), hu.out());
    Cli.Result wu = score(csv, "--period", "2026", "--explain", "吴敏");
    assertTrue(wu.out().contains("迟到早退") && wu.out().contains("两"), wu.out());
    assertFalse(wu.out().contains("2026-02-01"), wu.out());
  }

  @Test
  void i2ALeadersTaskIsCountedInWorkingDaysWithTheCalendar() throws Exception {
    // 2026 国庆节: 1–7 October off, 10 October (Saturday) worked. Assigned 30 September: 9 October is the 2nd
    // working day (in time), 10 October the 3rd (overdue).
    String csv = """
        日期,对象,事项,次数,依据股室,提交日期,情节严重,备注,交办日期,办结日期
        2026-10-12,胡斌,交办事项逾期,,,2026-10-12,,,2026-09-30,2026-10-09
        2026-10-12,吴敏,交办事项逾期,,,2026-10-12,,,2026-09-30,2026-10-10
        """;
    Cli.Result r = score(csv, "--period", "2026Q4", "--format", "json");
    JsonNode root = JSON.readTree(r.out());
    java.util.Map<String, Integer> totals = new java.util.HashMap<>();
    root.get("people").forEach(p -> totals.put(p.get("name").asText(), p.get("total").asInt()));
    assertEquals(100, totals.get("胡斌"), "the 2nd working day is in time");
    assertEquals(98, totals.get("吴敏"), "the 3rd working day is overdue");
    assertEquals(1, r.exitCode());
    Cli.Result unannounced = score("""
        日期,对象,事项,次数,依据股室,提交日期,情节严重,备注,交办日期,办结日期
        2027-01-12,胡斌,交办事项逾期,,,2027-01-12,,,2027-01-04,2027-01-08
        """, "--period", "2027Q1");
    assertTrue(unannounced.out().contains("没有 2027 年的工作日安排"), unannounced.out());
  }

  @Test
  void i6AYearWithoutEventsTiesEveryoneAndSaysSoPlainly() {
    Cli.Result r = Cli.run("score", "--office", "examples/anju/office.yaml", "--events",
        "examples/anju/events-2026.csv", "--period", "2027", "--assume-no-holidays");
    assertTrue(r.out().contains("先进个人：得分最高的 20 人并列，超过 8 名上限，无法按得分选出"), r.out());
    assertFalse(r.out().contains("第 0 名"), r.out());
  }

  /** Issue 12: the people's table ran to 140 columns with each person's items beside them. */
  @Test
  void theTextReportFitsEightyColumnsWithEachPersonsItemsUnderTheirName() {
    String out = Cli.run("score", "--office", OFFICE, "--events", "examples/anju/events-2026.csv", "--period",
        "2026").out();
    for (String line : out.split("\n")) {
      if (line.startsWith("  ") && !line.startsWith("  20")) { // the 情节严重 list quotes the register's notes
        assertTrue(org.zhidu.cli.output.DisplayWidth.of(line) <= 80, line);
      }
    }
    assertTrue(out.contains("\n  1     杨帆    秘书股  103   +4  +3  -2  -2\n        公文办理失误×2 -2，"), out);
  }
}
