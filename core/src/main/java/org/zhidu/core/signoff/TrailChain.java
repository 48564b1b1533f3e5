package org.zhidu.core.signoff;

import java.util.List;
import java.util.Objects;
import org.zhidu.core.rule.RuleId;

/**
 * The chain of steps a kind of document goes through (D1 文件, D6 the committee's and the office's documents, D7
 * topic meetings' plans and minutes, D5 a leader's drafts).
 *
 * @param types the words of a trail's 发文类型 cell that name this chain
 * @param rule the rule it is checked under
 * @param steps the steps in order
 * @param draftKind for a leader's draft (D5), which deadline its arrival has; else {@code null}
 * @param clause the clause
 */
public record TrailChain(List<String> types, RuleId rule, List<TrailStep> steps, DraftSchedule.Kind draftKind,
    String clause) {

  /**
   * Refuses a chain without types or steps, rule or clause; keeps unmodifiable copies of the lists.
   *
   * @param types the words of a trail's 发文类型 cell that name this chain
   * @param rule the rule it is checked under
   * @param steps the steps in order
   * @param draftKind for a leader's draft (D5), which deadline its arrival has; else {@code null}
   * @param clause the clause
   * @throws NullPointerException if {@code types}, {@code rule}, {@code steps} or {@code clause} is {@code null}
   * @throws IllegalArgumentException if {@code types} or {@code steps} is empty
   */
  public TrailChain {
    types = List.copyOf(types);
    Objects.requireNonNull(rule, "rule");
    steps = List.copyOf(steps);
    if (types.isEmpty() || steps.isEmpty()) {
      throw new IllegalArgumentException("a chain has its types and steps");
    }
    Objects.requireNonNull(clause, "clause");
  }

  /**
   * The place of each step in the order: steps signed side by side share one.
   *
   * @return one rank per step, from 0; a new array each call
   */
  public int[] ranks() {
    int[] ranks = new int[steps.size()];
    for (int i = 1; i < ranks.length; i++) {
      ranks[i] = steps.get(i).withPrevious() ? ranks[i - 1] : ranks[i - 1] + 1;
    }
    return ranks;
  }

  /**
   * The same chain with a step put in after the step named {@code after} (or first when none is).
   *
   * @param step the step to add
   * @param after the name of the step it follows
   * @return a new chain; this one is unchanged
   */
  public TrailChain with(TrailStep step, String after) {
    List<TrailStep> out = new java.util.ArrayList<>(steps);
    int at = 0;
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).isNamed(after)) {
        at = i + 1;
      }
    }
    out.add(at, step);
    return new TrailChain(types, rule, out, draftKind, clause);
  }
}
