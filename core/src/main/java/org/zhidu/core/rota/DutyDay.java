package org.zhidu.core.rota;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.zhidu.core.calendar.DayType;

/**
 * One day of a rota: the duty day runs from the handover time on this date to the same time the next day (R5).
 *
 * @param date the day
 * @param type what the working calendar says the day is
 * @param duty the clerks on duty, the leader's linked clerk first on a holiday (R4); empty when nobody could be
 *     scheduled
 * @param leader who leads (带班, R2), or {@code null} when nobody could
 * @param notifier who notifies the duty person (R6), or {@code null} when not known (a rota read from a file)
 */
public record DutyDay(LocalDate date, DayType type, List<String> duty, String leader, Notifier notifier) {

  /**
   * Refuses a day without its date or type; keeps an unmodifiable copy of the duty list.
   *
   * @param date the day
   * @param type what the working calendar says the day is
   * @param duty the clerks on duty, the leader's linked clerk first on a holiday (R4); empty when nobody could be
   *     scheduled
   * @param leader who leads (带班, R2), or {@code null} when nobody could
   * @param notifier who notifies the duty person (R6), or {@code null} when not known (a rota read from a file)
   * @throws NullPointerException if {@code date}, {@code type} or {@code duty} is {@code null}
   */
  public DutyDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
    duty = List.copyOf(duty);
  }

  /**
   * Whether the day is a statutory holiday day, when two clerks and a county-level leader are on duty (R2, R4).
   *
   * @return {@code true} when {@code type} is {@link DayType#HOLIDAY}
   */
  public boolean isHoliday() {
    return type == DayType.HOLIDAY;
  }

  /**
   * The same day with its notifier (R6) set.
   *
   * @param n who notifies the duty person, or {@code null} when not known
   * @return a new day; this one is unchanged
   */
  public DutyDay withNotifier(Notifier n) {
    return new DutyDay(date, type, duty, leader, n);
  }
}
