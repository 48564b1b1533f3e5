package org.zhidu.cli.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zhidu.cli.Cli;

/** zhidu calendar: the JSON contract, iCalendar's rules, and years not announced. */
class CalendarCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void showJsonHasEveryDayWithItsTypeAndName() throws Exception {
    JsonNode days = JSON.readTree(Cli.run("calendar", "show", "2026-10", "--format", "json").out()).get("days");
    assertEquals(31, days.size());
    assertEquals("2026-10-01", days.get(0).get("date").asText());
    assertEquals("holiday", days.get(0).get("dayType").asText());
    assertEquals("国庆节", days.get(0).get("name").asText());
    assertEquals("makeup-workday", days.get(9).get("dayType").asText());
    assertEquals("weekend", days.get(10).get("dayType").asText());
    assertTrue(days.get(10).get("name").isNull());
    assertEquals("workday", days.get(11).get("dayType").asText());
  }

  @Test
  void dueJsonFollowsTheContract() throws Exception {
    JsonNode due = JSON.readTree(Cli.run("calendar", "due", "2026-09-30", "3", "--format", "json").out());
    assertEquals("2026-09-30", due.get("from").asText());
    assertEquals(3, due.get("workdays").asInt());
    assertEquals("2026-10-10", due.get("due").asText());
  }

  @Test
  void icsUsesCrlfAndFoldsAt75OctetsWithoutSplittingACharacter() {
    String ics = Cli.run("calendar", "show", "2026-10", "--format", "ics").out();
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
    assertTrue(ics.contains("UID:20261001-holiday@zhidu\r\n"));
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
    }
    assertEquals(7, ics.split("-holiday@zhidu", -1).length - 1);
    assertEquals(1, ics.split("-makeup@zhidu", -1).length - 1);
    StringBuilder long75 = new StringBuilder();
    org.zhidu.cli.output.Ics.line(long75, "SUMMARY:" + "国庆节".repeat(30));
    for (String line : long75.toString().split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
    }
    assertEquals("SUMMARY:" + "国庆节".repeat(30), long75.toString().replace("\r\n ", "").replace("\r\n", ""));
  }

  @Test
  void aYearNotAnnouncedIsExitTwoAndSaysHowToSupplyIt() {
    Cli.Result r = Cli.run("calendar", "due", "2026-12-30", "3");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--calendar FILE"), r.err());
    assertTrue(r.err().contains("--assume-no-holidays"), r.err());
  }

  /** Regression: a bare CR reached ICS, where it ends a line of its own. */
  @Test
  void icsTextNeverCarriesABareLineEndOrAControlCharacter() {
    assertEquals("张伟\\n刘洋\\n王芳\\,李红梅", org.zhidu.cli.output.Ics.escape("张伟\r刘洋\r\n王芳\u001b,李红梅"));
  }

  /** Regression: workdays over a billion years hung for a minute, then ran out of memory with a trace. */
  @Test
  void workdaysBeyondTheCalendarsYearsAreRefusedAtOnce() {
    Cli.Result r = Cli.run("calendar", "workdays", "--from", "2026-01-01", "--to", "9999-12-31");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("[--to]") && r.err().contains("1949–2199"), r.err());
    // a year of more than four digits is no day written yyyy-mm-dd
    Cli.Result extended = Cli.run("calendar", "workdays", "--from", "2026-01-01", "--to", "+999999999-12-31");
    assertEquals(2, extended.exitCode(), extended.err());
    assertTrue(extended.err().contains("--to 的值 '+999999999-12-31' 无效：应为日期 yyyy-mm-dd"), extended.err());
  }

  /**
   * Regression: calendar due D 2147483647 ran 13 s to answer +8233480-10-13, calendar show +999999999-12 ended in an
   * internal DateTimeException, calendar show 2200-01 answered: every calendar command keeps to workdays' years.
   */
  @Test
  void xWorkdayEveryCalendarCommandKeepsToTheCalendarsYears() {
    String[][] refused = {
      {"calendar", "due", "2026-01-01", "2147483647", "--assume-no-holidays"},
      {"calendar", "due", "2199-12-30", "2", "--assume-no-holidays"},
      {"calendar", "due", "1948-12-31", "1", "--assume-no-holidays"},
      {"calendar", "due", "9999-12-31", "0", "--assume-no-holidays"},
      {"calendar", "show", "9999-12", "--assume-no-holidays"},
      {"calendar", "show", "0000-01", "--assume-no-holidays"},
      {"calendar", "show", "2200-01", "--assume-no-holidays"},
      {"calendar", "show", "1948-12", "--assume-no-holidays", "--format", "ics"},
    };
    String[] option = {"[N]", "[N]", "[D]", "[D]", "[MONTH]", "[MONTH]", "[MONTH]", "[MONTH]"};
    for (int i = 0; i < refused.length; i++) {
      long start = System.nanoTime();
      Cli.Result r = Cli.run(refused[i]);
      String line = String.join(" ", refused[i]);
      assertEquals(2, r.exitCode(), line + "\n" + r.err());
      assertTrue(r.err().contains(option[i]) && r.err().contains("1949–2199"), line + "\n" + r.err());
      assertFalse(r.err().contains("内部错误"), r.err());
      assertTrue(System.nanoTime() - start < 5_000_000_000L, line + " took seconds");
    }
    Cli.Result en = Cli.run("--lang", "en", "calendar", "due", "2026-01-01", "2147483647", "--assume-no-holidays");
    assertTrue(en.err().contains("[N] the 2147483647th working day after 2026-01-01 lies beyond the years"), en.err());
    // the last day of the last year is still an answer
    Cli.Result last = Cli.run("calendar", "due", "2199-12-30", "1", "--assume-no-holidays");
    assertEquals(0, last.exitCode(), last.err());
    assertTrue(last.out().contains("2199-12-31"), last.out());
    assertEquals(0, Cli.run("calendar", "show", "2199-12", "--assume-no-holidays").exitCode());
    assertEquals(0, Cli.run("calendar", "show", "1949-01", "--assume-no-holidays").exitCode());
  }

  @Test
  void aBadDateIsAUsageError() {
    Cli.Result r = Cli.run("calendar", "due", "2026-13-01", "3");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("yyyy-mm-dd"), r.err());
  }

  @Test
  void aBrokenCalendarFileIsExitTwoWithItsLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Files.writeString(dir.resolve("c.yaml"), "years:\n  - year: 2027\n    source: x\n    holiday: []\n");
    Cli.Result r = Cli.runIn(dir, new byte[0], "calendar", "show", "2027-01", "--calendar", "c.yaml");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("c.yaml:4:5: 错误: 未知的键“holiday”"), r.err());
  }

  @Test
  void xWorkdayHolidaysJsonDrawsBlocksAsTheNoticeAndSaysItsReading() throws Exception {
    JsonNode y2023 = JSON.readTree(Cli.run("calendar", "holidays", "2023", "--format", "json").out());
    assertTrue(y2023.get("reading").asText().contains("与周末连休"));
    assertEquals("国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）", y2023.get("source").asText());
    JsonNode newYear = y2023.get("holidays").get(0);
    assertEquals("2022-12-31", newYear.get("from").asText());
    assertEquals("2023-01-02", newYear.get("to").asText());
    assertEquals(3, newYear.get("days").asInt());
    assertTrue(newYear.get("crossesYear").asBoolean());
    JsonNode merged = y2023.get("holidays").get(5);
    assertEquals("中秋节、国庆节", merged.get("name").asText());
    assertEquals(8, merged.get("days").asInt());
    assertFalse(merged.get("crossesYear").asBoolean());
    JsonNode next = y2023.get("holidays").get(6);
    assertEquals("2024-01-01", next.get("to").asText());
    assertTrue(next.get("notice").asText().contains("国办发明电〔2023〕7号"), "the 2024 notice arranges it");
    String text = Cli.run("calendar", "holidays", "2022").out();
    assertTrue(text.contains("元旦：2022-12-31 至 2023-01-02，共 3 天（跨年，属 2023 年安排）"), text);
    JsonNode show = JSON.readTree(Cli.run("calendar", "show", "2023-10", "--format", "json").out());
    assertTrue(show.get("reading").asText().contains("与周末连休"));
  }

  @Test
  void xWorkdayAYearBeyondAnyCalendarIsAUsageErrorNotACrash() {
    for (String year : new String[] {"999999999", "-1", "0", "1948", "2200"}) {
      Cli.Result r = Cli.run("calendar", "holidays", year, "--assume-no-holidays");
      assertEquals(2, r.exitCode(), year + r.err());
      assertTrue(r.err().contains("不在 1949–2199 之间"), r.err());
    }
    assertEquals(0, Cli.run("calendar", "holidays", "2199", "--assume-no-holidays").exitCode());
  }

  /** Issue 12: a one-day holiday read "2023-04-05 至 2023-04-05，共 1 天". */
  @Test
  void aOneDayHolidayIsSaidAsOneDay() {
    String zh = Cli.run("calendar", "holidays", "2023").out();
    assertTrue(zh.contains("\n  清明节：2023-04-05，1 天\n"), zh);
    assertFalse(zh.contains("共 1 天"), zh);
    String en = Cli.run("--lang", "en", "calendar", "holidays", "2023").out();
    assertTrue(en.contains(": 2023-04-05, one day"), en);
    String month = Cli.run("calendar", "show", "2023-04").out();
    assertTrue(month.contains("清明节：2023-04-05，1 天"), month);
  }

  /** Issue 12: a year before the built-in data was "尚未公布", as if its notice were still to come. */
  @Test
  void aYearBeforeTheDataSaysWhereTheDataStartsAndHowToSupplyIt() {
    Cli.Result r = Cli.run("calendar", "show", "2000-05");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("2000 年早于 zhidu 内置的节假日数据（从 2001 年开始）"), r.err());
    assertTrue(r.err().contains("--calendar FILE") && r.err().contains("--assume-no-holidays"), r.err());
    assertFalse(r.err().contains("尚未公布"), r.err());
    Cli.Result later = Cli.run("calendar", "show", "2027-01");
    assertTrue(later.err().startsWith("2027 年的节假日安排尚未公布"), later.err());
    assertTrue(Cli.run("--lang", "en", "calendar", "show", "2000-05").err()
        .startsWith("2000 is before zhidu's built-in holiday data, which starts in 2001"));
  }
}
