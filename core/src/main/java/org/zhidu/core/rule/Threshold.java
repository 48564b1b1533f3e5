package org.zhidu.core.rule;

import java.util.Objects;

/**
 * A number a clause sets as a limit, with its bound stated (X-BOUND).
 *
 * @param value the number the clause writes
 * @param bound whether the number itself is within the limit
 */
public record Threshold(int value, Bound bound) {

  public Threshold {
    Objects.requireNonNull(bound, "bound");
  }

  /** Whether x keeps to a limit from above ("28日前", 以下, 不超过). */
  public boolean allowsAtMost(long x) {
    return bound == Bound.INCLUSIVE ? x <= value : x < value;
  }

  /** Whether x reaches a limit from below (以上, 满). */
  public boolean reachesAtLeast(long x) {
    return bound == Bound.INCLUSIVE ? x >= value : x > value;
  }

  /** The largest whole number that keeps to a limit from above. */
  public int lastAllowed() {
    return bound == Bound.INCLUSIVE ? value : value - 1;
  }
}
