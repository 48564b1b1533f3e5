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
  /** A required cell left blank; the row is not checked. */
  CELL_BLANK(null, ERROR, "leave.cell_blank"),
  /** A time cell that cannot be read. */
  CELL_BAD_TIME(null, ERROR, "leave.cell_bad_time"),
  /** A days cell that cannot be read as whole or half days. */
  CELL_BAD_DAYS(null, ERROR, "leave.cell_bad_days"),
  /** A 审批方式 cell other than 书面, 口头 or 电话. */
  CELL_BAD_MODE(null, ERROR, "leave.cell_bad_mode"),
  /** A row with more cells than the header has columns. */
  TOO_MANY_CELLS(null, ERROR, "csv.too_many_cells"),
  /** A row with fewer cells than the header has columns. */
  TOO_FEW_CELLS(null, ERROR, "csv.too_few_cells"),
  /** A header column written almost as one of the register's (次數 for 次数): not read, so said. */
  COLUMN_NEAR(null, WARNING, "csv.column_near"),

  // the row against the office
  /** A person the office file does not hold. */
  UNKNOWN_PERSON(null, ERROR, "leave.unknown_person"),
  /** Warning: a kind of leave the pack does not list; checked as any other kind. */
  UNKNOWN_KIND(null, WARNING, "leave.unknown_kind"),
  /** An office file's reportsTo names a role no chain of the pack has (a typo, or another pack's word). */
  UNKNOWN_REPORTS_TO(null, WARNING, "leave.unknown_reports_to"),
  /** A leave that ends before it starts. */
  END_BEFORE_START(null, ERROR, "leave.end_before_start"),
  /** A leave longer than {@link LeaveChecker#MOST_DAYS} days, which is no one request. */
  TOO_LONG(null, ERROR, "leave.too_long"),
  /** Warning: a leave with no working day in it, for which no leave is needed. */
  NO_WORKDAYS(null, WARNING, "leave.no_workdays"),
  /** Warning: the days the register states differ from the days of the period, as the pack counts them. */
  DAYS_DIFFER(null, WARNING, "leave.days_differ"),
  /** A leave that overlaps another of the same person. */
  OVERLAP(null, ERROR, "leave.overlap"),

  // who approves
  /** X-GAP (warning): no row of the route table applies, so the approvers are not checked. */
  ROUTE_GAP(CrossCutting.X_GAP, WARNING, "leave.check.gap"),
  /** Approvers other than the chain the route table gives, in order. */
  WRONG_APPROVERS(null, ERROR, "leave.wrong_approvers"),
  /** Warning: the office file does not say who stands in a role of the chain, so that approver is not checked. */
  UNNAMED_APPROVER(null, WARNING, "leave.unnamed_approver"),

  // when
  /** Note: a leave not approved yet, that has not begun by the as-of day. */
  PENDING(null, INFO, "leave.pending"),
  /** A leave that began without approval. */
  NOT_APPROVED(null, ERROR, "leave.not_approved"),
  /** A leave approved after it began. */
  APPROVED_LATE(null, ERROR, "leave.approved_late"),
  /** Warning: a written request handed in later than the pack's days ahead (事后补交). */
  LATE_REQUEST(null, WARNING, "leave.late_request"),
  /** A leave asked by word of mouth or telephone that needs a written request. */
  ORAL_NOT_ALLOWED(null, ERROR, "leave.oral_not_allowed"),
  /** A leave approved by word of mouth whose form was not completed by the time it ended (事后补办手续). */
  FORM_NOT_COMPLETED(null, ERROR, "leave.form_not_completed"),
  /** Routine leave (例行休假) not approved the pack's days ahead. */
  ROUTINE_LATE(null, ERROR, "leave.routine_late"),

  // how much
  /** More days at a time than the cap allows (L3: 3 days of 事假). */
  OVER_ONCE(null, ERROR, "leave.over_once"),
  /** More days in a calendar year than the cap allows (L3: 15 days of 事假). */
  OVER_YEAR(null, ERROR, "leave.over_year"),

  // what goes with it
  /** A kind of leave that needs a certificate (病假), without one. */
  NO_CERTIFICATE(null, ERROR, "leave.no_certificate"),
  /** No colleague named to cover the work, or the person themselves named. */
  NO_COVER(null, ERROR, "leave.no_cover"),
  /** Warning: a cover the office file does not hold. */
  UNKNOWN_COVER(null, WARNING, "leave.unknown_cover"),
  /** Warning: a cover who is on leave at the same time. */
  COVER_AWAY(null, WARNING, "leave.cover_away"),
  /** A leave that ended by the as-of day without 销假. */
  NOT_RETURNED(null, ERROR, "leave.not_returned"),
  /** 销假 that leaves working days after the leave's end that no other leave of the person covers. */
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
