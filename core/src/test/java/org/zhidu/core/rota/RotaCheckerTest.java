package org.zhidu.core.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Severity;
import org.zhidu.core.office.Office;

class RotaCheckerTest {

  private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
  private final Office office = Offices.office(13, List.of(List.of(), List.of(), List.of(),
      List.of(Offices.away(LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 14)))));
  private final List<DutyDay> planned = Offices.plan(office, OCT_1, LocalDate.of(2026, 10, 31)).days();

  @Test
  void aPlannedRotaPasses() {
    RotaChecker.Report report = check(planned);
    assertEquals(List.of(), report.findings().stream().filter(f -> f.severity() != Severity.INFO).toList());
    assertEquals(report.best(), report.fairness());
  }

  @Test
  void everyHardRuleIsCheckedDayByDay() {
    List<DutyDay> days = new ArrayList<>(planned);
    set(days, 3, List.of(days.get(3).duty().get(1)), days.get(3).leader()); // R4: one clerk, not the leader's own
    set(days, 13, List.of("文秘3"), days.get(13).leader()); // R8: 文秘3 away on the 14th
    set(days, 16, List.of("科长1"), days.get(16).leader()); // R1: not a clerk
    set(days, 19, days.get(19).duty(), "领导0"); // R2: a county-level leader on a working day
    set(days, 21, days.get(21).duty(), null); // R2: nobody leads
    days.remove(29); // R3: a day missing
    List<String> found = check(days).findings().stream().filter(Finding::isError)
        .map(f -> f.ruleId() + " " + f.message().key() + " " + f.message().args().get(0)).toList();
    assertEquals(List.of(
        "R4 rota.wrong_count 2026-10-04",
        "R4 rota.linked_clerk_missing 2026-10-04",
        "R8 rota.away 2026-10-14",
        "R1 rota.not_clerk 2026-10-17",
        "R2 rota.wrong_leader_role 2026-10-20",
        "R2 rota.no_leader 2026-10-22",
        "R3 rota.missing_day 2026-10-30"), found);
  }

  @Test
  void unevennessIsComparedWithTheFairestRotaPossible() {
    List<DutyDay> days = new ArrayList<>(planned);
    for (int j = 7; j < 31; j++) {
      if (!days.get(j).isHoliday() && days.get(j).date().getDayOfMonth() % 2 == 0
          && !"文秘12".equals(days.get(j - 1).duty().get(0))) {
        set(days, j, List.of("文秘12"), days.get(j).leader());
      }
    }
    List<Finding> warnings = check(days).findings().stream().filter(f -> f.severity() == Severity.WARNING)
        .toList();
    assertTrue(warnings.stream().anyMatch(f -> f.message().key().equals("rota.uneven_totals")), warnings.toString());
  }

  @Test
  void r7AnApprovedSwapMovesResponsibilityAnUnapprovedOneDoesNot() {
    List<DutyDay> days = planned.subList(10, 14);
    String first = days.get(0).duty().get(0);
    String second = days.get(1).duty().get(0);
    LocalDateTime eve = days.get(0).date().minusDays(1).atTime(16, 0);
    Swaps.Result result = Swaps.apply(days, List.of(
        new Swap(days.get(0).date(), first, "文秘12", "科长0", eve, Location.NOWHERE),
        new Swap(days.get(1).date(), second, "文秘11", null, null, Location.NOWHERE),
        new Swap(days.get(2).date(), days.get(2).duty().get(0), "文秘10", "科长1", eve, Location.NOWHERE)),
        office, RotaPolicy.ANJU);
    assertEquals(List.of("文秘12"), result.days().get(0).served());
    assertEquals(List.of("文秘12"), result.days().get(0).responsible());
    assertEquals(List.of("文秘11"), result.days().get(1).served());
    assertEquals(List.of(second), result.days().get(1).responsible());
    assertEquals(List.of(days.get(2).duty().get(0)), result.days().get(2).responsible(),
        "approved by someone other than the cadre in charge (the head of 综合股, 科长0): as unapproved");
    assertEquals(List.of("rota.swap_unapproved", "rota.swap_wrong_approver"),
        result.findings().stream().map(f -> f.message().key()).toList());
  }

  @Test
  void r7ApprovalAtTheHandoverItselfIsInTimeAMinuteLaterIsNot() {
    DutyDay day = planned.get(12);
    String original = day.duty().get(0);
    LocalDateTime handover = day.date().atTime(9, 0);
    for (int minutes = 0; minutes <= 1; minutes++) {
      Swaps.Result result = Swaps.apply(List.of(day), List.of(
          new Swap(day.date(), original, "文秘12".equals(original) ? "文秘11" : "文秘12", "科长0",
              handover.plusMinutes(minutes), Location.NOWHERE)), office, RotaPolicy.ANJU);
      assertEquals(minutes == 0 ? List.of() : List.of("rota.swap_late_approval"),
          result.findings().stream().map(f -> f.message().key()).toList());
    }
  }

  @Test
  void aTypeThatDisagreesWithTheCalendarIsAWarning() {
    List<DutyDay> days = new ArrayList<>(planned);
    DutyDay d = days.get(11);
    days.set(11, new DutyDay(d.date(), DayType.WEEKEND, d.duty(), d.leader(), null));
    assertTrue(check(days).findings().stream().anyMatch(f -> f.ruleId().equals("X-WORKDAY")
        && f.message().args().equals(List.of("2026-10-12", "@calendar.type.weekend", "@calendar.type.workday"))));
  }

  private RotaChecker.Report check(List<DutyDay> days) {
    return RotaChecker.check(office, Offices.calendar2026(), RotaPolicy.ANJU, days, RowLocator.NONE);
  }

  private static void set(List<DutyDay> days, int j, List<String> duty, String leader) {
    DutyDay d = days.get(j);
    days.set(j, new DutyDay(d.date(), d.type(), duty, leader, d.notifier()));
  }
}
