package org.zhidu.core.leave;

import static org.zhidu.core.finding.Severity.ERROR;
import static org.zhidu.core.finding.Severity.INFO;
import static org.zhidu.core.finding.Severity.WARNING;

import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.CrossCutting;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/**
 * Every problem the leave area reports. Most are reported under the rule of the pack's leave clause (L1, L2 or L3),
 * so their rule is {@code null} here; a route the document does not give is X-GAP's.
 */
public enum LeaveProblem implements Problem {
  /** No row of the pack's route table applies: "no rule in &lt;pack&gt; for …" (X-GAP). */
  NO_ROUTE(null, ERROR, "leave.no_route"),

  // a row that cannot be read
  CELL_BLANK(null, ERROR, "leave.cell_blank"),
  CELL_BAD_TIME(null, ERROR, "leave.cell_bad_time"),
  CELL_BAD_DAYS(null, ERROR, "leave.cell_bad_days"),
  CELL_BAD_MODE(null, ERROR, "leave.cell_bad_mode"),
  TOO_MANY_CELLS(null, ERROR, "csv.too_many_cells"),
  TOO_FEW_CELLS(null, ERROR, "csv.too_few_cells"),
  /** A header column written almost as one of the register's (次數 for 次数): not read, so said. */
  COLUMN_NEAR(null, WARNING, "csv.column_near"),

  // the row against the office
  UNKNOWN_PERSON(null, ERROR, "leave.unknown_person"),
  UNKNOWN_KIND(null, WARNING, "leave.unknown_kind"),
  /** An office file's reportsTo names a role no chain of the pack has (a typo, or another pack's word). */
  UNKNOWN_REPORTS_TO(null, WARNING, "leave.unknown_reports_to"),
  END_BEFORE_START(null, ERROR, "leave.end_before_start"),
  TOO_LONG(null, ERROR, "leave.too_long"),
  NO_WORKDAYS(null, WARNING, "leave.no_workdays"),
  DAYS_DIFFER(null, WARNING, "leave.days_differ"),
  OVERLAP(null, ERROR, "leave.overlap"),

  // who approves
  ROUTE_GAP(CrossCutting.X_GAP, WARNING, "leave.check.gap"),
  WRONG_APPROVERS(null, ERROR, "leave.wrong_approvers"),
  UNNAMED_APPROVER(null, WARNING, "leave.unnamed_approver"),

  // when
  PENDING(null, INFO, "leave.pending"),
  NOT_APPROVED(null, ERROR, "leave.not_approved"),
  APPROVED_LATE(null, ERROR, "leave.approved_late"),
  LATE_REQUEST(null, WARNING, "leave.late_request"),
  ORAL_NOT_ALLOWED(null, ERROR, "leave.oral_not_allowed"),
  FORM_NOT_COMPLETED(null, ERROR, "leave.form_not_completed"),
  ROUTINE_LATE(null, ERROR, "leave.routine_late"),

  // how much
  OVER_ONCE(null, ERROR, "leave.over_once"),
  OVER_YEAR(null, ERROR, "leave.over_year"),

  // what goes with it
  NO_CERTIFICATE(null, ERROR, "leave.no_certificate"),
  NO_COVER(null, ERROR, "leave.no_cover"),
  UNKNOWN_COVER(null, WARNING, "leave.unknown_cover"),
  COVER_AWAY(null, WARNING, "leave.cover_away"),
  NOT_RETURNED(null, ERROR, "leave.not_returned"),
  OVERDUE(null, ERROR, "leave.overdue"),
  /** Days away without approval, counted as 旷工 where the clause says so (L3 第四条). */
  ABSENT(null, ERROR, "leave.absent");

  private final Problem.Spec spec;

  LeaveProblem(RuleId rule, Severity severity, String messageKey) {
    this.spec = new Problem.Spec(rule, severity, messageKey);
  }

  @Override
  public Problem.Spec spec() {
    return spec;
  }
}
