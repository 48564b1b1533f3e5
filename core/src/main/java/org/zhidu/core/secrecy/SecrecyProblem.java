package org.zhidu.core.secrecy;

import static org.zhidu.core.finding.Severity.ERROR;
import static org.zhidu.core.finding.Severity.INFO;
import static org.zhidu.core.finding.Severity.WARNING;

import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.CrossCutting;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/**
 * Every problem the secrecy area reports. A cell that cannot be read is reported under the rule of its register, so
 * its rule is {@code null} here.
 */
public enum SecrecyProblem implements Problem {
  // a row that cannot be read
  /** A required cell left blank; the row is not checked. */
  CELL_BLANK(null, ERROR, "secrecy.cell_blank"),
  /** A date cell that cannot be read. */
  CELL_BAD_DATE(null, ERROR, "secrecy.cell_bad_date"),
  /** A 密级 cell that is no level. */
  CELL_BAD_LEVEL(null, ERROR, "secrecy.cell_bad_level"),
  /** A 类别 cell that is none of the register's kinds. */
  CELL_BAD_KIND(null, ERROR, "secrecy.cell_bad_kind"),
  /** A yes-or-no cell other than 是 or 否. */
  CELL_BAD_YES_NO(null, ERROR, "secrecy.cell_bad_yes_no"),
  /** A row with more cells than the header has columns. */
  TOO_MANY_CELLS(null, ERROR, "csv.too_many_cells"),
  /** A row with fewer cells than the header has columns. */
  TOO_FEW_CELLS(null, ERROR, "csv.too_few_cells"),
  /** A header cell that is nearly one of the register's columns (次數 for 次数): that column is read as absent. */
  COLUMN_NEAR(null, WARNING, "csv.column_near"),
  /** The pack gives no rule for what a register records: the register is read, its rule not checked (X-GAP). */
  NO_RULE(CrossCutting.X_GAP, INFO, "secrecy.no_rule"),

  /** S1: a compilation or a medium marked below what it holds. */
  CARRIER_BELOW(SecrecyRules.S1, ERROR, "secrecy.carrier_below"),
  /** S1: a compilation or a medium that holds itself, directly or through what it holds: the register is wrong. */
  CARRIER_HOLDS_ITSELF(SecrecyRules.S1, ERROR, "secrecy.carrier_holds_itself"),
  /** S1: what a compilation or a medium holds is in none of the registers given: its level is not known. */
  CONTENT_UNKNOWN(SecrecyRules.S1, WARNING, "secrecy.content_unknown"),

  /** S2: a level or a kind the pack never lets be copied. */
  COPY_FORBIDDEN(SecrecyRules.S2, ERROR, "secrecy.copy_forbidden"),
  /** S2: a copy without an approver. */
  COPY_NOT_APPROVED(SecrecyRules.S2, ERROR, "secrecy.copy_not_approved"),
  /** S2: a copy approved by someone who does not hold the post the pack names for its level. */
  COPY_WRONG_APPROVER(SecrecyRules.S2, ERROR, "secrecy.copy_wrong_approver"),
  /** S2: a copy marked with another level than its original's. */
  COPY_LEVEL_CHANGED(SecrecyRules.S2, ERROR, "secrecy.copy_level_changed"),
  /** S2: a 密码电报 copied outside the departments the pack names. */
  COPY_CIPHER_DEPARTMENT(SecrecyRules.S2, ERROR, "secrecy.copy_cipher_department"),

  /** S3: a destruction without an approver. */
  DESTRUCTION_NOT_APPROVED(SecrecyRules.S3, ERROR, "secrecy.destruction_not_approved"),
  /** S3: a destruction without the destroyer's or the supervisor's signature. */
  DESTRUCTION_UNSIGNED(SecrecyRules.S3, ERROR, "secrecy.destruction_unsigned"),
  /** S3: a destruction whose destroyer and supervisor are the same person. */
  DESTRUCTION_ONE_PERSON(SecrecyRules.S3, ERROR, "secrecy.destruction_one_person"),
  /** S3: a destruction at a site that is not a designated one. */
  DESTRUCTION_SITE(SecrecyRules.S3, ERROR, "secrecy.destruction_site"),

  /** S4: a record destroyed before its years were up. */
  DESTROYED_EARLY(SecrecyRules.S4, ERROR, "secrecy.destroyed_early"),

  /** S5: a classified device registered as networked. */
  DEVICE_NETWORKED(SecrecyRules.S5, ERROR, "secrecy.device_networked"),
  /** S5: a classified device with wireless devices (card, mouse, keyboard). */
  DEVICE_WIRELESS(SecrecyRules.S5, ERROR, "secrecy.device_wireless"),

  /** S6: a loan not returned by its due time and still out on the as-of day. */
  LOAN_OVERDUE(SecrecyRules.S6, ERROR, "secrecy.loan_overdue"),
  /** S6: a return before the loan itself: the register is wrong, and the loan cannot be checked. */
  RETURNED_BEFORE_LENT(SecrecyRules.S6, ERROR, "secrecy.returned_before_lent"),
  /** S6: a loan returned after its due time. */
  LOAN_RETURNED_LATE(SecrecyRules.S6, ERROR, "secrecy.loan_returned_late"),
  /** S6: loans without a 应还时间 where the pack reads the loan's own period: said once, with how many. */
  LOAN_NO_DUE(SecrecyRules.S6, INFO, "secrecy.loan_no_due"),
  /** S6: a borrower moved to another section while the loan was open. */
  MOVED_WITH_LOAN(SecrecyRules.S6, ERROR, "secrecy.moved_with_loan"),

  /** S7: a foreign visit received before it was approved. */
  VISIT_BEFORE_APPROVAL(SecrecyRules.S7, ERROR, "secrecy.visit_before_approval"),
  /** S7: a foreign visit without an approval time. */
  VISIT_NOT_APPROVED(SecrecyRules.S7, ERROR, "secrecy.visit_not_approved");

  private final Problem.Spec spec;

  SecrecyProblem(RuleId rule, Severity severity, String messageKey) {
    this.spec = new Problem.Spec(rule, severity, messageKey);
  }

  @Override
  public Problem.Spec spec() {
    return spec;
  }
}
