package org.zhidu.core.spending;

import static org.zhidu.core.finding.Severity.ERROR;

import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/** Every problem the spending area reports, under the rule of the pack's spending clause (E1, E2 or E3). */
public enum SpendProblem implements Problem {
  /** No row of the pack's route table applies: "no rule in &lt;pack&gt; for …" (X-GAP). */
  NO_ROUTE(null, ERROR, "spend.no_route");

  private final Problem.Spec spec;

  SpendProblem(RuleId rule, Severity severity, String messageKey) {
    this.spec = new Problem.Spec(rule, severity, messageKey);
  }

  @Override
  public Problem.Spec spec() {
    return spec;
  }
}
