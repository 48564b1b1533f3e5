package org.zhidu.policies;

import java.util.List;
import org.zhidu.core.finding.InvalidValue;

/**
 * A single value a document fixes, with the clause it comes from and the rules it serves.
 *
 * @param rules the catalogue ids of the rules that use it
 * @param citation the document and clause
 * @param value the value
 */
public record ValueSetting<T>(List<String> rules, String citation, T value) {

  /**
   * Refuses a value without its citation or the value; keeps an unmodifiable copy of the rules.
   *
   * @param rules the catalogue ids of the rules that use it
   * @param citation the document and clause
   * @param value the value
   * @throws InvalidValue if {@code citation} is blank or {@code value} is {@code null}
   */
  public ValueSetting {
    if (citation == null || citation.isBlank()) {
      throw new InvalidValue("pack.no_citation");
    }
    if (value == null) {
      throw new InvalidValue("pack.no_value");
    }
    rules = Settings.rules(rules);
  }
}
