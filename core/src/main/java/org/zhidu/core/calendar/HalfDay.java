package org.zhidu.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A half working day: the morning or the afternoon of a date (D5 counts review times in half working days).
 *
 * @param date the day
 * @param afternoon whether it is the afternoon
 */
public record HalfDay(LocalDate date, boolean afternoon) {

  public HalfDay {
    Objects.requireNonNull(date, "date");
  }

  public static HalfDay morning(LocalDate date) {
    return new HalfDay(date, false);
  }

  public static HalfDay afternoon(LocalDate date) {
    return new HalfDay(date, true);
  }
}
