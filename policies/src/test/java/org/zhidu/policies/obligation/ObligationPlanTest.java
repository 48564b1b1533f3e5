package org.zhidu.policies.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.obligation.Activity;
import org.zhidu.core.obligation.ObligationChecker;
import org.zhidu.core.obligation.ObligationPlanner;
import org.zhidu.core.obligation.ObligationPolicy;
import org.zhidu.core.obligation.ObligationProblem;
import org.zhidu.core.obligation.Occurrence;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.calendar.HolidayData;

/** Each pack's rhythms for 2026 by hand, on the State Council's calendar, and the bounds of their counts. */
class ObligationPlanTest {

  static final WorkCalendar CALENDAR = HolidayData.calendar(null, null);
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  static List<Occurrence> plan(String pack, int year) {
    ObligationPolicy policy = PackLoader.builtIn(pack).obligations();
    return ObligationPlanner.plan(policy.obligations(), year, CALENDAR, policy.restDay());
  }

  static List<Occurrence> of(List<Occurrence> plan, String name) {
    return plan.stream().filter(o -> o.obligation().name().equals(name)).toList();
  }

  static List<ObligationProblem> check(String pack, List<Activity> log) {
    List<ObligationProblem> out = new ArrayList<>();
    for (Finding f : ObligationChecker.check(plan(pack, 2026), log, 2026, AS_OF, "log.csv",
        org.zhidu.core.obligation.ObligationRules.P1).findings()) {
      for (ObligationProblem p : ObligationProblem.values()) {
        if (p.messageKey().equals(f.message().key()) && p.severity() == f.severity()) {
          out.add(p);
          break;
        }
      }
    }
    return out;
  }

  static Activity did(String item, LocalDate day, int line) {
    return new Activity(day, item, field -> new Location("log.csv", line, 1, field));
  }

  /** Every due occurrence of the pack's plan done on its due day, as many times as it asks. */
  static List<Activity> clean(String pack, int year, LocalDate before) {
    List<Activity> log = new ArrayList<>();
    for (Occurrence o : plan(pack, year)) {
      if (o.due().isBefore(before)) {
        for (int i = 0; i < o.obligation().least(); i++) {
          log.add(did(o.obligation().name(), o.due(), log.size() + 2));
        }
      }
    }
    return log;
  }

  @Test
  void theLineMeetingIsBetweenThe20thAndThe25thAndARestDay25thMovesItsDueDayEarlier_P5() {
    List<Occurrence> meetings = of(plan("anju-gov-office", 2026), "线(组)例会");
    assertEquals(12, meetings.size());
    List<String> due = meetings.stream().map(o -> o.due().toString()).toList();
    assertEquals(List.of("2026-01-23", "2026-02-25", "2026-03-25", "2026-04-24", "2026-05-25", "2026-06-25",
        "2026-07-24", "2026-08-25", "2026-09-24", "2026-10-23", "2026-11-25", "2026-12-25"), due);
    for (Occurrence o : meetings) {
      assertEquals(20, o.from().getDayOfMonth());
      assertEquals(25, o.to().getDayOfMonth());
    }
  }

  @Test
  void theDigestIsIssuedEachFridayAndAHolidayFridayOnTheLastWorkingDayBefore_P4() {
    List<Occurrence> digests = of(plan("anju-gov-office", 2026), "信息摘报");
    assertEquals(52, digests.size());
    for (Occurrence o : digests) {
      assertEquals(DayOfWeek.FRIDAY, o.to().getDayOfWeek());
      assertEquals(!CALENDAR.isWorkday(o.to()), o.moved(), o.to().toString());
    }
    // New Year, the Spring Festival, Labour Day, the Dragon Boat Festival, Mid-Autumn, National Day
    List<String> moved = digests.stream().filter(Occurrence::moved).map(o -> o.to() + "→" + o.due()).toList();
    assertEquals(List.of("2026-01-02→2025-12-31", "2026-02-20→2026-02-14", "2026-05-01→2026-04-30",
        "2026-06-19→2026-06-18", "2026-09-25→2026-09-24", "2026-10-02→2026-09-30"), moved);
  }

  @Test
  void theQuarterlyBriefingIsDueByThe25thOfTheQuartersFirstMonth_P4() {
    List<String> due = of(plan("anju-gov-office", 2026), "工作动态").stream().map(o -> o.from() + "/" + o.due())
        .toList();
    assertEquals(List.of("2026-01-01/2026-01-23", "2026-04-01/2026-04-24", "2026-07-01/2026-07-24",
        "2026-10-01/2026-10-23"), due);
  }

  @Test
  void atLeastTwelveStudySessionsElevenIsAFindingTwelveIsNot_P1() {
    List<Activity> log = new ArrayList<>();
    for (int m = 1; m <= 11; m++) {
      log.add(did("党组理论学习", LocalDate.of(2026, m, 8), m + 1));
    }
    // the year is not over on the check day: eleven is not yet too few
    assertEquals(List.of(), ObligationChecker.check(of(plan("wujiang-cppcc", 2026), "党组理论学习"), log, 2026, AS_OF,
        "log.csv", null).findings());
    LocalDate yearEnd = LocalDate.of(2027, 1, 1);
    assertEquals(1, ObligationChecker.check(of(plan("wujiang-cppcc", 2026), "党组理论学习"), log, 2026, yearEnd,
        "log.csv", null).findings().size());
    log.add(did("党组理论学习", LocalDate.of(2026, 12, 8), 13));
    assertEquals(List.of(), ObligationChecker.check(of(plan("wujiang-cppcc", 2026), "党组理论学习"), log, 2026,
        yearEnd, "log.csv", null).findings());
  }

  @Test
  void oneOrTwoForumsAYearAThirdIsAWarning_P3() {
    List<Occurrence> forums = of(plan("dazhou-cppcc", 2026), "党派团体座谈会");
    List<Activity> log = new ArrayList<>(List.of(did("党派团体座谈会", LocalDate.of(2026, 3, 2), 2),
        did("党派团体座谈会", LocalDate.of(2026, 9, 2), 3)));
    LocalDate yearEnd = LocalDate.of(2027, 1, 1);
    assertEquals(List.of(), ObligationChecker.check(forums, log, 2026, yearEnd, "log.csv", null).findings());
    log.add(did("党派团体座谈会", LocalDate.of(2026, 11, 2), 4));
    List<Finding> found = ObligationChecker.check(forums, log, 2026, yearEnd, "log.csv", null).findings();
    assertEquals(1, found.size());
    assertEquals("obligations.too_many", found.get(0).message().key());
    assertEquals(4, found.get(0).location().line());
  }

  @Test
  void aTargetMissedIsAWarningADutyMissedAnError_P6() {
    List<ObligationProblem> found = check("party-office", clean("party-office", 2026, LocalDate.of(2026, 10, 1)));
    // October and November's research activity (a target) and the fourth quarter's group meeting (a duty, due on
    // 2026-12-31, still ahead on the check day)
    assertEquals(List.of(ObligationProblem.MISSED_TARGET, ObligationProblem.MISSED_TARGET), found);
  }

  @Test
  void anOccurrenceDueOnTheCheckDayIsDueNotMissed_P5() {
    ObligationChecker.Report r = ObligationChecker.check(of(plan("anju-gov-office", 2026), "线(组)例会"), List.of(),
        2026, LocalDate.of(2026, 2, 25), "log.csv", null);
    assertEquals(1, r.findings().size()); // January's only
    assertEquals(1, r.summaries().get(0).missed());
    assertEquals(11, r.summaries().get(0).ahead());
  }

  @Test
  void aMeetingOnThe26thIsOutsideEveryWindow_P5() {
    List<Activity> log = clean("anju-gov-office", 2026, AS_OF);
    log.removeIf(a -> a.item().equals("线(组)例会") && a.date().getMonthValue() == 6);
    log.add(did("线(组)例会", LocalDate.of(2026, 6, 26), 999));
    List<ObligationProblem> found = check("anju-gov-office", log);
    assertTrue(found.contains(ObligationProblem.OUTSIDE_WINDOW), found.toString());
    assertTrue(found.contains(ObligationProblem.MISSED), found.toString());
    assertEquals(2, found.size(), found.toString());
  }

  @Test
  void wujiangsMeetingsComeRoundYearlyQuarterlyAndMonthly_M5() {
    List<Occurrence> plan = plan("wujiang-cppcc", 2026);
    assertEquals(1, of(plan, "全委会议").size());
    assertEquals(4, of(plan, "常委会议").size());
    assertEquals(12, of(plan, "主席会议").size());
    // keep: a due day on a rest day stays (2026-01-31 is a Saturday)
    Occurrence january = of(plan, "主席会议").get(0);
    assertEquals(LocalDate.of(2026, 1, 31), january.due());
    assertEquals(false, january.moved());
  }

  @Test
  void theMembersInspectionIsInTheSecondHalfAndTheWeChatAccountPushesEachWeek_P2() {
    List<Occurrence> plan = plan("wujiang-cppcc", 2026);
    Occurrence inspection = of(plan, "全体委员视察").get(0);
    assertEquals(LocalDate.of(2026, 7, 1), inspection.from());
    assertEquals(LocalDate.of(2026, 12, 31), inspection.to());
    List<Activity> may = List.of(did("全体委员视察", LocalDate.of(2026, 5, 20), 2));
    List<Finding> found = ObligationChecker.check(List.of(inspection), may, 2026, LocalDate.of(2027, 1, 1), "log.csv",
        null).findings();
    assertEquals(List.of("obligations.outside_window", "obligations.missed"),
        found.stream().map(f -> f.message().key()).sorted(java.util.Comparator.reverseOrder()).toList());
    List<Occurrence> weeks = of(plan, "微信公众号推送");
    assertEquals(52, weeks.size());
    assertEquals(DayOfWeek.SUNDAY, weeks.get(0).to().getDayOfWeek());
  }
}
