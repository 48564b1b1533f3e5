package org.zhidu.core.obligation;

import java.util.Objects;

/**
 * The rotation of posts (P5, 学习培训制度 三: "对新进办公室人员原则上3个月进行一次岗位轮换。其他办公室工作人员(包括股室长)
 * 原则上1-2年进行一次岗位轮换"), in months. A posting begun while its holder is new to the office is left within
 * {@code newcomerMonths}; any other within {@code othersAtMostMonths}, and not before {@code othersAtLeastMonths}.
 * Each bound is met on its day (X-BOUND).
 *
 * @param newcomerMonths the months of a newcomer's posting (3)
 * @param newcomerForMonths how long one is new to the office, from one's first posting (the clause does not say:
 *     the pack states it)
 * @param othersAtLeastMonths the fewest months of any other posting (12)
 * @param othersAtMostMonths the most months of any other posting (24)
 * @param clause the clause
 */
public record Rotation(int newcomerMonths, int newcomerForMonths, int othersAtLeastMonths, int othersAtMostMonths,
    String clause) {

  /**
   * Checks the months make a rhythm: each at least one, the most no fewer than the fewest.
   *
   * @param newcomerMonths the months of a newcomer's posting (3)
   * @param newcomerForMonths how long one is new to the office, from one's first posting (the clause does not say:
   *     the pack states it)
   * @param othersAtLeastMonths the fewest months of any other posting (12)
   * @param othersAtMostMonths the most months of any other posting (24)
   * @param clause the clause
   * @throws NullPointerException if the clause is {@code null}
   * @throws IllegalArgumentException if the months make no rhythm
   */
  public Rotation {
    Objects.requireNonNull(clause, "clause");
    if (newcomerMonths < 1 || newcomerForMonths < 1 || othersAtLeastMonths < 0
        || othersAtMostMonths < Math.max(1, othersAtLeastMonths)) {
      throw new IllegalArgumentException("rotation months: " + newcomerMonths + ", " + newcomerForMonths + ", "
          + othersAtLeastMonths + "–" + othersAtMostMonths);
    }
  }
}
