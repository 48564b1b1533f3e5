package org.zhidu.policies;

import java.util.List;
import org.zhidu.core.finding.InvalidValue;

/**
 * A list a document fixes, with the clause it comes from and the rules it serves.
 *
 * @param rules the catalogue ids of the rules that use it
 * @param citation the document and clause
 * @param open whether the clause ends its list with 等, so that values outside it are allowed (with a warning)
 * @param values the values
 */
public record ListSetting<T>(List<String> rules, String citation, Boolean open, List<T> values) {

  /**
   * Refuses a list without its citation or values; keeps unmodifiable copies of the lists.
   *
   * @param rules the catalogue ids of the rules that use it
   * @param citation the document and clause
   * @param open whether the clause ends its list with 等, so that values outside it are allowed (with a warning)
   * @param values the values
   * @throws InvalidValue if {@code citation} is blank or {@code values} is empty
   */
  public ListSetting {
    if (citation == null || citation.isBlank()) {
      throw new InvalidValue("pack.no_citation");
    }
    if (values == null || values.isEmpty()) {
      throw new InvalidValue("pack.no_values");
    }
    rules = Settings.rules(rules);
    values = List.copyOf(values);
  }

  /**
   * Whether values outside the list are allowed (the clause ends it with 等).
   *
   * @return {@code true} only when {@code open} is {@code true}
   */
  public boolean isOpen() {
    return Boolean.TRUE.equals(open);
  }
}
