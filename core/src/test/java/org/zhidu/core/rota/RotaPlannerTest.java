package org.zhidu.core.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Severity;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Role;
import org.zhidu.core.office.Section;

/** The clauses of 值班工作制度 on one office: 13 clerks, 4 section-level cadres, 5 county-level leaders. */
class RotaPlannerTest {

  private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
  private static final LocalDate OCT_31 = LocalDate.of(2026, 10, 31);
  private final RotaPlan october = Offices.plan(Offices.office(13, List.of()), OCT_1, OCT_31);

  @Test
  void r3OneClerkOnEachDayThatIsNotAStatutoryHoliday() {
    for (DutyDay day : october.days()) {
      if (!day.isHoliday()) {
        assertEquals(1, day.duty().size(), day.toString());
      }
    }
  }

  @Test
  void r4TwoClerksOnEachHolidayDayOneOfThemTheLeadersOwn() {
    for (DutyDay day : october.days()) {
      if (day.isHoliday()) {
        assertEquals(2, day.duty().size(), day.toString());
        // 领导i's clerk is 文秘i
        assertEquals(day.leader().replace("领导", "文秘"), day.duty().get(0));
      }
    }
  }

  @Test
  void r2CountyLeadersOnHolidaysSharingThemEvenlyCadresOneAWeekOtherwise() {
    List<PersonLoad> loads = october.loads();
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (PersonLoad p : loads) {
      if (p.name().startsWith("领导")) {
        min = Math.min(min, p.leaderHolidays());
        max = Math.max(max, p.leaderHolidays());
      }
    }
    assertEquals(7, loads.stream().mapToInt(PersonLoad::leaderHolidays).sum());
    assertTrue(max - min <= 1, min + ".." + max);
    Set<LocalDate> weeks = new HashSet<>();
    Set<String> weekLeaders = new HashSet<>();
    for (DutyDay day : october.days()) {
      if (day.isHoliday()) {
        assertTrue(day.leader().startsWith("领导"), day.toString());
      } else {
        assertTrue(day.leader().startsWith("科长"), day.toString());
        if (weeks.add(Weeks.monday(day.date()))) {
          weekLeaders.add(day.leader());
        }
        DutyDay monday = dayOf(october, Weeks.monday(day.date()));
        if (monday != null && !monday.isHoliday()) {
          assertEquals(monday.leader(), day.leader(), "one cadre a week: " + day);
        }
      }
    }
    assertEquals(weeks.size(), weekLeaders.size(), "each week a different cadre while there are cadres left");
  }

  @Test
  void r3FairAndEven() {
    Fairness f = october.fairness();
    assertEquals(13, f.clerks());
    assertTrue(f.totalSpread() <= 1, f.toString());
    assertTrue(f.worstWeekdaySpread() <= 1, f.toString());
    assertEquals(0, f.consecutive(), f.toString());
  }

  @Test
  void r6WhoNotifiesWhom() {
    // Thursday 1 and Sunday 4 October, holiday days: 综合股, with the holiday rota before the holiday (四(二)).
    assertEquals(new Notifier.BySection("综合股"), dayOf(october, OCT_1).notifier());
    assertEquals(new Notifier.BySection("综合股"), dayOf(october, LocalDate.of(2026, 10, 4)).notifier());
    assertEquals(RotaRules.R6, dayOf(october, LocalDate.of(2026, 10, 2)).notifier().rule());
    // Monday 12 October: the previous day's duty person, as the clause says.
    DutyDay monday = dayOf(october, LocalDate.of(2026, 10, 12));
    assertEquals(DayOfWeek.MONDAY, monday.date().getDayOfWeek());
    assertEquals(new Notifier.PreviousDuty(dayOf(october, LocalDate.of(2026, 10, 11)).duty().get(0), true),
        monday.notifier());
    // Thursday 8 October after the holiday: not covered by the clause, said so; the only such day.
    Notifier thursday = dayOf(october, LocalDate.of(2026, 10, 8)).notifier();
    assertEquals(new Notifier.PreviousDuty(dayOf(october, LocalDate.of(2026, 10, 7)).duty().get(0), false),
        thursday);
    assertTrue(october.findings().stream().anyMatch(f -> f.ruleId().equals("R6")
        && f.severity() == Severity.INFO && f.message().args().equals(List.of("2026-10-08"))));
    // Saturday 10 October (make-up working day) after Friday, a working day: 综合股.
    assertEquals(new Notifier.BySection("综合股"), dayOf(october, LocalDate.of(2026, 10, 10)).notifier());
  }

  @Test
  void r8NobodyAwayIsScheduled() {
    LocalDate from = LocalDate.of(2026, 10, 8);
    LocalDate to = LocalDate.of(2026, 10, 20);
    Office office = Offices.office(6, List.of(List.of(), List.of(Offices.away(from, to))));
    RotaPlan plan = Offices.plan(office, OCT_1, OCT_31);
    for (DutyDay day : plan.days()) {
      if (!day.date().isBefore(from) && !day.date().isAfter(to)) {
        assertFalse(day.duty().contains("文秘1"), day.toString());
        assertFalse("领导1".equals(day.leader()), day.toString());
      }
    }
    assertTrue(plan.meetsHardRules(), plan.findings().toString());
  }

  @Test
  void aDayNobodyCanCoverIsAnErrorNamingEveryonesReason() {
    LocalDate day = LocalDate.of(2026, 10, 14);
    List<List<org.zhidu.core.office.Absence>> absences = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      absences.add(List.of(Offices.away(day, day)));
    }
    RotaPlan plan = Offices.plan(Offices.office(3, absences), OCT_1, OCT_31);
    assertFalse(plan.meetsHardRules());
    Finding f = plan.findings().stream().filter(Finding::isError).findFirst().orElseThrow();
    assertEquals("R3", f.ruleId());
    assertEquals(List.of("2026-10-14", "1", "文秘0（年休假）、文秘1（年休假）、文秘2（年休假）"), f.message().args());
    assertTrue(dayOf(plan, day).duty().isEmpty());
  }

  @Test
  void historyBalancesAcrossMonths() {
    Office office = Offices.office(7, List.of());
    RotaPlan september = Offices.plan(office, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
    RotaPlan october = RotaPlanner.plan(new RotaRequest(office, Offices.calendar2026(), RotaPolicy.ANJU, OCT_1,
        OCT_31, september.days(), List.of()));
    assertTrue(october.cumulative().totalSpread() <= 1, october.cumulative().toString());
    // The day before the month counts: September's last clerk is not on duty again on 1 October.
    DutyDay sep30 = dayOf(september, LocalDate.of(2026, 9, 30));
    assertFalse(dayOf(october, OCT_1).duty().contains(sep30.duty().get(0)), "no back-to-back across the months");
  }

  @Test
  void keepChangesOnlyTheDaysANewLeaveBreaks() {
    Office before = Offices.office(13, List.of());
    RotaPlan old = Offices.plan(before, OCT_1, OCT_31);
    String clerk = old.days().get(20).duty().get(0);
    int index = Integer.parseInt(clerk.substring(2));
    List<List<org.zhidu.core.office.Absence>> absences = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      absences.add(i == index ? List.of(Offices.away(old.days().get(20).date(), old.days().get(20).date()))
          : List.of());
    }
    RotaPlan replanned = RotaPlanner.plan(new RotaRequest(Offices.office(13, absences), Offices.calendar2026(),
        RotaPolicy.ANJU, OCT_1, OCT_31, List.of(), old.days()));
    assertEquals(List.of(old.days().get(20).date()), replanned.changed());
    assertFalse(replanned.days().get(20).duty().contains(clerk));
  }

  @Test
  void theSameRequestGivesTheSameRota() {
    assertEquals(october, Offices.plan(Offices.office(13, List.of()), OCT_1, OCT_31));
  }

  /**
   * 2 county leaders, 领导0 with two linked clerks (文秘0, 文秘1) and 领导1 with one (文秘2); 2 cadres; {@code clerks}
   * clerks in all; the absences by clerk index.
   */
  static Office twoLinkedClerks(int clerks, List<List<org.zhidu.core.office.Absence>> absences) {
    List<Person> people = new ArrayList<>();
    people.add(Offices.person("领导0", Role.COUNTY_LEADER, null, List.of(), null));
    people.add(Offices.person("领导1", Role.COUNTY_LEADER, null, List.of(), null));
    people.add(Offices.person("科长0", Role.SECTION_CADRE, "综合股", List.of(), null));
    people.add(Offices.person("科长1", Role.SECTION_CADRE, "综合股", List.of(), null));
    for (int i = 0; i < clerks; i++) {
      String leader = i < 2 ? "领导0" : i == 2 ? "领导1" : null;
      people.add(Offices.person("文秘" + i, Role.CLERK, "综合股", i < absences.size() ? absences.get(i) : List.of(),
          leader));
    }
    return new Office("测试办", List.of(new Section("综合股", "科长0")), people, "科长1");
  }

  @Test
  void r4EitherLinkedClerkSatisfiesTheHolidayDayAndThePlannerSharesTheDaysBetweenThem() {
    RotaPlan plan = Offices.plan(twoLinkedClerks(6, List.of()), OCT_1, OCT_31);
    assertTrue(plan.meetsHardRules(), plan.findings().toString());
    int[] holidays = new int[2];
    for (DutyDay day : plan.days()) {
      if (day.isHoliday() && day.leader().equals("领导0")) {
        assertTrue(day.duty().get(0).equals("文秘0") || day.duty().get(0).equals("文秘1"), day.toString());
      }
      for (int i = 0; i < 2; i++) {
        if (day.isHoliday() && day.duty().contains("文秘" + i)) {
          holidays[i]++;
        }
      }
    }
    assertTrue(Math.abs(holidays[0] - holidays[1]) <= 1, holidays[0] + " and " + holidays[1]);
    // Boundary: with 文秘0 away for the whole holiday, 文秘1 alone serves with 领导0, and 领导0 still leads.
    LocalDate oct7 = LocalDate.of(2026, 10, 7);
    RotaPlan away = Offices.plan(twoLinkedClerks(6, List.of(List.of(Offices.away(OCT_1, oct7)))), OCT_1, OCT_31);
    assertTrue(away.meetsHardRules(), away.findings().toString());
    assertTrue(away.days().stream().anyMatch(d -> "领导0".equals(d.leader())));
    for (DutyDay day : away.days()) {
      if (day.isHoliday() && "领导0".equals(day.leader())) {
        assertEquals("文秘1", day.duty().get(0), day.toString());
      }
    }
  }

  @Test
  void r4WithAColleagueSickTheSecondLinkedClerkServesRatherThanARunOfDuties() {
    // 文秘2 (领导1's only clerk) is sick for the holiday: 领导0 leads most days, and 文秘0 is not on duty day after day
    // while 文秘1 is idle.
    LocalDate oct7 = LocalDate.of(2026, 10, 7);
    RotaPlan plan = Offices.plan(twoLinkedClerks(6, List.of(List.of(), List.of(),
        List.of(Offices.away(OCT_1, oct7)))), OCT_1, OCT_31);
    for (String clerk : List.of("文秘0", "文秘1")) {
      int run = 0;
      int longest = 0;
      for (DutyDay day : plan.days()) {
        run = day.duty().contains(clerk) ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      assertTrue(longest <= 2, clerk + " on duty " + longest + " days running: " + plan.days());
    }
    assertTrue(plan.findings().stream().noneMatch(f -> f.message().key().equals("rota.back_to_back")
        && f.message().args().get(1).startsWith("文秘0")), plan.findings().toString());
  }

  @Test
  void r2ALeaderWithoutAHolidayDayIsNamedWithTheReason() {
    // 领导0's linked clerks are away all holiday: 领导1 leads every day, and 领导0 is named with the reason.
    LocalDate oct7 = LocalDate.of(2026, 10, 7);
    Office office = twoLinkedClerks(6, List.of(List.of(Offices.away(OCT_1, oct7)), List.of(Offices.away(OCT_1,
        oct7))));
    RotaPlan plan = Offices.plan(office, OCT_1, OCT_31);
    Finding f = plan.findings().stream()
        .filter(x -> x.message().key().equals("rota.leader_without_holiday_clerks")).findFirst().orElseThrow();
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(List.of("领导0", "7", "@rota.reason.linked_clerk_away", "文秘0、文秘1"), f.message().args());
    // No linked clerk at all.
    List<Person> people = new ArrayList<>(twoLinkedClerks(6, List.of()).people());
    people.add(Offices.person("领导2", Role.COUNTY_LEADER, null, List.of(), null));
    RotaPlan none = Offices.plan(new Office("测试办", List.of(new Section("综合股", "科长0")), people), OCT_1, OCT_31);
    assertTrue(none.findings().stream().anyMatch(x -> x.message().key().equals("rota.leader_without_holiday")
        && x.message().args().equals(List.of("领导2", "7", "@rota.reason.no_linked_clerk"))),
        none.findings().toString());
    // Boundary: one holiday day and two leaders able to lead is the turn, information only.
    RotaPlan oneDay = Offices.plan(twoLinkedClerks(6, List.of()), oct7, LocalDate.of(2026, 10, 9));
    assertTrue(oneDay.findings().stream().anyMatch(x -> x.message().key().equals("rota.leader_without_holiday_turn")
        && x.severity() == Severity.INFO), oneDay.findings().toString());
    // Every leader leads at least one of seven days: nothing to say.
    assertTrue(october.findings().stream().noneMatch(x -> x.message().key().startsWith("rota.leader_without")));
  }

  @Test
  void r6HolidayDaysAreNotifiedByTheDutySectionWithTheRota() {
    for (DutyDay day : october.days()) {
      if (day.isHoliday()) {
        assertEquals(new Notifier.BySection("综合股"), day.notifier(), day.toString());
        assertEquals(RotaRules.R6, day.notifier().rule());
      }
    }
  }

  @Test
  void r6AfterATwoClerkDayTheLeadersLinkedClerkNotifiesAndTheFindingSaysWhy() {
    DutyDay oct7 = dayOf(october, LocalDate.of(2026, 10, 7));
    String linked = oct7.leader().replace("领导", "文秘");
    assertEquals(new Notifier.PreviousDuty(linked, false), dayOf(october, LocalDate.of(2026, 10, 8)).notifier());
    assertTrue(october.findings().stream().anyMatch(f -> f.message().key().equals("rota.notifier_of_two")
        && f.message().args().equals(List.of("2026-10-08", String.join("、", oct7.duty()), linked,
            "@rota.reason.notifier_linked"))), october.findings().toString());
  }

  @Test
  void r6TheFirstDayTakesItsNotifierFromTheHistoryElseItIsUnknown() {
    Office office = Offices.office(13, List.of());
    LocalDate nov1 = LocalDate.of(2026, 11, 1); // a Sunday: the previous day's duty person notifies
    LocalDate nov30 = LocalDate.of(2026, 11, 30);
    RotaPlan alone = Offices.plan(office, nov1, nov30);
    assertEquals(new Notifier.PreviousDuty(null, true), alone.days().get(0).notifier());
    Finding unknown = alone.findings().stream().filter(f -> f.message().key().equals("rota.notifier_unknown"))
        .findFirst().orElseThrow();
    assertEquals(List.of("2026-11-01", "2026-10-31"), unknown.message().args());
    RotaPlan withHistory = RotaPlanner.plan(new RotaRequest(office, Offices.calendar2026(), RotaPolicy.ANJU, nov1,
        nov30, october.days(), List.of()));
    assertEquals(new Notifier.PreviousDuty(dayOf(october, OCT_31).duty().get(0), true),
        withHistory.days().get(0).notifier());
    assertTrue(withHistory.findings().stream().noneMatch(f -> f.message().key().equals("rota.notifier_unknown")));
  }

  @Test
  void r3TheExtraOrdinaryDayGoesToClerksWithFewerHolidayDays() {
    // 13 clerks, 7 holiday days: 领导0 and 领导1 lead twice, so 文秘0 and 文秘1 have 2 holiday days each. 38 places
    // leave the totals one apart; a clerk on the higher total never has more holiday days than one on the lower.
    List<PersonLoad> loads = october.loads().stream().filter(p -> p.name().startsWith("文秘")).toList();
    int maxTotal = loads.stream().mapToInt(PersonLoad::total).max().orElseThrow();
    int minTotal = loads.stream().mapToInt(PersonLoad::total).min().orElseThrow();
    for (PersonLoad heavy : loads) {
      for (PersonLoad light : loads) {
        if (heavy.total() == maxTotal && light.total() == minTotal && maxTotal > minTotal) {
          assertTrue(heavy.holidays() <= light.holidays(),
              heavy.name() + " has " + heavy.total() + " days, " + heavy.holidays() + " of them holidays, while "
                  + light.name() + " has " + light.total() + " with " + light.holidays() + ": " + loads);
        }
      }
    }
  }

  static DutyDay dayOf(RotaPlan plan, LocalDate date) {
    return plan.days().stream().filter(d -> d.date().equals(date)).findFirst().orElse(null);
  }
}
