package org.zhidu.core.leave;

import static org.zhidu.core.finding.Severity.ERROR;

import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/**
 * Every problem leave routing reports. A gap is reported under the rule of the pack's leave clause (L1, L2 or L3),
 * so its rule is {@code null} here.
 */
public enum LeaveProblem implements Problem {
  /** No row of the pack's route table applies: "no rule in &lt;pack&gt; for …" (X-GAP). */
  NO_ROUTE(null, ERROR, "leave.no_route");

  private final Problem.Spec spec;

  LeaveProblem(RuleId rule, Severity severity, String messageKey) {
    this.spec = new Problem.Spec(rule, severity, messageKey);
  }

  @Override
  public Problem.Spec spec() {
    return spec;
  }
}
