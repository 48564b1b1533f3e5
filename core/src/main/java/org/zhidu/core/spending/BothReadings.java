package org.zhidu.core.spending;

import java.math.BigDecimal;
import java.util.Objects;
import org.zhidu.core.rule.RuleId;

/**
 * An amount the clause's own words give to two rows ("3万元以下…3万元以上": 以下 and 以上 both include the number), with
 * the reading the pack takes.
 *
 * @param amount the amount itself (30000)
 * @param note what the document says and which reading the pack takes
 * @param noteEn the same in English
 * @param rule the rule
 * @param citation the clause
 */
public record BothReadings(BigDecimal amount, String note, String noteEn, RuleId rule, String citation) {

  /**
   * Refuses an entry without its amount, note or rule.
   *
   * @param amount the amount itself (30000)
   * @param note what the document says and which reading the pack takes
   * @param noteEn the same in English
   * @param rule the rule
   * @param citation the clause
   * @throws NullPointerException if {@code amount}, {@code note} or {@code rule} is {@code null}
   */
  public BothReadings {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(rule, "rule");
  }
}
