package org.zhidu.core.spending;

import java.util.List;
import java.util.Objects;
import org.zhidu.core.approval.RouteTable;
import org.zhidu.core.rule.Alternatives;
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
 * @param claims what the clause asks of a claim besides its approvers
 */
public record SpendingPolicy(RuleId rule, RouteTable routes, List<Collective> collective,
    List<BothReadings> bothReadings, List<String> claimChain, String claimClause,
    ClaimPolicy claims) {

  /**
   * Refuses a policy without its rule or routes; keeps unmodifiable copies of the lists (an absent one is empty);
   * absent claims are {@link ClaimPolicy#NONE}.
   *
   * @param rule the rule of the clause (E1, E2 or E3)
   * @param routes who approves, by kind and amount (rows for every requester)
   * @param collective the spending that a meeting decides
   * @param bothReadings the amounts the clause gives to two rows, with the reading taken
   * @param claimChain who signs a claim for it, in order (经手人 → 财务室审核 → …), after the spending
   * @param claimClause the clause of the claim chain
   * @param claims what the clause asks of a claim besides its approvers
   * @throws NullPointerException if {@code rule} or {@code routes} is {@code null}
   */
  public SpendingPolicy {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(routes, "routes");
    collective = collective == null ? List.of() : List.copyOf(collective);
    bothReadings = bothReadings == null ? List.of() : List.copyOf(bothReadings);
    claimChain = claimChain == null ? List.of() : List.copyOf(claimChain);
    claims = claims == null ? ClaimPolicy.NONE : claims;
  }

  /**
   * The posts the route table and the claim chain name (each alternative of a step its own), each once.
   *
   * @return the posts in the order first named: route rows, then claim chain, then the section head's post
   */
  public java.util.Set<String> chainRoles() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    routes.rows().forEach(row -> out.addAll(row.chain()));
    claimChain.forEach(step -> out.addAll(Alternatives.of(step)));
    if (claims.sectionHead() != null) {
      out.add(claims.sectionHead());
    }
    return out;
  }
}
