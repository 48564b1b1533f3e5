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

  /** Whether the row applies to a quantity. */
  public boolean covers(BigDecimal quantity) {
    return (from == null || from.reachedBy(quantity)) && (to == null || to.keptBy(quantity));
  }

  /** Whether the row applies to a requester's role. */
  public boolean asks(String role) {
    return roles.isEmpty() || roles.contains(role);
  }

  /** Whether the row applies to a kind of request. */
  public boolean takes(String kind) {
    return kinds.isEmpty() || kinds.contains(kind);
  }
}
