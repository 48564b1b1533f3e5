package org.zhidu.core.obligation;

import java.util.List;
import java.util.Objects;
import org.zhidu.core.rule.RuleId;

/**
 * A duty that comes round: done between {@code least} and {@code most} times in each period, inside its window.
 *
 * @param name what is done (党组理论学习), as an activity log names it
 * @param aliases other names a log may use
 * @param rule the rule it encodes
 * @param clause the clause it comes from
 * @param responsible who does it (a post, a section), "" when the clause does not say
 * @param period how often it comes round
 * @param window where in each period
 * @param least the fewest times in each period (1: once; 12 for "每年不少于12次")
 * @param most the most times, or 0 for no upper bound ("至少", "不少于")
 * @param target whether the clause sets a target ("力争") rather than a duty: a shortfall is a warning
 */
public record Obligation(String name, List<String> aliases, RuleId rule, String clause, String responsible,
    Period period, Window window, int least, int most, boolean target) {

  /**
   * Refuses an obligation with a part missing, a window that does not fit its period, or times that are not 1 or more
   * with a most at least the fewest; keeps an unmodifiable copy of the aliases (absent aliases are empty, an absent
   * responsible is "").
   *
   * @param name what is done (党组理论学习), as an activity log names it
   * @param aliases other names a log may use
   * @param rule the rule it encodes
   * @param clause the clause it comes from
   * @param responsible who does it (a post, a section), "" when the clause does not say
   * @param period how often it comes round
   * @param window where in each period
   * @param least the fewest times in each period (1: once; 12 for "每年不少于12次")
   * @param most the most times, or 0 for no upper bound ("至少", "不少于")
   * @param target whether the clause sets a target ("力争") rather than a duty: a shortfall is a warning
   * @throws NullPointerException if {@code name}, {@code rule}, {@code clause}, {@code period} or {@code window} is
   *     {@code null}
   * @throws IllegalArgumentException if the window does not fit the period, {@code least} is below 1, or {@code most}
   *     is neither 0 nor at least {@code least}
   */
  public Obligation {
    Objects.requireNonNull(name, "name");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(clause, "clause");
    responsible = responsible == null ? "" : responsible;
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(window, "window");
    if (!window.fits(period)) {
      throw new IllegalArgumentException(name + ": the window does not fit in a " + period.id());
    }
    if (least < 1 || most != 0 && most < least) {
      throw new IllegalArgumentException(name + ": between " + least + " and " + most + " times");
    }
  }

  /**
   * Whether an activity log's 事项 names this obligation (its name or an alias, as written).
   *
   * @param item the 事项 cell
   * @return {@code true} when it is {@code name} or one of {@code aliases}
   */
  public boolean named(String item) {
    return name.equals(item) || aliases.contains(item);
  }
}
