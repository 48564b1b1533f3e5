package org.zhidu.policies;

import java.util.List;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.rule.Bound;

/**
 * A number a document sets as a limit, with its clause, the rules it serves and its bound stated (X-BOUND):
 * {@code { rules: [I5], citation: "…28日前…", value: 28, bound: inclusive }}.
 *
 * @param rules the catalogue ids of the rules that use it
 * @param citation the document and clause
 * @param value the number
 * @param bound whether the number itself is within the limit: inclusive or exclusive, never left to a default
 */
public record ThresholdSetting(List<String> rules, String citation, Integer value, String bound) {

  public ThresholdSetting {
    if (citation == null || citation.isBlank()) {
      throw new InvalidValue("pack.no_citation");
    }
    if (value == null) {
      throw new InvalidValue("pack.no_value");
    }
    if (bound == null) {
      throw new InvalidValue("pack.no_bound");
    }
    if (parse(bound) == null) {
      throw new InvalidValue("pack.bad_bound", bound);
    }
    rules = Settings.rules(rules);
  }

  /** The bound as the core takes it. */
  public Bound toBound() {
    return parse(bound);
  }

  private static Bound parse(String text) {
    for (Bound b : Bound.values()) {
      if (b.id().equals(text)) {
        return b;
      }
    }
    return null;
  }
}
