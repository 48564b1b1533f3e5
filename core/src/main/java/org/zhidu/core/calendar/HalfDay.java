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

  /**
   * Refuses a half-day without a date.
   *
   * @param date the day
   * @param afternoon whether it is the afternoon
   * @throws NullPointerException if {@code date} is {@code null}
   */
  public HalfDay {
    Objects.requireNonNull(date, "date");
  }

  /**
   * The morning of a date (上午).
   *
   * @param date the day
   * @return the half-day
   */
  public static HalfDay morning(LocalDate date) {
    return new HalfDay(date, false);
  }

  /**
   * The afternoon of a date (下午).
   *
   * @param date the day
   * @return the half-day
   */
  public static HalfDay afternoon(LocalDate date) {
    return new HalfDay(date, true);
  }
}
