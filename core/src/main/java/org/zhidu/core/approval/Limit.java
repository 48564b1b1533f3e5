package org.zhidu.core.approval;

import java.math.BigDecimal;
import java.util.Objects;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.rule.Bound;

/**
 * One end of a row's quantity range, with its bound stated (X-BOUND): a {@link org.zhidu.core.rule.Threshold} for
 * quantities that come in halves (half a day).
 *
 * @param value the number the clause writes (0.5, 1)
 * @param bound whether the number itself is inside the range
 */
public record Limit(BigDecimal value, Bound bound) {

  /**
   * Refuses a limit without its value or bound, or below zero; drops the value's trailing zeros.
   *
   * @param value the number the clause writes (0.5, 1)
   * @param bound whether the number itself is inside the range
   * @throws NullPointerException if {@code value} or {@code bound} is {@code null}
   * @throws org.zhidu.core.finding.InvalidValue if {@code value} is negative
   */
  public Limit {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(bound, "bound");
    if (value.signum() < 0) {
      throw new InvalidValue("pack.negative_limit", value.toPlainString());
    }
    value = value.stripTrailingZeros();
  }

  /**
   * Whether x reaches this limit from below (以上: x ≥ value; 超过: x > value).
   *
   * @param x the quantity, in the range's unit (days, yuan)
   * @return {@code true} when {@code x} is at or above an inclusive limit, or above an exclusive one
   */
  public boolean reachedBy(BigDecimal x) {
    int c = x.compareTo(value);
    return bound == Bound.INCLUSIVE ? c >= 0 : c > 0;
  }

  /**
   * Whether x keeps to this limit from above (以下: x ≤ value; 不满: x &lt; value).
   *
   * @param x the quantity, in the range's unit (days, yuan)
   * @return {@code true} when {@code x} is at or below an inclusive limit, or below an exclusive one
   */
  public boolean keptBy(BigDecimal x) {
    int c = x.compareTo(value);
    return bound == Bound.INCLUSIVE ? c <= 0 : c < 0;
  }

  /**
   * One end of a range as reports write it: {@code side("≥ ", "> ")} gives "≥ 1" or "> 1".
   *
   * @param inclusive the sign for an inclusive bound, such as {@code "≥ "}
   * @param exclusive the sign for an exclusive bound, such as {@code "> "}
   * @return the sign followed by the value in plain notation
   */
  public String side(String inclusive, String exclusive) {
    return (bound == Bound.INCLUSIVE ? inclusive : exclusive) + value.toPlainString();
  }

  @Override
  public String toString() {
    return value.toPlainString() + " " + bound.id();
  }
}
