package org.zhidu.core.signoff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.calendar.HalfDay;
import org.zhidu.core.calendar.WorkCalendar;

/**
 * The deadlines of a meeting's drafts (D5): the draft arrives so many calendar days before the meeting, then each
 * reviewer has their half working days from the end of the half day the one before was due, on the work calendar
 * (X-WORKDAY). A draft that arrives on its last day arrives by its afternoon.
 *
 * @param meeting the meeting's day
 * @param kind what is drafted
 * @param draftsDue the last day the draft may arrive
 * @param steps each reviewer's due half day, in order; none for a reform plan
 * @param fitsBeforeMeeting whether the last reviewer is due before the meeting's day
 */
public record DraftSchedule(LocalDate meeting, Kind kind, LocalDate draftsDue, List<Due> steps,
    boolean fitsBeforeMeeting) {

  /**
   * Keeps an unmodifiable copy of the steps.
   *
   * @param meeting the meeting's day
   * @param kind what is drafted
   * @param draftsDue the last day the draft may arrive
   * @param steps each reviewer's due half day, in order; none for a reform plan
   * @param fitsBeforeMeeting whether the last reviewer is due before the meeting's day
   * @throws NullPointerException if {@code steps} is {@code null}
   */
  public DraftSchedule {
    steps = List.copyOf(steps);
  }

  /** What is drafted: a speech (3 days), an important meeting's speech (5), a reform plan (15, no review chain). */
  public enum Kind {
    /** A department's draft of a leader's speech, due the pack's {@code draftDays} before the meeting (3). */
    DRAFT,
    /** An important meeting's speech, due the pack's {@code speechDays} before the meeting (5). */
    IMPORTANT,
    /** A reform plan, due at the reform office the pack's {@code reformDays} before the meeting (15), without review. */
    REFORM
  }

  /**
   * A reviewer's deadline.
   *
   * @param step the reviewer and their time
   * @param due the half day by whose end they are done
   */
  public record Due(DraftingPolicy.Step step, HalfDay due) {}

  /**
   * The schedule for a meeting.
   *
   * @param policy the pack's deadlines
   * @param calendar the working calendar, for the reviewers' half working days
   * @param meeting the meeting's day
   * @param kind what is drafted
   * @return the day the draft is due and each reviewer's due half day
   * @throws IllegalArgumentException for a reform plan when the pack sets no days for it
   * @throws org.zhidu.core.calendar.YearNotAnnouncedException when a reviewer's days reach a year the calendar does
   *     not know
   */
  public static DraftSchedule of(DraftingPolicy policy, WorkCalendar calendar, LocalDate meeting, Kind kind) {
    if (kind == Kind.REFORM) {
      if (policy.reformDays() == null) {
        throw new IllegalArgumentException("the pack sets no days for reform plans");
      }
      return new DraftSchedule(meeting, kind, meeting.minusDays(DraftingPolicy.lastDayAhead(policy.reformDays())),
          List.of(), true);
    }
    LocalDate draftsDue = meeting.minusDays(DraftingPolicy.lastDayAhead(
        kind == Kind.IMPORTANT ? policy.speechDays() : policy.draftDays()));
    HalfDay at = HalfDay.afternoon(draftsDue);
    List<Due> steps = new ArrayList<>();
    for (DraftingPolicy.Step s : policy.steps()) {
      at = calendar.addHalfWorkdays(at, s.halves());
      steps.add(new Due(s, at));
    }
    return new DraftSchedule(meeting, kind, draftsDue, steps, at.date().isBefore(meeting));
  }
}
