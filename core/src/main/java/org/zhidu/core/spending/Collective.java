package org.zhidu.core.spending;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.zhidu.core.approval.Limit;
import org.zhidu.core.rule.RuleId;

/**
 * Spending that a meeting decides, not one approver (三重一大 in the party office, 室务会 from 10,000 yuan, 吴江's
 * 主任会议 for major spending).
 *
 * @param id the entry's name in the pack, for messages
 * @param kinds the kinds it applies to; empty for every kind
 * @param budgeted {@code true} or {@code false} for spending in or out of the year's budget only; {@code null} for
 *     either
 * @param from the least amount, with its bound; {@code null} when any amount of the kinds is decided so
 * @param decidedBy the meeting (室务会, 办公室主任会议)
 * @param rule the rule it encodes
 * @param clause the clause it comes from
 */
public record Collective(String id, List<String> kinds, Boolean budgeted, Limit from, String decidedBy, RuleId rule,
    String clause) {

  /**
   * Refuses an entry without its id, meeting, rule or clause; keeps an unmodifiable copy of the kinds (absent kinds are
   * empty).
   *
   * @param id the entry's name in the pack, for messages
   * @param kinds the kinds it applies to; empty for every kind
   * @param budgeted {@code true} or {@code false} for spending in or out of the year's budget only; {@code null} for
   *     either
   * @param from the least amount, with its bound; {@code null} when any amount of the kinds is decided so
   * @param decidedBy the meeting (室务会, 办公室主任会议)
   * @param rule the rule it encodes
   * @param clause the clause it comes from
   * @throws NullPointerException if {@code id}, {@code decidedBy}, {@code rule} or {@code clause} is {@code null}
   */
  public Collective {
    Objects.requireNonNull(id, "id");
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(clause, "clause");
  }

  /**
   * Whether spending of this kind, amount and budget is decided by the meeting.
   *
   * @param kind the spending's kind
   * @param amount the amount, in yuan
   * @param inBudget whether it is in the year's budget, or {@code null} when not said
   * @return {@code true} when the kind, the budget and the amount all fit the entry
   */
  public boolean applies(String kind, BigDecimal amount, Boolean inBudget) {
    return (kinds.isEmpty() || kinds.contains(kind)) && (budgeted == null || budgeted.equals(inBudget))
        && (from == null || from.reachedBy(amount));
  }
}
