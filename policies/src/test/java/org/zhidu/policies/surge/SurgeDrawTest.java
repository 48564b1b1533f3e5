package org.zhidu.policies.surge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Posting;
import org.zhidu.core.office.Role;
import org.zhidu.core.office.Section;
import org.zhidu.core.surge.SurgeDraw;
import org.zhidu.core.surge.SurgePolicy;
import org.zhidu.core.surge.SurgeProblem;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.calendar.HolidayData;

/**
 * U1 through the anju-gov-office pack: busy clerks left alone, one person kept at the post of 综合股, 信息股 and 应急股
 * in working hours, those on duty and in residence first after hours.
 */
class SurgeDrawTest {

  static final SurgePolicy POLICY = PackLoader.builtIn("anju-gov-office").surge();
  static final WorkCalendar CALENDAR = WorkCalendar.of(HolidayData.builtIn());
  /** A Tuesday in term. */
  static final LocalDateTime WORKING = LocalDateTime.of(2026, 9, 15, 10, 0);

  static Person clerk(String name, String section) {
    return new Person(name, Role.CLERK, List.of(new Posting(section, LocalDate.of(2020, 1, 1))), null, List.of());
  }

  static Office office(int perSection) {
    List<Person> people = new ArrayList<>();
    for (String section : List.of("综合股", "信息股", "应急股", "秘书股")) {
      for (int i = 0; i < perSection; i++) {
        people.add(clerk(section + i, section));
      }
    }
    return new Office("办", List.of(new Section("综合股", null), new Section("信息股", null), new Section("应急股", null),
        new Section("秘书股", null)), people);
  }

  static List<String> drawn(SurgeDraw d) {
    return d.drawn().stream().map(SurgeDraw.Choice::person).toList();
  }

  @Test
  void u1InWorkingHoursEachKeptSectionKeepsOnePerson() {
    SurgeDraw d = SurgeDraw.of(office(2), CALENDAR, POLICY, WORKING, 0, Set.of(), Set.of(), Set.of());
    assertTrue(d.workingTime());
    assertEquals(List.of("综合股0", "信息股0", "应急股0", "秘书股0", "秘书股1"), drawn(d));
    assertEquals(List.of(), d.findings());
  }

  @Test
  void u1ABusyClerkIsNeverDrawnAndASectionLeftWithNobodyIsSaid() {
    SurgeDraw d = SurgeDraw.of(office(1), CALENDAR, POLICY, WORKING, 0, Set.of("信息股0"), Set.of(), Set.of());
    assertEquals(List.of("秘书股0"), drawn(d));
    assertEquals(SurgeProblem.SECTION_UNCOVERED.messageKey(), d.findings().get(0).message().key());
    assertEquals(SurgeDraw.Reason.BUSY, d.left().stream().filter(c -> c.person().equals("信息股0")).findFirst()
        .orElseThrow().reason());
  }

  @Test
  void u1AfterHoursTheOnDutyAndTheResidentComeFirstAndNoPostIsKept() {
    LocalDateTime evening = WORKING.withHour(20);
    SurgeDraw d = SurgeDraw.of(office(1), CALENDAR, POLICY, evening, 2, Set.of(), Set.of("秘书股0"), Set.of("应急股0"));
    assertEquals(List.of("秘书股0", "应急股0"), drawn(d));
    assertEquals(SurgeDraw.Reason.ON_DUTY, d.drawn().get(0).reason());
    assertEquals(SurgeDraw.Reason.RESIDENT, d.drawn().get(1).reason());
  }

  @Test
  void u1TheEndOfWorkingHoursAndAHolidayAreAfterHours() {
    assertTrue(!SurgeDraw.of(office(1), CALENDAR, POLICY, WORKING.withHour(17).withMinute(30), 0, Set.of(), Set.of(),
        Set.of()).workingTime(), "17:30 itself is after hours");
    assertTrue(SurgeDraw.of(office(1), CALENDAR, POLICY, WORKING.withHour(9).withMinute(0), 0, Set.of(), Set.of(),
        Set.of()).workingTime(), "09:00 itself is working time");
    assertTrue(!SurgeDraw.of(office(1), CALENDAR, POLICY, LocalDateTime.of(2026, 10, 2, 10, 0), 0, Set.of(), Set.of(),
        Set.of()).workingTime(), "国庆 is no working day");
  }

  @Test
  void u1TooFewForTheCountIsSaid() {
    SurgeDraw d = SurgeDraw.of(office(1), CALENDAR, POLICY, WORKING, 3, Set.of(), Set.of(), Set.of());
    assertEquals(List.of("秘书股0"), drawn(d));
    assertEquals(SurgeProblem.SHORT.messageKey(), d.findings().get(0).message().key());
  }

  @Property(tries = 500)
  void theDrawNeverTakesTheLastPersonOfAKeptSectionAndIsTheSameEveryTime(
      @ForAll @IntRange(min = 1, max = 4) int perSection, @ForAll @IntRange(min = 0, max = 20) int count,
      @ForAll @IntRange(min = 0, max = 15) int busyMask) {
    Office office = office(perSection);
    Set<String> busy = new HashSet<>();
    for (int s = 0; s < 4; s++) {
      if ((busyMask >> s & 1) == 1) {
        busy.add(List.of("综合股", "信息股", "应急股", "秘书股").get(s) + "0");
      }
    }
    SurgeDraw d = SurgeDraw.of(office, CALENDAR, POLICY, WORKING, count, busy, Set.of(), Set.of());
    for (String kept : POLICY.keep()) {
      long available = office.people().stream().filter(p -> p.name().startsWith(kept) && !busy.contains(p.name()))
          .count();
      long taken = d.drawn().stream().filter(c -> c.section().equals(kept)).count();
      assertTrue(available == 0 || taken < available, kept + ": " + taken + " of " + available);
    }
    assertTrue(d.drawn().stream().noneMatch(c -> busy.contains(c.person())));
    assertEquals(d, SurgeDraw.of(office, CALENDAR, POLICY, WORKING, count, busy, Set.of(), Set.of()));
  }
}
