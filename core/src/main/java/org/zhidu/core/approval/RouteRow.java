package org.zhidu.core.approval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.rule.RuleId;

/**
 * One row of a route table: for whom, which kinds and how much it applies, and the chain it gives.
 *
 * @param id the row's name in the pack, for messages (科室工作人员-半天以下)
 * @param roles the requester's roles it applies to; empty for every requester (spending is routed by kind and amount)
 * @param kinds the kinds of request it applies to; empty for every kind
 * @param from the least quantity, with its bound, or {@code null} for none
 * @param to the most quantity, with its bound, or {@code null} for none
 * @param chain the approvers in order
 * @param notices who is told or where it is filed
 * @param rule the rule it encodes
 * @param clause the clause it comes from
 */
public record RouteRow(
    String id,
    List<String> roles,
    List<String> kinds,
    Limit from,
    Limit to,
    List<String> chain,
    List<Notice> notices,
    RuleId rule,
    String clause) {

  /**
   * Refuses a row without an id, rule, chain or clause, or whose range holds no quantity; keeps unmodifiable copies of
   * the lists (absent kinds and notices are empty).
   *
   * @param id the row's name in the pack, for messages (科室工作人员-半天以下)
   * @param roles the requester's roles it applies to; empty for every requester (spending is routed by kind and amount)
   * @param kinds the kinds of request it applies to; empty for every kind
   * @param from the least quantity, with its bound, or {@code null} for none
   * @param to the most quantity, with its bound, or {@code null} for none
   * @param chain the approvers in order
   * @param notices who is told or where it is filed
   * @param rule the rule it encodes
   * @param clause the clause it comes from
   * @throws NullPointerException if {@code id}, {@code rule}, {@code roles} or {@code chain} is {@code null}
   * @throws org.zhidu.core.finding.InvalidValue if the chain is empty, the clause blank, or {@code from} and {@code to}
   *     leave no quantity between them
   */
  public RouteRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(rule, "rule");
    roles = List.copyOf(roles);
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
    chain = List.copyOf(chain);
    notices = notices == null ? List.of() : List.copyOf(notices);
    if (chain.isEmpty()) {
      throw new InvalidValue("pack.route_needs", id, "chain");
    }
    if (clause == null || clause.isBlank()) {
      throw new InvalidValue("pack.route_needs", id, "clause");
    }
    if (from != null && to != null && !(from.value().compareTo(to.value()) < 0
        || from.value().compareTo(to.value()) == 0 && from.reachedBy(to.value()) && to.keptBy(to.value()))) {
      throw new InvalidValue("pack.route_empty_range", id, from.side("≥ ", "> "), to.side("≤ ", "< "));
    }
  }

  /**
   * Whether the row applies to a quantity.
   *
   * @param quantity the quantity asked for, in the table's unit (days of leave, yuan)
   * @return {@code true} when it reaches {@code from} and keeps to {@code to}; an absent end does not limit
   */
  public boolean covers(BigDecimal quantity) {
    return (from == null || from.reachedBy(quantity)) && (to == null || to.keptBy(quantity));
  }

  /**
   * Whether the row applies to a requester's role.
   *
   * @param role the requester's role
   * @return {@code true} when the row names the role, or names none
   */
  public boolean asks(String role) {
    return roles.isEmpty() || roles.contains(role);
  }

  /**
   * Whether the row applies to a kind of request.
   *
   * @param kind the kind of request, such as 事假
   * @return {@code true} when the row names the kind, or names none
   */
  public boolean takes(String kind) {
    return kinds.isEmpty() || kinds.contains(kind);
  }
}
