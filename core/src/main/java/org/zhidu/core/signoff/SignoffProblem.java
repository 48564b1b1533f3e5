package org.zhidu.core.signoff;

import static org.zhidu.core.finding.Severity.ERROR;
import static org.zhidu.core.finding.Severity.WARNING;

import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/**
 * Every problem a meeting's papers (D3, D4) and a sign-off trail (D1, D2, D5, D6, D7) can show; a trail's order and
 * signers are reported under the rule of the document's chain.
 */
public enum SignoffProblem implements Problem {
  MISSING_ELEMENT(null, ERROR, "meeting.missing_element"),
  NOT_SIGNED(SignoffRules.D3, ERROR, "meeting.not_signed"),
  SIGNED_LATE(SignoffRules.D3, WARNING, "meeting.signed_late"),
  NO_SIGN_IN(SignoffRules.D4, ERROR, "meeting.no_sign_in"),
  CELL_BLANK(SignoffRules.D1, ERROR, "signoff.cell_blank"),
  TOO_MANY_CELLS(SignoffRules.D1, ERROR, "csv.too_many_cells"),
  TOO_FEW_CELLS(SignoffRules.D1, ERROR, "csv.too_few_cells"),
  /** A header column written almost as one of the register's (次數 for 次数): not read, so said. */
  COLUMN_NEAR(SignoffRules.D1, WARNING, "csv.column_near"),
  BAD_MARK(SignoffRules.D1, ERROR, "signoff.bad_mark"),
  UNKNOWN_TYPE(SignoffRules.D1, ERROR, "signoff.unknown_type"),
  TYPE_DIFFERS(SignoffRules.D1, ERROR, "signoff.type_differs"),
  UNKNOWN_STEP(null, ERROR, "signoff.unknown_step"),
  SKIPPED(null, ERROR, "signoff.skipped"),
  BACKDATED(null, ERROR, "signoff.backdated"),
  INCOMPLETE(null, WARNING, "signoff.incomplete"),
  WRONG_SIGNER(null, ERROR, "signoff.wrong_signer"),
  NOT_DELEGATED(null, ERROR, "signoff.not_delegated"),
  PROXY_NOT_PARTNER(null, ERROR, "signoff.proxy_not_partner"),
  PROXY(null, Severity.INFO, "signoff.proxy"),
  AFTERWARDS(null, WARNING, "signoff.afterwards"),
  POST_UNSETTLED(null, Severity.INFO, "signoff.post_unsettled"),
  NOT_EXPLICIT(SignoffRules.D2, ERROR, "signoff.not_explicit"),
  NO_NAME(SignoffRules.D2, ERROR, "signoff.no_name"),
  NO_TIME(SignoffRules.D2, ERROR, "signoff.no_time"),
  BAD_TIME(SignoffRules.D2, ERROR, "signoff.bad_time"),
  REVIEW_WORDING(SignoffRules.D2, ERROR, "signoff.review_wording"),
  PROOF_WORDS(SignoffRules.D2, ERROR, "signoff.proof_words"),
  PROOF_SECTION(SignoffRules.D2, ERROR, "signoff.proof_section"),
  DRAFT_LATE(SignoffRules.D5, ERROR, "signoff.draft_late"),
  REVIEWER_LATE(SignoffRules.D5, WARNING, "signoff.reviewer_late"),
  REVIEWER_LATE_PM(SignoffRules.D5, WARNING, "signoff.reviewer_late_pm"),
  NO_MEETING(SignoffRules.D5, Severity.INFO, "signoff.no_meeting"),
  YEAR_UNKNOWN(SignoffRules.D5, WARNING, "signoff.year_unknown");

  private final Problem.Spec spec;

  SignoffProblem(RuleId rule, Severity severity, String messageKey) {
    this.spec = new Problem.Spec(rule, severity, messageKey);
  }

  @Override
  public Problem.Spec spec() {
    return spec;
  }
}
