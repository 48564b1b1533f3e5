package org.zhidu.core.signoff;

import static org.zhidu.core.finding.Severity.ERROR;
import static org.zhidu.core.finding.Severity.WARNING;

import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/** Every problem a meeting's papers can show (D3, D4). */
public enum SignoffProblem implements Problem {
  MISSING_ELEMENT(null, ERROR, "meeting.missing_element"),
  NOT_SIGNED(SignoffRules.D3, ERROR, "meeting.not_signed"),
  SIGNED_LATE(SignoffRules.D3, WARNING, "meeting.signed_late"),
  NO_SIGN_IN(SignoffRules.D4, ERROR, "meeting.no_sign_in");

  private final Problem.Spec spec;

  SignoffProblem(RuleId rule, Severity severity, String messageKey) {
    this.spec = new Problem.Spec(rule, severity, messageKey);
  }

  @Override
  public Problem.Spec spec() {
    return spec;
  }
}
