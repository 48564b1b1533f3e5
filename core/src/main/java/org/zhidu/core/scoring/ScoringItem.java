package org.zhidu.core.scoring;

import java.util.List;
import java.util.Objects;

/**
 * One item of the inspection rules (I2 deductions, I3 additions).
 *
 * @param name the item as the register writes it (迟到)
 * @param points points per occurrence: negative for a deduction
 * @param evidence the sections the clause names to provide the evidence; empty when it names none
 * @param ruleId I2 or I3
 * @param citation the clause
 */
public record ScoringItem(String name, int points, List<String> evidence, String ruleId, String citation) {

  public ScoringItem {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(citation, "citation");
    evidence = List.copyOf(evidence);
  }
}
