package org.zhidu.policies;

import java.util.List;
import org.zhidu.core.finding.InvalidValue;

/**
 * A place where the document is silent and the pack says how zhidu reads it (X-GAP), so that the reading is declared,
 * not hidden: {@code policies explain X-GAP} lists every one.
 *
 * @param rules the rules whose clause leaves the gap
 * @param citation the clause
 * @param gap what the clause does not say, in Chinese
 * @param gapEn the same in English
 * @param reading what zhidu does there, in Chinese
 * @param readingEn the same in English
 */
public record GapEntry(
    List<String> rules, String citation, String gap, String gapEn, String reading, String readingEn) {

  /**
   * Refuses a gap without a rule, or with a blank citation, gap or reading in either language; keeps an unmodifiable
   * copy of the rules.
   *
   * @param rules the rules whose clause leaves the gap
   * @param citation the clause
   * @param gap what the clause does not say, in Chinese
   * @param gapEn the same in English
   * @param reading what zhidu does there, in Chinese
   * @param readingEn the same in English
   * @throws InvalidValue if {@code rules} is empty or a text is blank
   */
  public GapEntry {
    if (rules == null || rules.isEmpty()) {
      throw new InvalidValue("pack.gap_without_rule");
    }
    for (String[] field :
        new String[][] {{"citation", citation}, {"gap", gap}, {"gapEn", gapEn}, {"reading", reading},
          {"readingEn", readingEn}}) {
      if (field[1] == null || field[1].isBlank()) {
        throw new InvalidValue("pack.gap_needs", field[0]);
      }
    }
    rules = List.copyOf(rules);
  }
}
