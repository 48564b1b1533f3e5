package org.zhidu.core.calendar;

import java.util.List;
import java.util.Objects;

/**
 * One year's holiday arrangement as the State Council's notice fixes it.
 *
 * @param year the year the notice is for
 * @param source where it comes from: the notice's 文号, or the data set it was read from
 * @param marks every holiday day and make-up working day of the year
 */
public record YearSchedule(int year, String source, List<DayMark> marks) {

  /**
   * Refuses a schedule with a mark outside its year; keeps an unmodifiable copy of the marks.
   *
   * @param year the year the notice is for
   * @param source where it comes from: the notice's 文号, or the data set it was read from
   * @param marks every holiday day and make-up working day of the year
   * @throws NullPointerException if {@code source} or {@code marks} is {@code null}
   * @throws IllegalArgumentException if a mark's date is not in {@code year}
   */
  public YearSchedule {
    Objects.requireNonNull(source, "source");
    marks = List.copyOf(marks);
    for (DayMark m : marks) {
      if (m.date().getYear() != year) {
        throw new IllegalArgumentException(m.date() + " is not in " + year);
      }
    }
  }
}
