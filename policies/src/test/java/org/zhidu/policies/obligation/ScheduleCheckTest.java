package org.zhidu.policies.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Location;
import org.zhidu.core.obligation.Activity;
import org.zhidu.core.obligation.ObligationPlanner;
import org.zhidu.core.obligation.ObligationPolicy;
import org.zhidu.core.obligation.ScheduleChecker;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.calendar.HolidayData;

/** 吴江's plenary notified 10 days ahead (M5) and the members' visit before the plenary (P2), each at its bound. */
class ScheduleCheckTest {

  static final ObligationPolicy WUJIANG = PackLoader.builtIn("wujiang-cppcc").obligations();

  static Activity row(int line, String item, LocalDate day) {
    return new Activity(day, item, field -> new Location("log.csv", line, 1, field));
  }

  static List<String> keys(boolean column, Map<Activity, LocalDate> noticed, Activity... rows) {
    var occurrences = ObligationPlanner.plan(WUJIANG.obligations(), 2026, WorkCalendar.of(HolidayData.builtIn()),
        WUJIANG.restDay());
    return ScheduleChecker.check(List.of(rows), noticed, column, new Location("log.csv", 1, 1, null), occurrences,
        WUJIANG).stream().map(f -> f.message().key()).toList();
  }

  @Test
  void thePlenaryIsNotifiedTenDaysAheadTheTenthDayItselfInTime_M5() {
    Activity plenary = row(2, "全委会议", LocalDate.of(2026, 1, 12));
    Map<Activity, LocalDate> noticed = new HashMap<>();
    noticed.put(plenary, LocalDate.of(2026, 1, 2));
    assertEquals(List.of(), keys(true, noticed, plenary));
    noticed.put(plenary, LocalDate.of(2026, 1, 3));
    assertEquals(List.of("obligations.notice_short"), keys(true, noticed, plenary));
    assertEquals(List.of("obligations.notice_blank"), keys(true, Map.of(), plenary));
    noticed.put(plenary, LocalDate.of(2026, 1, 13));
    assertEquals(List.of("obligations.notice_after"), keys(true, noticed, plenary));
    noticed.put(plenary, LocalDate.of(2026, 1, 12));
    assertEquals(List.of("obligations.notice_short"), keys(true, noticed, plenary), "the same day is not after");
    noticed.put(plenary, null); // written, but not a day: said where it was read, nothing more here
    assertEquals(List.of(), keys(true, noticed, plenary));
    // a log that keeps no day of notice: said once, whatever the rows
    assertEquals(List.of("obligations.notice_unrecorded"),
        keys(false, Map.of(), plenary, row(3, "全委会议", LocalDate.of(2026, 11, 2))));
    assertEquals(List.of(), keys(false, Map.of(), row(3, "主席会议", LocalDate.of(2026, 11, 2))));
  }

  /** What the order of the rows says, the notices apart. */
  static List<String> order(Activity... rows) {
    return keys(true, Map.of(), rows).stream().filter(k -> !k.startsWith("obligations.notice")).toList();
  }

  @Test
  void theMembersVisitComesBeforeAPlenaryOfTheSecondHalfTheSameDayNotBefore_P2() {
    Activity visit = row(5, "全体委员视察", LocalDate.of(2026, 9, 10));
    assertEquals(List.of(), order(visit, row(9, "全委会议", LocalDate.of(2026, 9, 11))));
    assertEquals(List.of("obligations.not_before"),
        order(visit, row(9, "全委会议", LocalDate.of(2026, 9, 10))));
    assertEquals(List.of("obligations.not_before"),
        order(visit, row(9, "全委会议", LocalDate.of(2026, 7, 1))));
    // a plenary early in the year is not the one the visit prepares
    assertEquals(List.of(), order(visit, row(2, "全委会议", LocalDate.of(2026, 1, 12))));
  }

  /** A user's pack: each notice and order is refused at its own entry, and contradictory ones too. */
  @Test
  void aPacksNoticesAndOrdersAreRefusedAtTheEntryThatIsWrong() {
    String head = "id: my-office\nextends: wujiang-cppcc\nobligations:\n";
    String notices = head + "  notices:\n    rules: [M5]\n    citation: 一\n    values:\n"
        + "      - { name: 全委会议, days: 10, clause: 一 }\n";
    String orders = head + "  precedes:\n    rules: [P2]\n    citation: 二\n    values:\n"
        + "      - { first: 全体委员视察, then: 全委会议, clause: 二 }\n";
    assertEquals("ok", refusal(notices));
    assertEquals("ok", refusal(orders));
    assertEquals("9:9 pack.obligations_notice_twice", refusal(notices + "      - { name: 全委会议, days: 7, clause: 一 }\n"));
    assertEquals("9:9 pack.obligations_notice", refusal(notices + "      - { name: 无此会议, days: 7, clause: 一 }\n"));
    assertEquals("9:9 pack.obligations_precedes_self",
        refusal(orders + "      - { first: 全委会议, then: 全委会议, clause: 二 }\n"));
    assertEquals("9:9 pack.obligations_precedes_twice",
        refusal(orders + "      - { first: 全委会议, then: 全体委员视察, clause: 二 }\n"));
    assertEquals("9:9 pack.obligations_precedes_twice",
        refusal(orders + "      - { first: 全体委员视察, then: 全委会议, clause: 二 }\n"));
    // an item's alias names the item itself
    assertEquals("9:9 pack.obligations_notice_twice", refusal(head
        + "  notices:\n    rules: [M5]\n    citation: 一\n    values:\n"
        + "      - { name: 党支部委员会, days: 3, clause: 三 }\n      - { name: 支部委员会, days: 5, clause: 三 }\n"));
    assertEquals("9:9 pack.obligations_precedes_self", refusal(head + "  precedes:\n    rules: [P2]\n    citation: 二\n"
        + "    values:\n      - { first: 全体委员视察, then: 全委会议, clause: 二 }\n"
        + "      - { first: 党支部委员会, then: 支部委员会, clause: 三 }\n"));
    assertEquals("9:9 pack.obligations_precedes_twice", refusal(head + "  precedes:\n    rules: [P2]\n"
        + "    citation: 二\n    values:\n      - { first: 党支部委员会, then: 全委会议, clause: 三 }\n"
        + "      - { first: 全委会议, then: 支部委员会, clause: 三 }\n"));
  }

  private static String refusal(String yaml) {
    try {
      org.zhidu.policies.PackLoader.fromStream("my-office.yaml",
          new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))).obligations();
      return "ok";
    } catch (org.zhidu.core.finding.InputException e) {
      return e.location().line() + ":" + e.location().column() + " " + e.problem().key();
    }
  }
}
