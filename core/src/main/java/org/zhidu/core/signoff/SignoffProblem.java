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
  /** D3 or D4: a plan or minutes that lacks an element the clause lists. */
  MISSING_ELEMENT(null, ERROR, "meeting.missing_element"),
  /** D3: a plan without its sign-off time (审签时间). */
  NOT_SIGNED(SignoffRules.D3, ERROR, "meeting.not_signed"),
  /** D3 (warning): a plan signed off later than the day before the meeting ("原则上", so a warning). */
  SIGNED_LATE(SignoffRules.D3, WARNING, "meeting.signed_late"),
  /** D4: the minutes of a large or important meeting without the sign-in sheet (签到单). */
  NO_SIGN_IN(SignoffRules.D4, ERROR, "meeting.no_sign_in"),
  /** D1: a required cell of a trail row left blank; the row cannot be checked. */
  CELL_BLANK(SignoffRules.D1, ERROR, "signoff.cell_blank"),
  /** D1: a row with more cells than the header has columns. */
  TOO_MANY_CELLS(SignoffRules.D1, ERROR, "csv.too_many_cells"),
  /** D1: a row with fewer cells than the header has columns. */
  TOO_FEW_CELLS(SignoffRules.D1, ERROR, "csv.too_few_cells"),
  /** A header column written almost as one of the register's (次數 for 次数): not read, so said. */
  COLUMN_NEAR(SignoffRules.D1, WARNING, "csv.column_near"),
  /** D1: a 标记 cell other than 代签, AB岗, 补签, 委托 or blank. */
  BAD_MARK(SignoffRules.D1, ERROR, "signoff.bad_mark"),
  /** D1: a 发文类型 that names no chain of the pack. */
  UNKNOWN_TYPE(SignoffRules.D1, ERROR, "signoff.unknown_type"),
  /** D1: a document whose 发文类型 differs between its rows. */
  TYPE_DIFFERS(SignoffRules.D1, ERROR, "signoff.type_differs"),
  /** A 环节 that is no step of the document's chain. */
  UNKNOWN_STEP(null, ERROR, "signoff.unknown_step"),
  /** A step skipped (越级): a later step signed while an earlier one is not. */
  SKIPPED(null, ERROR, "signoff.skipped"),
  /** A step signed before the step before it (倒签). */
  BACKDATED(null, ERROR, "signoff.backdated"),
  /** Warning: a document not yet signed off by every step. */
  INCOMPLETE(null, WARNING, "signoff.incomplete"),
  /** A step signed by someone other than the person the office file gives it to. */
  WRONG_SIGNER(null, ERROR, "signoff.wrong_signer"),
  /** A step signed by someone allowed only when the row says 委托, without it (D6). */
  NOT_DELEGATED(null, ERROR, "signoff.not_delegated"),
  /** A proxy who is not the step's AB post partner. */
  PROXY_NOT_PARTNER(null, ERROR, "signoff.proxy_not_partner"),
  /** Note: a step signed by a proxy, which the clause allows only after reporting and with authority. */
  PROXY(null, Severity.INFO, "signoff.proxy"),
  /** Warning: a step signed afterwards (补签). */
  AFTERWARDS(null, WARNING, "signoff.afterwards"),
  /** Note: the office file does not say who holds a step's post, so its signer is not checked. */
  POST_UNSETTLED(null, Severity.INFO, "signoff.post_unsettled"),
  /** D2: an opinion that does not say whether it agrees (已核, or a name alone). */
  NOT_EXPLICIT(SignoffRules.D2, ERROR, "signoff.not_explicit"),
  /** D2: a signature without the signer's name. */
  NO_NAME(SignoffRules.D2, ERROR, "signoff.no_name"),
  /** D2: a signature without its time. */
  NO_TIME(SignoffRules.D2, ERROR, "signoff.no_time"),
  /** D2: a time that cannot be read. */
  BAD_TIME(SignoffRules.D2, ERROR, "signoff.bad_time"),
  /** D2: agreement in the office's review written other than the pack's review word (拟同意). */
  REVIEW_WORDING(SignoffRules.D2, ERROR, "signoff.review_wording"),
  /** D2: a final proof-read not signed with the pack's fixed words. */
  PROOF_WORDS(SignoffRules.D2, ERROR, "signoff.proof_words"),
  /** D2: a final proof-reader of the handling clerk's own section, or the clerk themselves. */
  PROOF_SECTION(SignoffRules.D2, ERROR, "signoff.proof_section"),
  /** D5: a draft that arrived after its day. */
  DRAFT_LATE(SignoffRules.D5, ERROR, "signoff.draft_late"),
  /** D5 (warning): a reviewer done after the morning their half working days end on. */
  REVIEWER_LATE(SignoffRules.D5, WARNING, "signoff.reviewer_late"),
  /** D5 (warning): a reviewer done after the afternoon their half working days end on. */
  REVIEWER_LATE_PM(SignoffRules.D5, WARNING, "signoff.reviewer_late_pm"),
  /** D5 (note): a leader's draft without a meeting day, so its days are not checked. */
  NO_MEETING(SignoffRules.D5, Severity.INFO, "signoff.no_meeting"),
  /** D5 (warning): the holidays of the year are not announced, so the draft's days are not checked. */
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
