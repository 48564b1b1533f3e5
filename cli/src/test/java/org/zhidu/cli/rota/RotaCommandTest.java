package org.zhidu.cli.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.cli.Cli;

/** zhidu rota: the JSON contract, the files it writes and reads back, and what it refuses. */
class RotaCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OFFICE = "examples/anju/office.yaml";

  @TempDir Path dir;

  @Test
  void jsonFollowsTheContract() throws Exception {
    Cli.Result r = Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-10", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode root = JSON.readTree(r.out());
    JsonNode first = root.get("days").get(0);
    assertEquals("2026-10-01", first.get("date").asText());
    assertEquals("holiday", first.get("dayType").asText());
    assertEquals(2, first.get("duty").size());
    assertEquals("施瑞昶", first.get("leader").asText());
    assertEquals("张伟", first.get("duty").get(0).asText(), "the leader's own clerk (R4)");
    assertEquals("综合股", first.get("notifier").asText());
    assertEquals("makeup-workday", root.get("days").get(9).get("dayType").asText());
    JsonNode person = root.get("people").get(0);
    assertEquals("张伟", person.get("name").asText());
    assertEquals(7, person.get("byWeekday").size());
    int total = 0;
    for (JsonNode n : person.get("byWeekday")) {
      total += n.asInt();
    }
    assertEquals(person.get("total").asInt(), total);
    assertTrue(root.get("findings").isArray());
  }

  @Test
  void aGeneratedCsvChecksCleanAndCountsTheSame() throws Exception {
    Cli.Result csv = Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-02", "--format", "csv");
    assertTrue(csv.out().startsWith("\uFEFF日期,星期,类型,值班人员,带班领导,通知人,版本\r\n"), csv.out());
    Path file = dir.resolve("rota.csv");
    Files.writeString(file, csv.out(), StandardCharsets.UTF_8);
    Cli.Result check = Cli.run("rota", "check", "--office", OFFICE, file.toString(), "--fail-on-warning");
    assertEquals(0, check.exitCode(), check.out() + check.err());
    JsonNode generated = JSON.readTree(Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-02",
        "--format", "json").out()).get("people");
    JsonNode counted = JSON.readTree(Cli.run("rota", "stats", file.toString(), "--office", OFFICE, "--format",
        "json").out()).get("people");
    assertEquals(generated, counted);
  }

  @Test
  void theSameInputsGiveTheSameBytes() {
    for (String format : new String[] {"text", "csv", "json", "ics", "html"}) {
      String a = Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-10", "--format", format).out();
      String b = Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-10", "--format", format).out();
      assertEquals(a, b, format);
    }
  }

  @Test
  void icsHasADutyDayFromHandoverToHandoverAndFoldsLongLines() {
    String ics = Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-10", "--format", "ics").out();
    assertTrue(ics.contains("DTSTART:20261001T010000Z\r\nDTEND:20261002T010000Z\r\n"), "09:00 to 09:00 (R5)");
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
    }
    assertFalse(ics.replace("\r\n", "").contains("\n"));
  }

  @Test
  void aCellASpreadsheetWouldRunIsMadeText() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", org.zhidu.cli.output.CsvOut.cell("=HYPERLINK(\"x\")"));
    assertEquals("\"'+1\"", org.zhidu.cli.output.CsvOut.cell("+1"));
    assertEquals("\"'@SUM(A1)\"", org.zhidu.cli.output.CsvOut.cell("@SUM(A1)"));
    assertEquals("张伟、刘洋", org.zhidu.cli.output.CsvOut.cell("张伟、刘洋"));
  }

  @Test
  void aDayNobodyCanCoverExitsOneAndNamesTheDay() throws Exception {
    Path office = dir.resolve("office.yaml");
    Files.writeString(office, """
        office: 小办公室
        sections: [ { name: 综合股, head: 王建国 } ]
        people:
          - { name: 王建国, role: 科级干部, section: 综合股 }
          - name: 张伟
            role: 文秘人员
            section: 综合股
            unavailable: [ { from: 2026-11-10, to: 2026-11-10, reason: 病假 } ]
        """, StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("rota", "generate", "--office", office.toString(), "--month", "2026-11");
    assertEquals(1, r.exitCode(), r.out());
    assertTrue(r.out().contains("错误 R3 2026-11-10：缺 1 名值班人员，没有可排的文秘人员。不在岗：张伟（病假）"), r.out());
  }

  @Test
  void anUnannouncedYearIsRefusedUnlessAssumed() {
    Cli.Result refused = Cli.run("rota", "generate", "--office", OFFICE, "--month", "2027-01");
    assertEquals(2, refused.exitCode());
    assertTrue(refused.err().contains("2027"), refused.err());
    assertEquals(0, Cli.run("rota", "generate", "--office", OFFICE, "--month", "2027-01",
        "--assume-no-holidays").exitCode());
  }

  @Test
  void badInputPointsAtTheCell() throws Exception {
    Path rota = dir.resolve("bad.csv");
    Files.writeString(rota, "日期,值班人员,带班领导\n2026-10-01,张伟,施瑞昶\n2026/10/02,刘洋,刘德福\n",
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("rota", "check", "--office", OFFICE, rota.toString());
    assertEquals(2, r.exitCode());
    assertEquals(rota + ":3:1: 错误: [日期] 不是日期 yyyy-mm-dd：2026/10/02", r.err().strip());
    Cli.Result period = Cli.run("rota", "generate", "--office", OFFICE);
    assertEquals(2, period.exitCode());
    Cli.Result overlap = Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-09", "--history",
        "examples/anju/rota/rota-2026-09.csv");
    assertEquals(2, overlap.exitCode());
    assertTrue(overlap.err().startsWith("examples/anju/rota/rota-2026-09.csv:2:1: "), overlap.err());
    // regression: 26 years in one plan took 164 s
    Cli.Result decades = Cli.run("rota", "generate", "--office", OFFICE, "--from", "2001-01-01", "--to",
        "2026-12-31");
    assertEquals(2, decades.exitCode(), decades.err());
    assertTrue(decades.err().contains("[--to]"), decades.err());
    // regression (found by the commands' fuzz): a year the calendar lacks, or -2026, was told without its cell
    Path odd = dir.resolve("odd.csv");
    for (String date : new String[] {"-2026-10-08", "2030-10-08"}) {
      Files.writeString(odd, "日期,星期,类型,值班人员,带班领导\n" + date + ",星期四,工作日,周静,王建国\n", StandardCharsets.UTF_8);
      Cli.Result r2 = Cli.run("rota", "check", odd.toString(), "--office", OFFICE);
      assertEquals(2, r2.exitCode(), r2.err());
      assertTrue(r2.err().startsWith(odd + ":2:1: "), r2.err());
    }
    // regression: the same history given twice counted every day twice
    Cli.Result twice = Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-10", "--history",
        "examples/anju/rota/rota-2026-09.csv", "examples/anju/rota/rota-2026-09.csv");
    assertEquals(2, twice.exitCode(), twice.err());
    assertTrue(twice.err().contains("在历史值班表中出现了两次"), twice.err());
  }

  /** Regression: stats credited a date given twice twice, and people the office file does not hold. */
  @Test
  void statsCountADayOnceAndNobodyTheOfficeDoesNotHold() throws Exception {
    Path sheet = dir.resolve("twice.csv");
    Files.writeString(sheet, "日期,星期,类型,值班人员,带班领导\n2026-10-08,星期四,工作日,周静,王建国\n"
        + "2026-10-08,星期四,工作日,周静,王建国\n2026-10-09,星期五,工作日,无名氏,王建国\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("rota", "stats", sheet.toString(), "--office", OFFICE, "--format", "json");
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"days\" : 2"), r.out());
    assertFalse(r.out().contains("无名氏\",\n"), r.out());
    assertTrue(r.out().contains("rota.duplicate_day") || r.out().contains("出现了不止一次"), r.out());
    assertTrue(r.out().contains("无名氏"), "the phantom is reported, not counted: " + r.out());
  }

  /**
   * Regression: a leader the office file does not hold was neither reported nor left out: stats listed him among the
   * clerks with his lead uncounted, and the count of a leader who did lead that day was lost without a word.
   */
  @Test
  void statsReportALeaderTheOfficeDoesNotHoldAndCreditNoOne() throws Exception {
    Path sheet = dir.resolve("leader.csv");
    Files.writeString(sheet, "日期,星期,类型,值班人员,带班领导\n2026-10-08,星期四,工作日,周静,王建国\n"
        + "2026-10-09,星期五,工作日,周静,李四光\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("rota", "stats", sheet.toString(), "--office", OFFICE);
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.out().contains("3:23 错误 R2 [带班领导] 2026-10-09：办公室文件中没有 李四光。"), r.out());
    assertFalse(r.out().contains("  李四光  "), "nobody the office does not hold has a row: " + r.out());
    Cli.Result json = Cli.run("rota", "stats", sheet.toString(), "--office", OFFICE, "--format", "json");
    assertFalse(json.out().contains("\"name\" : \"李四光\""), json.out());
  }

  @Test
  void aBrokenSwapLogIsRefusedAtItsCell() throws Exception {
    String rota = "examples/anju/rota/rota-2026-10-edited.csv";
    Path unclosed = dir.resolve("unclosed.csv");
    Files.writeString(unclosed, "日期,原值班人员,顶替人员\n2026-10-03,张伟,\"刘洋\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("rota", "check", "--office", OFFICE, rota, "--swaps", unclosed.toString());
    assertEquals(2, r.exitCode());
    assertEquals(unclosed + ":2:15: 错误: [顶替人员] 引号没有闭合，直到文件结尾。", r.err().strip());
    Path ragged = dir.resolve("ragged.csv");
    Files.writeString(ragged, "date,original,replacement\r\n2026-10-03,张伟\r\n", StandardCharsets.UTF_8);
    r = Cli.run("--lang", "en", "rota", "check", "--office", OFFICE, rota, "--swaps", ragged.toString());
    assertEquals(2, r.exitCode());
    assertEquals(ragged + ":2:12: error: [original] this row has only 2 cells; the header has 3 columns.",
        r.err().strip());
    Path missing = dir.resolve("missing.csv");
    Files.write(missing, "日期,原值班人员\n2026-10-03,张伟\n".getBytes(java.nio.charset.Charset.forName("GBK")));
    r = Cli.run("rota", "check", "--office", OFFICE, rota, "--swaps", missing.toString());
    assertEquals(2, r.exitCode());
    assertEquals(missing + ":1:1: 错误: 缺少列：顶替人员 / replacement", r.err().strip());
    // regression: the lenient resolver read 2026-02-30 as the 28th
    Path noDay = dir.resolve("no-day.csv");
    Files.writeString(noDay, "日期,原值班人员,顶替人员,批准人,批准时间\n2026-10-03,张伟,刘洋,王建国,2026-02-30 16:30\n",
        StandardCharsets.UTF_8);
    r = Cli.run("rota", "check", "--office", OFFICE, rota, "--swaps", noDay.toString());
    assertEquals(2, r.exitCode(), r.out() + r.err());
    assertTrue(r.err().startsWith(noDay + ":2:"), r.err());
  }

  @Test
  void r7TheSwapLogsReportingColumnsAreCheckedOnlyWhenTheLogHasThem() throws Exception {
    String rota = "examples/anju/rota/rota-2026-10-edited.csv";
    Cli.Result with = Cli.run("rota", "check", "--office", OFFICE, rota, "--swaps",
        "examples/anju/rota/swaps-2026-10.csv");
    assertTrue(Cli.lists(with.out(), "examples/anju/rota/swaps-2026-10.csv", "5:1", "警告 R7 2026-10-16：换班记录未载明已告知信息股"),
        with.out());
    Path without = dir.resolve("swaps.csv");
    Files.writeString(without,
        "日期,原值班人员,顶替人员,批准人,批准时间\n2026-10-13,林芳,马超,王建国,2026-10-12 16:30\n",
        StandardCharsets.UTF_8);
    Cli.Result bare = Cli.run("rota", "check", "--office", OFFICE, rota, "--swaps", without.toString());
    assertFalse(bare.out().contains("未载明"), bare.out());
    Path partly = dir.resolve("partly.csv");
    Files.writeString(partly, "date,original,replacement,approvedBy,approvedAt,报告带班领导\n"
        + "2026-10-13,林芳,马超,王建国,2026-10-12 16:30,否\n", StandardCharsets.UTF_8);
    Cli.Result no = Cli.run("rota", "check", "--office", OFFICE, rota, "--swaps", partly.toString());
    assertTrue(Cli.lists(no.out(), partly.toString(), "2:1", "警告 R7 2026-10-13：换班记录未载明已报告带班领导"), no.out());
  }

  @Test
  void r6RotaCheckReadsTheNotifierColumn() throws Exception {
    Cli.Result csv = Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-10", "--format", "csv");
    String wrong = csv.out().replace("2026-10-02,星期五,法定节假日,刘洋、朱琳,刘德福,综合股",
        "2026-10-02,星期五,法定节假日,刘洋、朱琳,刘德福,张伟");
    assertFalse(wrong.equals(csv.out()), csv.out());
    Path file = dir.resolve("rota.csv");
    Files.writeString(file, wrong, StandardCharsets.UTF_8);
    Cli.Result check = Cli.run("rota", "check", "--office", OFFICE, file.toString());
    assertTrue(Cli.lists(check.out(), file.toString(), "3:32", "警告 R6 [通知人] 2026-10-02：通知人写作 张伟，应为 综合股"),
        check.out());
    Path noColumn = dir.resolve("bare.csv");
    Files.writeString(noColumn, "日期,值班人员,带班领导\n2026-10-09,孙浩,李红梅\n", StandardCharsets.UTF_8);
    assertFalse(Cli.run("rota", "check", "--office", OFFICE, noColumn.toString()).out().contains("R6"));
  }

  @Test
  void outputGoesToAFileOnlyWhenComplete() throws Exception {
    Path html = dir.resolve("rota.html");
    Cli.Result r = Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-10", "--format", "html",
        "--output", html.toString());
    assertEquals(0, r.exitCode());
    String page = Files.readString(html);
    assertTrue(page.contains("@page { size: A4"), page);
    assertTrue(page.endsWith("</html>\n"));
  }

  @Test
  void r7AReportingStepIsDoneOnlyWhereTheLogSaysSo() {
    java.util.List<org.zhidu.core.rota.Swap> swaps = SwapsCsv.parse("swaps.csv", """
        日期,原值班人员,顶替人员,批准人,批准时间,报告带班领导,报综合股备案,告知信息股
        2026-10-20,徐丽,马超,王建国,2026-10-19 16:30,是,已备案,2026-10-19
        2026-10-21,孙浩,马超,王建国,2026-10-20 16:30,否,0,N/A
        2026-10-22,吴敏,马超,王建国,2026-10-21 16:30,乱写,未报,✓
        """);
    assertEquals(java.util.List.of(), swaps.get(0).unreported());
    assertEquals(java.util.List.of("报告带班领导", "报综合股备案", "告知信息股"), swaps.get(1).unreported());
    assertEquals(java.util.List.of("报告带班领导（“乱写”）", "报综合股备案"), swaps.get(2).unreported());
  }

  /** Issue 12: a month without holidays read "节假日值班每人 0–0 天". */
  @Test
  void theFairnessLinesNeverGiveARangeWithBothEndsTheSame() {
    String out = Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-11").out();
    assertTrue(out.contains("节假日值班每人 0 天；"), out);
    assertFalse(out.matches("(?s).*\\b(\\d+)–\\1 天.*"), out);
    assertEquals("3–4", RotaOutput.span(3, 4));
    assertEquals("0", RotaOutput.span(0, 0));
  }

  /** Issue 12: a person with 0 duty days was left unexplained; the office file's absence says why. */
  @Test
  void aPersonWithNoDutyDaysIsSaidToBeAway() {
    String out = Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-10").out();
    assertTrue(out.contains("\n  郭涛 值班 0 天：上派学习（2026-09-01 至 2026-11-30）\n"), out);
    String december = Cli.run("rota", "generate", "--office", OFFICE, "--month", "2026-12").out();
    assertFalse(december.contains("值班 0 天："), december);
  }
}
