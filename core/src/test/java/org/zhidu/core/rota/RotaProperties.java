package org.zhidu.core.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhidu.core.calendar.DayMark;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.calendar.YearSchedule;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.office.Absence;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Role;
import org.zhidu.core.office.Section;

/** Laws of the planner over random small offices, leave and stretches of days around 国庆 2026. */
class RotaProperties {

  private static final LocalDate START = LocalDate.of(2026, 9, 26);

  /** A random office, period and calendar (a holiday block of 0–5 days somewhere in the window). */
  record Case(Office office, LocalDate from, LocalDate to, WorkCalendar calendar) {
    RotaPlan plan() {
      return RotaPlanner.plan(RotaRequest.of(office, calendar, RotaPolicy.ANJU, from, to));
    }
  }

  private static WorkCalendar calendar(int start, int days) {
    List<DayMark> marks = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      marks.add(new DayMark(START.plusDays(start + d), DayType.HOLIDAY, "节"));
    }
    return WorkCalendar.of(List.of(new YearSchedule(2026, "generated", marks)));
  }

  @Provide
  Arbitrary<Case> cases() {
    return cases(9);
  }

  @Provide
  Arbitrary<Case> smallCases() {
    return cases(5);
  }

  private static Arbitrary<Case> cases(int maxDays) {
    Arbitrary<Integer> clerks = Arbitraries.integers().between(2, 5);
    Arbitrary<Integer> leaders = Arbitraries.integers().between(1, 3);
    Arbitrary<Integer> cadres = Arbitraries.integers().between(1, 3);
    Arbitrary<Integer> offset = Arbitraries.integers().between(0, 15);
    Arbitrary<Integer> length = Arbitraries.integers().between(1, maxDays);
    Arbitrary<List<Integer>> leave = Arbitraries.integers().between(-1, 40).list().ofSize(16);
    Arbitrary<WorkCalendar> calendars = Combinators.combine(Arbitraries.integers().between(0, 20),
        Arbitraries.integers().between(0, 5)).as(RotaProperties::calendar);
    return Combinators.combine(clerks, leaders, cadres, offset, length, leave, calendars)
        .as((c, l, k, o, n, away, cal) -> {
      List<Person> people = new ArrayList<>();
      int next = 0;
      for (int i = 0; i < l; i++) {
        people.add(Offices.person("领导" + i, Role.COUNTY_LEADER, null, absence(away.get(next++)), null));
      }
      for (int i = 0; i < k; i++) {
        people.add(Offices.person("科长" + i, Role.SECTION_CADRE, "综合股", absence(away.get(next++)), null));
      }
      for (int i = 0; i < c; i++) {
        people.add(Offices.person("文秘" + i, Role.CLERK, "综合股", absence(away.get(next++)),
            i < l ? "领导" + i : null));
      }
      LocalDate from = START.plusDays(o);
      return new Case(new Office("办", List.of(new Section("综合股", "科长0")), people), from,
          from.plusDays(n - 1), cal);
    });
  }

  /** Leave of one to three days starting {@code code / 2} days after the start, for a code 0…40 half the time. */
  private static List<Absence> absence(int code) {
    if (code < 0 || code % 2 == 1) {
      return List.of();
    }
    LocalDate from = START.plusDays(code / 2);
    return List.of(new Absence(from, from.plusDays(code % 3), "假"));
  }

  @Property(tries = 300)
  void everyHardRuleHoldsOnEveryDayNotReported(@ForAll("cases") Case c) {
    RotaPlan plan = c.plan();
    Set<String> reported = new HashSet<>();
    for (Finding f : plan.findings()) {
      if (f.isError()) {
        reported.add(f.message().args().get(0));
      }
    }
    assertEquals(c.from().datesUntil(c.to().plusDays(1)).count(), plan.days().size());
    for (DutyDay day : plan.days()) {
      if (reported.contains(day.date().toString())) {
        continue;
      }
      int places = day.isHoliday() ? 2 : 1;
      assertEquals(places, day.duty().size(), day.toString());
      assertEquals(places, new HashSet<>(day.duty()).size(), day.toString());
      for (String name : day.duty()) {
        Person p = c.office().person(name).orElseThrow();
        assertEquals(Role.CLERK, p.role(), day.toString());
        assertTrue(Availability.available(p, day.date()), day.toString());
      }
      Person leader = c.office().person(day.leader()).orElseThrow();
      assertEquals(day.isHoliday() ? Role.COUNTY_LEADER : Role.SECTION_CADRE, leader.role(), day.toString());
      assertTrue(Availability.available(leader, day.date()), day.toString());
      if (day.isHoliday()) {
        assertEquals(day.leader().replace("领导", "文秘"), day.duty().get(0), day.toString());
      }
    }
  }

  /**
   * The planner's spread of duty days is the least any rota with the same leaders has: checked against every
   * possible assignment of the open places, enumerated independently of the flow.
   */
  @Property(tries = 200)
  void theSpreadOfDutyDaysIsTheLeastPossible(@ForAll("smallCases") Case c) {
    RotaPlan plan = c.plan();
    Assume.that(plan.meetsHardRules());
    List<Person> clerks = c.office().withRole(Role.CLERK);
    int n = clerks.size();
    int d = plan.days().size();
    int[] fixed = new int[n];
    List<List<Integer>> candidates = new ArrayList<>();
    int[] open = new int[d];
    for (int j = 0; j < d; j++) {
      DutyDay day = plan.days().get(j);
      int own = -1;
      if (day.type() == DayType.HOLIDAY) {
        own = Integer.parseInt(day.leader().substring(2));
        fixed[own]++;
      }
      open[j] = (day.isHoliday() ? 2 : 1) - (own >= 0 ? 1 : 0);
      List<Integer> here = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (i != own && Availability.available(clerks.get(i), day.date())) {
          here.add(i);
        }
      }
      candidates.add(here);
    }
    boolean[] serving = new boolean[n];
    for (int i = 0; i < n; i++) {
      Person clerk = clerks.get(i);
      serving[i] = plan.days().stream().anyMatch(day -> Availability.available(clerk, day.date()));
    }
    int best = leastSpread(0, fixed.clone(), candidates, open, serving);
    assertEquals(best, plan.fairness().totalSpread(), plan.days() + " " + plan.loads());
  }

  private static int leastSpread(int j, int[] totals, List<List<Integer>> candidates, int[] open, boolean[] serving) {
    if (j == open.length) {
      int min = Integer.MAX_VALUE;
      int max = 0;
      for (int i = 0; i < totals.length; i++) {
        if (serving[i]) {
          min = Math.min(min, totals[i]);
          max = Math.max(max, totals[i]);
        }
      }
      return min == Integer.MAX_VALUE ? 0 : max - min;
    }
    List<Integer> here = candidates.get(j);
    int best = Integer.MAX_VALUE;
    if (open[j] == 1) {
      for (int a : here) {
        totals[a]++;
        best = Math.min(best, leastSpread(j + 1, totals, candidates, open, serving));
        totals[a]--;
      }
    } else {
      for (int x = 0; x < here.size(); x++) {
        for (int y = x + 1; y < here.size(); y++) {
          totals[here.get(x)]++;
          totals[here.get(y)]++;
          best = Math.min(best, leastSpread(j + 1, totals, candidates, open, serving));
          totals[here.get(x)]--;
          totals[here.get(y)]--;
        }
      }
    }
    return best;
  }

  @Property(tries = 100)
  void theOrderOfTheHistoryDoesNotMatter(@ForAll("cases") Case c) {
    RotaPlan earlier = RotaPlanner.plan(RotaRequest.of(c.office(), c.calendar(), RotaPolicy.ANJU,
        c.from().minusDays(10), c.from().minusDays(1)));
    List<DutyDay> reversed = new ArrayList<>(earlier.days());
    java.util.Collections.reverse(reversed);
    RotaPlan a = RotaPlanner.plan(new RotaRequest(c.office(), c.calendar(), RotaPolicy.ANJU, c.from(), c.to(),
        earlier.days(), List.of()));
    RotaPlan b = RotaPlanner.plan(new RotaRequest(c.office(), c.calendar(), RotaPolicy.ANJU, c.from(), c.to(),
        reversed, List.of()));
    assertEquals(a, b);
  }

  @Property(tries = 200)
  void keepChangesOnlyTheDaysANewLeaveBreaks(@ForAll("cases") Case c, @ForAll("leaveCode") int code,
      @ForAll("clerkIndex") int who) {
    RotaPlan old = c.plan();
    List<Person> people = new ArrayList<>(c.office().people());
    List<Person> clerks = c.office().withRole(Role.CLERK);
    Person clerk = clerks.get(who % clerks.size());
    List<Absence> leave = new ArrayList<>(clerk.absences());
    LocalDate from = c.from().plusDays(code % 9);
    Absence added = new Absence(from, from.plusDays(code % 2), "新假");
    leave.add(added);
    people.set(people.indexOf(clerk), new Person(clerk.name(), clerk.role(), clerk.postings(), clerk.linkedLeader(),
        leave));
    Office changed = new Office(c.office().name(), c.office().sections(), people);
    RotaPlan replanned = RotaPlanner.plan(new RotaRequest(changed, c.calendar(), RotaPolicy.ANJU, c.from(), c.to(),
        List.of(), old.days()));
    for (LocalDate day : replanned.changed()) {
      DutyDay before = RotaPlannerTest.dayOf(old, day);
      boolean broken = added.covers(day) && (before.duty().contains(clerk.name())
          || before.isHoliday() && clerk.name().equals(
              before.leader() == null ? null : before.leader().replace("领导", "文秘")));
      boolean wasShort = before.duty().size() < (before.isHoliday() ? 2 : 1) || before.leader() == null;
      // a holiday leader whose own clerk was away that day led only for want of another (R2): not a day to keep
      boolean leaderWithoutOwn = before.isHoliday() && before.leader() != null
          && c.office().person(before.leader().replace("领导", "文秘")).map(p -> p.isAbsentOn(day)).orElse(true);
      assertTrue(broken || wasShort || leaderWithoutOwn, day + " changed although the new leave does not touch it");
    }
  }

  /** An office whose first county leader has two linked clerks, both always available; others may be away. */
  @Provide
  Arbitrary<Case> twoLinkedClerkCases() {
    Arbitrary<Integer> clerks = Arbitraries.integers().between(3, 6);
    Arbitrary<Integer> leaders = Arbitraries.integers().between(1, 3);
    Arbitrary<Integer> offset = Arbitraries.integers().between(0, 15);
    Arbitrary<Integer> length = Arbitraries.integers().between(1, 14);
    Arbitrary<List<Integer>> leave = Arbitraries.integers().between(-1, 40).list().ofSize(10);
    Arbitrary<WorkCalendar> calendars = Combinators.combine(Arbitraries.integers().between(0, 20),
        Arbitraries.integers().between(1, 9)).as(RotaProperties::calendar);
    return Combinators.combine(clerks, leaders, offset, length, leave, calendars).as((c, l, o, n, away, cal) -> {
      List<Person> people = new ArrayList<>();
      for (int i = 0; i < l; i++) {
        people.add(Offices.person("领导" + i, Role.COUNTY_LEADER, null, List.of(), null));
      }
      people.add(Offices.person("科长0", Role.SECTION_CADRE, "综合股", List.of(), null));
      people.add(Offices.person("文秘0", Role.CLERK, "综合股", List.of(), "领导0"));
      people.add(Offices.person("文秘1", Role.CLERK, "综合股", List.of(), "领导0"));
      for (int i = 2; i < c; i++) {
        people.add(Offices.person("文秘" + i, Role.CLERK, "综合股", absence(away.get(i)),
            i - 1 < l ? "领导" + (i - 1) : null));
      }
      LocalDate from = START.plusDays(o);
      return new Case(new Office("办", List.of(new Section("综合股", "科长0")), people), from,
          from.plusDays(n - 1), cal);
    });
  }

  /**
   * R4 with two linked clerks: each of the leader's holiday days has one of them, and the planner never gives one of
   * them more holiday days than the other plus one while both are available.
   */
  @Property(tries = 200)
  void r4TwoLinkedClerksShareTheirLeadersHolidayDaysWithinOne(@ForAll("twoLinkedClerkCases") Case c) {
    RotaPlan plan = c.plan();
    int[] holidays = new int[2];
    for (DutyDay day : plan.days()) {
      if (day.isHoliday() && "领导0".equals(day.leader())) {
        assertTrue(day.duty().contains("文秘0") || day.duty().contains("文秘1"), day.toString());
      }
      for (int i = 0; i < 2; i++) {
        if (day.isHoliday() && day.duty().contains("文秘" + i)) {
          holidays[i]++;
        }
      }
    }
    assertTrue(Math.abs(holidays[0] - holidays[1]) <= 1, holidays[0] + " and " + holidays[1] + ": " + plan.days());
  }

  @Provide
  Arbitrary<Integer> leaveCode() {
    return Arbitraries.integers().between(0, 40);
  }

  @Provide
  Arbitrary<Integer> clerkIndex() {
    return Arbitraries.integers().between(0, 4);
  }
}
