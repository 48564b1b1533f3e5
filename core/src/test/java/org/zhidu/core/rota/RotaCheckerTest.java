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
          result.findings().stream().map(f -> f.message().key()).filter(k -> k.startsWith("rota.swap_late"))
              .toList());
    }
  }

  @Test
  void r7ApprovalAfterTheHandoverCountsFromItsTimeAndTheFindingSaysWhoIsResponsibleBefore() {
    DutyDay day = planned.get(12);
    String original = day.duty().get(0);
    String replacement = otherClerk(original);
    Swaps.Result result = Swaps.apply(List.of(day), List.of(new Swap(day.date(), original, replacement, "科长0",
        day.date().atTime(10, 30), Location.NOWHERE)), office, RotaPolicy.ANJU);
    assertEquals(List.of(replacement), result.days().get(0).responsible());
    Finding late = result.findings().get(0);
    assertEquals("rota.swap_late_approval", late.message().key());
    assertEquals(List.of(day.date().toString(), day.date() + " 10:30", "09:00", original, replacement),
        late.message().args());
  }

  @Test
  void r7TheCadreInChargeOfDutyApprovesNotTheHeadOfTheDutySection() {
    // The head of 综合股 is 科长0; the office file names 科长1 in charge of duty.
    Office two = RotaPlannerTest.twoLinkedClerks(6, List.of());
    List<DutyDay> days = Offices.plan(two, OCT_1, LocalDate.of(2026, 10, 31)).days().subList(14, 15);
    DutyDay day = days.get(0);
    String other = two.withRole(org.zhidu.core.office.Role.CLERK).stream().map(p -> p.name())
        .filter(n -> !day.duty().contains(n)).findFirst().orElseThrow();
    LocalDateTime eve = day.date().minusDays(1).atTime(16, 0);
    Swaps.Result byHead = Swaps.apply(days, List.of(new Swap(day.date(), day.duty().get(0), other, "科长0", eve,
        Location.NOWHERE)), two, RotaPolicy.ANJU);
    assertEquals(day.duty(), byHead.days().get(0).responsible());
    assertEquals(List.of("科长0", "科长1"), byHead.findings().get(0).message().args().subList(1, 3));
    Swaps.Result byCadre = Swaps.apply(days, List.of(new Swap(day.date(), day.duty().get(0), other, "科长1", eve,
        Location.NOWHERE)), two, RotaPolicy.ANJU);
    assertEquals(List.of(other), byCadre.days().get(0).responsible());
    // An office file that names nobody: said once, and any section-level cadre's approval counts.
    Office unnamed = new Office(two.name(), two.sections(), two.people());
    Swaps.Result any = Swaps.apply(days, List.of(new Swap(day.date(), day.duty().get(0), other, "科长0", eve,
        Location.NOWHERE)), unnamed, RotaPolicy.ANJU);
    assertEquals(List.of(other), any.days().get(0).responsible());
    assertEquals("rota.swap_approver_unnamed", any.findings().get(0).message().key());
  }

  @Test
  void r7ASwapThatTakesAwayTheLeadersLinkedClerkIsAnR4Error() {
    Office two = RotaPlannerTest.twoLinkedClerks(6, List.of());
    List<DutyDay> days = Offices.plan(two, OCT_1, LocalDate.of(2026, 10, 31)).days();
    DutyDay day = days.stream().filter(d -> d.isHoliday() && "领导0".equals(d.leader())).findFirst().orElseThrow();
    String own = day.duty().get(0);
    String otherOwn = own.equals("文秘0") ? "文秘1" : "文秘0";
    LocalDateTime eve = day.date().minusDays(1).atTime(16, 0);
    // Swapped for the leader's other linked clerk: still R4.
    if (!day.duty().contains(otherOwn)) {
      Swaps.Result fine = Swaps.apply(days, List.of(new Swap(day.date(), own, otherOwn, "科长1", eve,
          Location.NOWHERE)), two, RotaPolicy.ANJU);
      assertTrue(fine.findings().stream().noneMatch(f -> f.ruleId().equals("R4")), fine.findings().toString());
    }
    String stranger = List.of("文秘3", "文秘4", "文秘5").stream().filter(n -> !day.duty().contains(n)).findFirst()
        .orElseThrow();
    Swaps.Result broken = Swaps.apply(days, List.of(new Swap(day.date(), own, stranger, "科长1", eve,
        Location.NOWHERE)), two, RotaPolicy.ANJU);
    Finding f = broken.findings().stream().filter(x -> x.ruleId().equals("R4")).findFirst().orElseThrow();
    assertEquals("rota.swap_linked_clerk_gone", f.message().key());
    assertTrue(f.isError());
    assertEquals(List.of(day.date().toString(), "领导0", "文秘0、文秘1", stranger), f.message().args());
  }

  @Test
  void r7ASwapThatMakesBackToBackOrThreeDayRunsIsReported() {
    List<DutyDay> days = planned.subList(14, 20); // ordinary days, one clerk each
    String a = days.get(0).duty().get(0);
    LocalDateTime eve = days.get(0).date().minusDays(1).atTime(16, 0);
    Swaps.Result two = Swaps.apply(days, List.of(new Swap(days.get(1).date(), days.get(1).duty().get(0), a, "科长0",
        eve, Location.NOWHERE)), office, RotaPolicy.ANJU);
    assertEquals(List.of("rota.swap_back_to_back"), two.findings().stream().map(f -> f.message().key()).toList());
    Swaps.Result three = Swaps.apply(days, List.of(
        new Swap(days.get(1).date(), days.get(1).duty().get(0), a, "科长0", eve, Location.NOWHERE),
        new Swap(days.get(2).date(), days.get(2).duty().get(0), a, "科长0", eve, Location.NOWHERE)),
        office, RotaPolicy.ANJU);
    Finding run = three.findings().stream().filter(f -> f.message().key().equals("rota.swap_run")).findFirst()
        .orElseThrow();
    assertEquals(1, three.findings().stream().filter(f -> f.message().key().equals("rota.swap_run")).count());
    assertEquals(List.of(days.get(1).date().toString(), a, "3", days.get(0).date().toString(),
        days.get(2).date().toString()), run.message().args());
    assertEquals("R3", run.ruleId());
  }

  @Test
  void r7ASwapToSomeoneOnLeaveIsAnErrorAndNotCredited() {
    // 文秘3 is away on 14 October.
    DutyDay day = planned.get(13);
    String original = day.duty().get(0);
    Swaps.Result result = Swaps.apply(List.of(day), List.of(new Swap(day.date(), original, "文秘3", "科长0",
        day.date().minusDays(1).atTime(16, 0), Location.NOWHERE)), office, RotaPolicy.ANJU);
    assertEquals(List.of(original), result.days().get(0).served());
    assertEquals(List.of(original), result.days().get(0).responsible());
    Finding f = result.findings().get(0);
    assertTrue(f.isError());
    assertEquals("rota.swap_replacement_away", f.message().key());
    List<PersonLoad> loads = RotaStats.loads(result.days().stream()
        .map(d -> new DutyDay(d.day().date(), d.day().type(), d.served(), d.day().leader(), null)).toList(),
        List.of("文秘3", original));
    assertEquals(0, loads.get(0).total());
    assertEquals(1, loads.get(1).total());
  }

  @Test
  void r1ASwapToSomeoneWhoIsNotAClerkIsAnErrorAndNotApplied() {
    DutyDay day = planned.get(13);
    String original = day.duty().get(0);
    Swaps.Result result = Swaps.apply(List.of(day), List.of(new Swap(day.date(), original, "科长1", "科长0",
        day.date().minusDays(1).atTime(16, 0), Location.NOWHERE)), office, RotaPolicy.ANJU);
    assertEquals(List.of(original), result.days().get(0).served(), "the clerk still served, and is credited");
    assertEquals(List.of("rota.swap_not_clerk"), result.findings().stream().map(f -> f.message().key()).toList());
    assertEquals(RotaRules.R1, result.findings().get(0).rule());
  }

  @Test
  void r7AnUnknownReplacementIsAnErrorAndNotApplied() {
    DutyDay day = planned.get(13);
    String original = day.duty().get(0);
    Swaps.Result result = Swaps.apply(List.of(day), List.of(new Swap(day.date(), original, "不存在", "科长0",
        day.date().minusDays(1).atTime(16, 0), Location.NOWHERE)), office, RotaPolicy.ANJU);
    assertEquals(List.of(original), result.days().get(0).served());
    assertEquals(List.of(original), result.days().get(0).responsible());
    assertEquals(List.of("rota.swap_unknown_replacement"),
        result.findings().stream().map(f -> f.message().key()).toList());
  }

  @Test
  void r7AnApprovalAfterTheDutyEndedLeavesTheWholeDayUnapproved() {
    DutyDay day = planned.get(12);
    String original = day.duty().get(0);
    String replacement = otherClerk(original);
    // the duty runs from 09:00 to 09:00 the next day: approved at 08:59 the next day is late, at 09:00 too late
    Swaps.Result late = Swaps.apply(List.of(day), List.of(new Swap(day.date(), original, replacement, "科长0",
        day.date().plusDays(1).atTime(8, 59), Location.NOWHERE)), office, RotaPolicy.ANJU);
    assertEquals(List.of(replacement), late.days().get(0).responsible());
    assertEquals(List.of("rota.swap_late_approval"), late.findings().stream().map(f -> f.message().key()).toList());
    Swaps.Result over = Swaps.apply(List.of(day), List.of(new Swap(day.date(), original, replacement, "科长0",
        day.date().plusDays(1).atTime(9, 0), Location.NOWHERE)), office, RotaPolicy.ANJU);
    assertEquals(List.of(original), over.days().get(0).responsible());
    assertEquals(List.of("rota.swap_approved_after_duty"),
        over.findings().stream().map(f -> f.message().key()).toList());
  }

  @Test
  void r7TheSameSwapWrittenTwiceIsCountedOnceAndSaidToRepeat() {
    DutyDay day = planned.get(12);
    String original = day.duty().get(0);
    String replacement = otherClerk(original);
    Swap first = new Swap(day.date(), original, replacement, "科长0", day.date().minusDays(1).atTime(16, 0),
        new Location("swaps.csv", 2, 1, null));
    Swap again = new Swap(day.date(), original, replacement, "科长0", day.date().minusDays(1).atTime(16, 0),
        new Location("swaps.csv", 3, 1, null));
    Swaps.Result result = Swaps.apply(List.of(day), List.of(first, again), office, RotaPolicy.ANJU);
    assertEquals(List.of(replacement), result.days().get(0).served());
    assertEquals(List.of("rota.swap_repeated"), result.findings().stream().map(f -> f.message().key()).toList());
    assertEquals(List.of(day.date().toString(), "2"), result.findings().get(0).message().args());
  }

  @Test
  void r7MissingReportingStepsAreReported() {
    DutyDay day = planned.get(12);
    String original = day.duty().get(0);
    String replacement = otherClerk(original);
    Swaps.Result result = Swaps.apply(List.of(day), List.of(new Swap(day.date(), original, replacement, "科长0",
        day.date().minusDays(1).atTime(16, 0), Location.NOWHERE, List.of("告知信息股"))), office, RotaPolicy.ANJU);
    assertEquals(List.of("rota.swap_not_reported"), result.findings().stream().map(f -> f.message().key()).toList());
    assertEquals(List.of(day.date().toString(), "告知信息股"), result.findings().get(0).message().args());
  }

  @Test
  void r4EitherLinkedClerkSatisfiesTheHolidayDay() {
    Office two = RotaPlannerTest.twoLinkedClerks(6, List.of());
    List<DutyDay> days = new ArrayList<>(Offices.plan(two, OCT_1, LocalDate.of(2026, 10, 31)).days());
    int j = 0;
    while (!"领导0".equals(days.get(j).leader())) {
      j++;
    }
    String partner = days.get(j).duty().get(1);
    set(days, j, List.of("文秘1", partner.equals("文秘1") ? "文秘0" : partner), "领导0");
    assertTrue(linkedMissing(two, days).isEmpty());
    set(days, j, List.of("文秘0", partner.equals("文秘0") ? "文秘1" : partner), "领导0");
    assertTrue(linkedMissing(two, days).isEmpty());
    set(days, j, List.of("文秘3", "文秘4"), "领导0");
    List<Finding> missing = linkedMissing(two, days);
    assertEquals(1, missing.size());
    assertEquals(List.of(days.get(j).date().toString(), "文秘0、文秘1", "领导0"), missing.get(0).message().args());
  }

  private static List<Finding> linkedMissing(Office two, List<DutyDay> days) {
    return RotaChecker.check(two, Offices.calendar2026(), RotaPolicy.ANJU, days, RowLocator.NONE).findings()
        .stream().filter(f -> f.message().key().equals("rota.linked_clerk_missing")).toList();
  }

  @Test
  void r4AThirdClerkOnAHolidayDayIsAWarningOneIsAnError() {
    List<DutyDay> days = new ArrayList<>(planned);
    DutyDay d = days.get(2);
    String third = java.util.stream.IntStream.range(0, 13).mapToObj(i -> "文秘" + i).filter(n -> !d.duty().contains(n)
        && !days.get(1).duty().contains(n) && !days.get(3).duty().contains(n)).findFirst().orElseThrow();
    List<String> three = new ArrayList<>(d.duty());
    three.add(third);
    set(days, 2, three, d.leader());
    List<Finding> r4 = check(days).findings().stream().filter(f -> f.ruleId().equals("R4")
        && f.message().args().get(0).equals(d.date().toString())).toList();
    assertEquals(1, r4.size(), r4.toString());
    assertEquals("rota.extra_holiday_clerk", r4.get(0).message().key());
    assertEquals(Severity.WARNING, r4.get(0).severity());
    set(days, 2, List.of(d.duty().get(0)), d.leader());
    assertTrue(check(days).findings().stream().anyMatch(f -> f.isError()
        && f.message().key().equals("rota.wrong_count")));
  }

  @Test
  void r6TheNotifierColumnIsChecked() {
    java.util.Map<LocalDate, String> written = new java.util.HashMap<>();
    for (DutyDay day : planned) {
      written.put(day.date(), day.notifier().name() + (day.notifier().rule().equals(RotaRules.R6) ? "" : "*"));
    }
    assertEquals(List.of(), notifierFindings(written));
    // After the two clerks of 7 October, either of them may notify on the 8th (the clause names neither).
    LocalDate oct8 = LocalDate.of(2026, 10, 8);
    written.put(oct8, planned.get(6).duty().get(1));
    assertEquals(List.of(), notifierFindings(written));
    written.put(oct8, "综合股");
    written.put(LocalDate.of(2026, 10, 2), "文秘5");
    written.put(LocalDate.of(2026, 10, 12), "");
    assertEquals(List.of("rota.wrong_notifier 2026-10-02 @rota.reason.notify_holiday",
        "rota.wrong_notifier 2026-10-08 @rota.reason.notify_gap",
        "rota.notifier_blank 2026-10-12"), notifierFindings(written));
  }

  private List<String> notifierFindings(java.util.Map<LocalDate, String> written) {
    return RotaChecker.check(office, Offices.calendar2026(), RotaPolicy.ANJU, planned, RowLocator.NONE, written)
        .findings().stream().filter(f -> f.ruleId().equals("R6"))
        .map(f -> f.message().key() + " " + f.message().args().get(0)
            + (f.message().key().equals("rota.wrong_notifier") ? " " + f.message().args().get(3) : ""))
        .toList();
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

  /** Another clerk than the one given, to take over a duty. */
  private static String otherClerk(String original) {
    return "文秘12".equals(original) ? "文秘11" : "文秘12";
  }
}
