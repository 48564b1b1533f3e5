package org.zhidu.core.spending;

import java.util.List;
import java.util.Objects;
import org.zhidu.core.approval.RouteTable;
import org.zhidu.core.rule.RuleId;

/**
 * A pack's spending clause.
 *
 * @param rule the rule of the clause (E1, E2 or E3)
 * @param routes who approves, by kind and amount (rows for every requester)
 * @param collective the spending that a meeting decides
 * @param bothReadings the amounts the clause gives to two rows, with the reading taken
 * @param claimChain who signs a claim for it, in order (经手人 → 财务室审核 → …), after the spending
 * @param claimClause the clause of the claim chain
 */
public record SpendingPolicy(RuleId rule, RouteTable routes, List<Collective> collective,
    List<BothReadings> bothReadings, List<String> claimChain, String claimClause) {

  public SpendingPolicy {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(routes, "routes");
    collective = collective == null ? List.of() : List.copyOf(collective);
    bothReadings = bothReadings == null ? List.of() : List.copyOf(bothReadings);
    claimChain = claimChain == null ? List.of() : List.copyOf(claimChain);
  }
}
