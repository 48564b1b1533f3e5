package org.zhidu.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day a notice marks: a holiday day or a make-up working day, with the holiday it belongs to.
 *
 * @param date the day
 * @param type {@link DayType#HOLIDAY} or {@link DayType#MAKEUP_WORKDAY}
 * @param name the holiday (国庆节); for a make-up day, the holiday it makes up for
 */
public record DayMark(LocalDate date, DayType type, String name) {

  /**
   * Refuses a mark that is not a holiday day or a make-up working day, and a make-up working day that is not a Saturday
   * or Sunday.
   *
   * @param date the day
   * @param type {@link DayType#HOLIDAY} or {@link DayType#MAKEUP_WORKDAY}
   * @param name the holiday (国庆节); for a make-up day, the holiday it makes up for
   * @throws NullPointerException if {@code date}, {@code type} or {@code name} is {@code null}
   * @throws IllegalArgumentException if {@code type} is neither {@link DayType#HOLIDAY} nor {@link
   *     DayType#MAKEUP_WORKDAY}, or a make-up working day falls on a weekday
   */
  public DayMark {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    if (type != DayType.HOLIDAY && type != DayType.MAKEUP_WORKDAY) {
      throw new IllegalArgumentException("a notice marks holiday days and make-up working days only");
    }
    if (type == DayType.MAKEUP_WORKDAY && !isWeekend(date)) {
      throw new IllegalArgumentException("a make-up working day is a Saturday or Sunday: " + date);
    }
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }
}
