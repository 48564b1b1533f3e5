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

  public ScoringItem {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
    if (!rule.equals(ScoringRules.I2) && !rule.equals(ScoringRules.I3)) {
      throw new InvalidValue("pack.item_rule", name, rule.value());
    }
    Objects.requireNonNull(citation, "citation");
    evidence = List.copyOf(evidence);
  }

  /** The rule's id as written (I2). */
  public String ruleId() {
    return rule.value();
  }
}
