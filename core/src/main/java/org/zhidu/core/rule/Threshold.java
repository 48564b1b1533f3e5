package org.zhidu.core.rule;

import java.util.Objects;

/**
 * A number a clause sets as a limit, with its bound stated (X-BOUND).
 *
 * @param value the number the clause writes
 * @param bound whether the number itself is within the limit
 */
public record Threshold(int value, Bound bound) {

  /**
   * Refuses a threshold without its bound.
   *
   * @param value the number the clause writes
   * @param bound whether the number itself is within the limit
   * @throws NullPointerException if {@code bound} is {@code null}
   */
  public Threshold {
    Objects.requireNonNull(bound, "bound");
  }

  /**
   * Whether x keeps to a limit from above ("28日前", 以下, 不超过).
   *
   * @param x the amount measured, in the threshold's unit (days, yuan, points)
   * @return {@code true} when {@code x <= value} for an inclusive bound, {@code x < value} for an exclusive one
   */
  public boolean allowsAtMost(long x) {
    return bound == Bound.INCLUSIVE ? x <= value : x < value;
  }

  /**
   * Whether x reaches a limit from below (以上, 满).
   *
   * @param x the amount measured, in the threshold's unit
   * @return {@code true} when {@code x >= value} for an inclusive bound, {@code x > value} for an exclusive one
   */
  public boolean reachesAtLeast(long x) {
    return bound == Bound.INCLUSIVE ? x >= value : x > value;
  }

  /**
   * The largest whole number that keeps to a limit from above.
   *
   * @return {@code value} for an inclusive bound, {@code value - 1} for an exclusive one
   */
  public int lastAllowed() {
    return bound == Bound.INCLUSIVE ? value : value - 1;
  }
}
