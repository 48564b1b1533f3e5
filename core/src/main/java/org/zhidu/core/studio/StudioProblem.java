package org.zhidu.core.studio;

import static org.zhidu.core.finding.Severity.ERROR;
import static org.zhidu.core.finding.Severity.WARNING;

import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/** What a studio overview can show (W1–W3). */
public enum StudioProblem implements Problem {
  /** W1: a studio that lacks items of a requirement list (四有, 六上墙, 制度台账). */
  LACKS(StudioRules.W1, ERROR, "studio.lacks"),
  /** W2: an approval that lacks a step of the chain. */
  STEP_MISSING(StudioRules.W2, ERROR, "studio.step_missing"),
  /** W2: an approval whose steps are out of order or go back in time. */
  STEP_ORDER(StudioRules.W2, ERROR, "studio.step_order"),
  /** W2: a sector's or group's studio whose application is not signed jointly. */
  NO_JOINT_SIGNATURES(StudioRules.W2, ERROR, "studio.no_joint_signatures"),
  /** W3: a studio that failed its assessments in consecutive years: to be revoked. */
  TO_REVOKE(StudioRules.W3, ERROR, "studio.to_revoke"),
  /** W3: a studio whose member's term has ended: to be closed. */
  TO_CLOSE(StudioRules.W3, ERROR, "studio.to_close"),
  /** W3 (warning): a studio recorded revoked or closed whose sign has not been taken back. */
  SIGN_NOT_RETURNED(StudioRules.W3, WARNING, "studio.sign_not_returned"),
  /** W3 (warning): a pilot year's number of studios outside the range the rule sets. */
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
