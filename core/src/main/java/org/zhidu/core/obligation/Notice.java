package org.zhidu.core.obligation;

import java.util.Objects;

/**
 * A meeting that is notified ahead (M5: 全委会议 "一般应提前10天发通知"): the day of notice at least {@code days} before
 * the meeting's day, that day itself in time (X-BOUND: 提前10天 is met by a notice exactly 10 days ahead).
 *
 * @param obligation the obligation's name, as the pack's items name it
 * @param days the fewest days between the notice and the meeting
 * @param clause the clause
 */
public record Notice(String obligation, int days, String clause) {

  /**
   * Checks the days are at least one.
   *
   * @param obligation the obligation's name, as the pack's items name it
   * @param days the fewest days between the notice and the meeting
   * @param clause the clause
   * @throws NullPointerException if the obligation or the clause is {@code null}
   * @throws IllegalArgumentException if {@code days} is below 1
   */
  public Notice {
    Objects.requireNonNull(obligation, "obligation");
    Objects.requireNonNull(clause, "clause");
    if (days < 1) {
      throw new IllegalArgumentException(obligation + ": notice of " + days + " days");
    }
  }
}
