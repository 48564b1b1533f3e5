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

  /**
   * Refuses a threshold without its citation, value or bound; keeps an unmodifiable copy of the rules.
   *
   * @param rules the catalogue ids of the rules that use it
   * @param citation the document and clause
   * @param value the number
   * @param bound whether the number itself is within the limit: inclusive or exclusive, never left to a default
   * @throws InvalidValue if {@code citation} is blank, {@code value} is {@code null} or {@code bound} is neither word
   */
  public ThresholdSetting {
    if (citation == null || citation.isBlank()) {
      throw new InvalidValue("pack.no_citation");
    }
    if (value == null) {
      throw new InvalidValue("pack.no_value");
    }
    parseBound(bound);
    rules = Settings.rules(rules);
  }

  /**
   * The bound as the core takes it.
   *
   * @return {@link Bound#INCLUSIVE} or {@link Bound#EXCLUSIVE}
   */
  public Bound toBound() {
    return parseBound(bound);
  }

  /**
   * A bound as a pack writes it, {@code inclusive} or {@code exclusive}: never left to a default (X-BOUND).
   *
   * @param text the pack's word
   * @return the bound
   * @throws InvalidValue when it is missing or neither word
   */
  public static Bound parseBound(String text) {
    if (text == null) {
      throw new InvalidValue("pack.no_bound");
    }
    for (Bound b : Bound.values()) {
      if (b.id().equals(text)) {
        return b;
      }
    }
    throw new InvalidValue("pack.bad_bound", text);
  }
}
