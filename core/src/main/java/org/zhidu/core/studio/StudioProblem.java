package org.zhidu.core.studio;

import static org.zhidu.core.finding.Severity.ERROR;
import static org.zhidu.core.finding.Severity.WARNING;

import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/** What a studio overview can show (W1–W3). */
public enum StudioProblem implements Problem {
  LACKS(StudioRules.W1, ERROR, "studio.lacks"),
  STEP_MISSING(StudioRules.W2, ERROR, "studio.step_missing"),
  STEP_ORDER(StudioRules.W2, ERROR, "studio.step_order"),
  NO_JOINT_SIGNATURES(StudioRules.W2, ERROR, "studio.no_joint_signatures"),
  TO_REVOKE(StudioRules.W3, ERROR, "studio.to_revoke"),
  TO_CLOSE(StudioRules.W3, ERROR, "studio.to_close"),
  SIGN_NOT_RETURNED(StudioRules.W3, WARNING, "studio.sign_not_returned"),
  PILOT_NUMBER(StudioRules.W3, WARNING, "studio.pilot_number");

  private final Problem.Spec spec;

  StudioProblem(RuleId rule, Severity severity, String messageKey) {
    this.spec = new Problem.Spec(rule, severity, messageKey);
  }

  @Override
  public Problem.Spec spec() {
    return spec;
  }
}
