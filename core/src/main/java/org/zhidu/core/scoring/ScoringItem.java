package org.zhidu.core.scoring;

import org.zhidu.core.finding.InvalidValue;
import java.util.List;
import java.util.Objects;
import org.zhidu.core.rule.RuleId;

/**
 * One item of the inspection rules (I2 deductions, I3 additions).
 *
 * @param name the item as the register writes it (迟到)
 * @param points points per occurrence: negative for a deduction
 * @param evidence the sections the clause names to provide the evidence; empty when it names none
 * @param rule I2 or I3
 * @param citation the clause
 */
public record ScoringItem(String name, int points, List<String> evidence, RuleId rule, String citation) {

  /**
   * The most points one occurrence of an item may cost or add, either way: the year's whole starting score of I1
   * (100). The packs' items are 1 to 5; a larger number is a slip of the hand (-2000000000), not a rule.
   */
  public static final int MOST_POINTS = 100;

  /**
   * Refuses an item without a name, rule or citation, with points beyond {@link #MOST_POINTS} either way, or under a
   * rule other than I2 or I3.
   *
   * @param name the item as the register writes it (迟到)
   * @param points points per occurrence: negative for a deduction
   * @param evidence the sections the clause names to provide the evidence; empty when it names none
   * @param rule I2 or I3
   * @param citation the clause
   * @throws NullPointerException if {@code name}, {@code rule}, {@code citation} or {@code evidence} is {@code null}
   * @throws org.zhidu.core.finding.InvalidValue if {@code points} is outside -100 to 100 or {@code rule} is neither I2
   *     nor I3
   */
  public ScoringItem {
    Objects.requireNonNull(name, "name");
    if (points < -MOST_POINTS || points > MOST_POINTS) {
      throw new InvalidValue("pack.item_points_range", name, Integer.toString(points), Integer.toString(MOST_POINTS));
    }
    Objects.requireNonNull(rule, "rule");
    if (!rule.equals(ScoringRules.I2) && !rule.equals(ScoringRules.I3)) {
      throw new InvalidValue("pack.item_rule", name, rule.value());
    }
    Objects.requireNonNull(citation, "citation");
    evidence = List.copyOf(evidence);
  }

  /**
   * The rule's id as written (I2).
   *
   * @return {@code I2} or {@code I3}
   */
  public String ruleId() {
    return rule.value();
  }
}
