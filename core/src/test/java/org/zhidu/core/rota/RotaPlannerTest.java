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
    // Thursday 1 October after a working day: 综合股.
    assertEquals(new Notifier.BySection("综合股"), dayOf(october, OCT_1).notifier());
    // Sunday 4 and Monday 12 October: the previous day's duty person, as the clause says.
    DutyDay sunday = dayOf(october, LocalDate.of(2026, 10, 4));
    assertEquals(new Notifier.PreviousDuty(dayOf(october, LocalDate.of(2026, 10, 3)).duty().get(0), true),
        sunday.notifier());
    DutyDay monday = dayOf(october, LocalDate.of(2026, 10, 12));
    assertEquals(DayOfWeek.MONDAY, monday.date().getDayOfWeek());
    assertInstanceOf(Notifier.PreviousDuty.class, monday.notifier());
    // Friday 2 October after a holiday: not covered by the clause, said so.
    Notifier friday = dayOf(october, LocalDate.of(2026, 10, 2)).notifier();
    assertEquals(new Notifier.PreviousDuty(dayOf(october, OCT_1).duty().get(0), false), friday);
    assertTrue(october.findings().stream().anyMatch(f -> f.ruleId().equals("R6")
        && f.severity() == Severity.INFO && f.message().args().get(0).contains("2026-10-02")));
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

  static DutyDay dayOf(RotaPlan plan, LocalDate date) {
    return plan.days().stream().filter(d -> d.date().equals(date)).findFirst().orElse(null);
  }
}
