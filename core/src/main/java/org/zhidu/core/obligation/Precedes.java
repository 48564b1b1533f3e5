package org.zhidu.core.obligation;

import java.util.Objects;

/**
 * One obligation done before another (P2: 全体委员视察 "一般每年下半年安排一次，在全会召开之前"): the earlier one's day is
 * before the day of the later one when that falls in the same window, the same day not before it.
 *
 * @param first the obligation that comes first, as the pack's items name it
 * @param then the obligation it comes before
 * @param clause the clause
 */
public record Precedes(String first, String then, String clause) {

  /**
   * Checks both names and the clause are given.
   *
   * @param first the obligation that comes first, as the pack's items name it
   * @param then the obligation it comes before
   * @param clause the clause
   * @throws NullPointerException if a name or the clause is {@code null}
   */
  public Precedes {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(then, "then");
    Objects.requireNonNull(clause, "clause");
  }
}
