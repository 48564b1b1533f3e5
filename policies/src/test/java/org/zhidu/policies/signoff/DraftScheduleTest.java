package org.zhidu.policies.signoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.zhidu.core.calendar.HalfDay;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.signoff.DraftSchedule;
import org.zhidu.core.signoff.DraftingPolicy;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.calendar.HolidayData;

/**
 * D5 through the party-office pack: drafts 3 days ahead (5 for important speeches, 15 for reform plans), then the
 * handling clerk's 1 working day, the deputy's half and the director's 1, on the State Council calendar.
 */
class DraftScheduleTest {

  static final DraftingPolicy POLICY = PackLoader.builtIn("party-office").signoff().drafting();
  static final WorkCalendar CALENDAR = WorkCalendar.of(HolidayData.builtIn());

  static DraftSchedule of(String meeting, DraftSchedule.Kind kind) {
    return DraftSchedule.of(POLICY, CALENDAR, LocalDate.parse(meeting), kind);
  }

  @Test
  void d5AnOrdinaryWeekTuesdaysMeeting() {
    // 2026-05-12 is a Tuesday: drafts by Saturday the 9th, then Monday afternoon, Tuesday morning, Wednesday morning
    DraftSchedule s = of("2026-05-12", DraftSchedule.Kind.DRAFT);
    assertEquals(LocalDate.of(2026, 5, 9), s.draftsDue());
    assertEquals(List.of(HalfDay.afternoon(LocalDate.of(2026, 5, 11)), HalfDay.morning(LocalDate.of(2026, 5, 12)),
        HalfDay.morning(LocalDate.of(2026, 5, 13))), s.steps().stream().map(DraftSchedule.Due::due).toList());
    assertFalse(s.fitsBeforeMeeting());
  }

  @Test
  void d5AnImportantSpeechFiveDaysAheadFitsBeforeTheMeeting() {
    DraftSchedule s = of("2026-05-12", DraftSchedule.Kind.IMPORTANT);
    assertEquals(LocalDate.of(2026, 5, 7), s.draftsDue());
    assertEquals(HalfDay.morning(LocalDate.of(2026, 5, 11)), s.steps().get(2).due());
    assertTrue(s.fitsBeforeMeeting());
  }

  @Test
  void d5TheHolidaysAreSkippedAndTheMakeUpSaturdayCounts() {
    // 国庆 2026: 1–7 October off, Saturday the 10th a working day
    DraftSchedule s = of("2026-10-09", DraftSchedule.Kind.DRAFT);
    assertEquals(LocalDate.of(2026, 10, 6), s.draftsDue());
    assertEquals(HalfDay.afternoon(LocalDate.of(2026, 10, 8)), s.steps().get(0).due());
    assertEquals(HalfDay.morning(LocalDate.of(2026, 10, 10)), s.steps().get(2).due());
  }

  @Test
  void d5AReformPlanIsFifteenDaysAheadWithNoReviewChain() {
    DraftSchedule s = of("2026-03-02", DraftSchedule.Kind.REFORM);
    assertEquals(LocalDate.of(2026, 2, 15), s.draftsDue());
    assertEquals(List.of(), s.steps());
  }

  @Property(tries = 500)
  void eachReviewerIsDueAfterTheOneBeforeAndALaterMeetingIsNeverDueEarlier(
      @ForAll @IntRange(min = 0, max = 3000) int day, @ForAll boolean important) {
    LocalDate meeting = LocalDate.of(2018, 1, 10).plusDays(day);
    DraftSchedule.Kind kind = important ? DraftSchedule.Kind.IMPORTANT : DraftSchedule.Kind.DRAFT;
    DraftSchedule s = DraftSchedule.of(POLICY, CALENDAR, meeting, kind);
    DraftSchedule next = DraftSchedule.of(POLICY, CALENDAR, meeting.plusDays(1), kind);
    HalfDay before = HalfDay.afternoon(s.draftsDue());
    for (DraftSchedule.Due d : s.steps()) {
      assertTrue(slot(d.due()) > slot(before), d + " after " + before);
      assertTrue(CALENDAR.isWorkday(d.due().date()), d + " falls on a working day");
      before = d.due();
    }
    assertTrue(slot(next.steps().get(2).due()) >= slot(s.steps().get(2).due()));
  }

  private static long slot(HalfDay h) {
    return h.date().toEpochDay() * 2 + (h.afternoon() ? 1 : 0);
  }
}
