package org.zhidu.core.office;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of days a person is not available (leave, 上派学习, a business trip), both ends included (R8).
 *
 * @param from the first day away
 * @param to the last day away
 * @param reason why, as the office writes it
 */
public record Absence(LocalDate from, LocalDate to, String reason) {

  /**
   * Refuses an absence without both ends and a reason, or one that ends before it starts.
   *
   * @param from the first day away
   * @param to the last day away
   * @param reason why, as the office writes it
   * @throws NullPointerException if {@code from}, {@code to} or {@code reason} is {@code null}
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public Absence {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("an absence ends on or after its first day: " + from + " to " + to);
    }
  }

  /**
   * Whether the person is away on the day.
   *
   * @param day any date
   * @return {@code true} when {@code day} is from {@code from} to {@code to}, both included
   */
  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
