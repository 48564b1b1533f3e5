package org.zhidu.core.vote;

import java.util.Objects;
import org.zhidu.core.rule.Bound;

/**
 * A share of a whole with its bound (X-BOUND): "半数以上" is 1/2 inclusive, "三分之二以上" 2/3 inclusive, "超过…半数"
 * 1/2 exclusive. Counted in whole numbers, never in floating point: 5 of 10 reaches 1/2 inclusive, 6 of 9 reaches 2/3.
 *
 * @param numerator the share's numerator
 * @param denominator its denominator
 * @param bound whether exactly the share is inside
 */
public record Share(int numerator, int denominator, Bound bound) {

  public Share {
    Objects.requireNonNull(bound, "bound");
    if (numerator < 0 || denominator <= 0 || numerator > denominator) {
      throw new IllegalArgumentException("a share is between 0 and 1: " + numerator + "/" + denominator);
    }
  }

  /** Whether {@code count} of {@code whole} reaches the share. */
  public boolean reachedBy(int count, int whole) {
    long left = (long) count * denominator;
    long right = (long) numerator * whole;
    return bound == Bound.INCLUSIVE ? left >= right : left > right;
  }

  /** The least count of {@code whole} that reaches the share. */
  public int least(int whole) {
    int n = 0;
    while (n <= whole && !reachedBy(n, whole)) {
      n++;
    }
    return n;
  }

  /** As a pack writes it: "1/2 inclusive". */
  @Override
  public String toString() {
    return numerator + "/" + denominator + " " + bound.id();
  }
}
