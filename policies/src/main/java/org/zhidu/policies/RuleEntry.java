package org.zhidu.policies;

import java.util.List;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.rule.RuleId;

/**
 * One catalogue rule as a pack describes it: what `zhidu policies explain` shows.
 *
 * @param id the catalogue id (N1, I2, …)
 * @param title a short title in Chinese
 * @param titleEn the same in English
 * @param citation the document and clause
 * @param clause the clause's own words
 * @param checks what zhidu checks, in Chinese
 * @param checksEn the same in English
 * @param good names or values that follow the rule
 * @param bad names or values that break it
 */
public record RuleEntry(
    String id,
    String title,
    String titleEn,
    String citation,
    String clause,
    String checks,
    String checksEn,
    List<String> good,
    List<String> bad) {

  /**
   * Refuses a rule whose id is no catalogue id or whose texts are blank; keeps unmodifiable copies of the examples
   * (absent ones are empty).
   *
   * @param id the catalogue id (N1, I2, …)
   * @param title a short title in Chinese
   * @param titleEn the same in English
   * @param citation the document and clause
   * @param clause the clause's own words
   * @param checks what zhidu checks, in Chinese
   * @param checksEn the same in English
   * @param good names or values that follow the rule
   * @param bad names or values that break it
   * @throws InvalidValue if {@code id} is no rule id, or a title, citation, clause or check is blank
   */
  public RuleEntry {
    if (!RuleId.isRuleId(id)) {
      throw new InvalidValue("pack.bad_rule_id", String.valueOf(id));
    }
    for (String[] field :
        new String[][] {
          {"title", title}, {"titleEn", titleEn}, {"citation", citation}, {"clause", clause}, {"checks", checks},
          {"checksEn", checksEn}
        }) {
      if (field[1] == null || field[1].isBlank()) {
        throw new InvalidValue("pack.rule_needs", id, field[0]);
      }
    }
    good = good == null ? List.of() : List.copyOf(good);
    bad = bad == null ? List.of() : List.copyOf(bad);
  }

  /**
   * The id, typed.
   *
   * @return the rule id
   */
  public RuleId rule() {
    return RuleId.of(id);
  }
}
