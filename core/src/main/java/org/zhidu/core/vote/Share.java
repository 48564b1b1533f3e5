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

  /**
   * Refuses a share outside 0 to 1 or without its bound.
   *
   * @param numerator the share's numerator
   * @param denominator its denominator
   * @param bound whether exactly the share is inside
   * @throws NullPointerException if {@code bound} is {@code null}
   * @throws IllegalArgumentException if {@code numerator} is negative, {@code denominator} is 0 or less, or the
   *     numerator is above the denominator
   */
  public Share {
    Objects.requireNonNull(bound, "bound");
    if (numerator < 0 || denominator <= 0 || numerator > denominator) {
      throw new IllegalArgumentException("a share is between 0 and 1: " + numerator + "/" + denominator);
    }
  }

  /**
   * Whether {@code count} of {@code whole} reaches the share.
   *
   * @param count the members counted, such as those present or the yes votes
   * @param whole the members the share is of, such as those who should attend
   * @return {@code true} when {@code count / whole} is at or above an inclusive share, or above an exclusive one
   */
  public boolean reachedBy(int count, int whole) {
    long left = (long) count * denominator;
    long right = (long) numerator * whole;
    return bound == Bound.INCLUSIVE ? left >= right : left > right;
  }

  /**
   * The least count of {@code whole} that reaches the share.
   *
   * @param whole the members the share is of
   * @return the count, from 0 to {@code whole}; {@code whole + 1} when even all of them do not reach it
   */
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
