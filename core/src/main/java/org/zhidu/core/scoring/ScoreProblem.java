package org.zhidu.core.scoring;

import static org.zhidu.core.finding.Severity.ERROR;
import static org.zhidu.core.finding.Severity.INFO;
import static org.zhidu.core.finding.Severity.WARNING;

import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/**
 * Every problem the scorer reports, with its rule, severity and message. A problem whose rule is {@code null} is
 * reported under the rule of its item (I2 for a deduction, I3 for an addition).
 */
public enum ScoreProblem implements Problem {
  // I1: who is scored, and in which year
  NOT_STAFF(ScoringRules.I1, ERROR, "score.not_staff"),
  UNKNOWN_SUBJECT(ScoringRules.I1, ERROR, "score.unknown_subject"),
  OUTSIDE_YEAR(ScoringRules.I1, WARNING, "score.outside_year"),
  OTHER_QUARTERS(ScoringRules.I1, INFO, "score.other_quarters"),

  // I1: cells of the events register that cannot be read (the row is not counted)
  CELL_BAD_DATE(ScoringRules.I1, ERROR, "score.bad_date"),
  CELL_BAD_COUNT(ScoringRules.I1, ERROR, "score.bad_count"),
  CELL_BAD_FLAG(ScoringRules.I1, ERROR, "score.bad_flag"),
  TOO_MANY_CELLS(ScoringRules.I1, ERROR, "csv.too_many_cells"),
  TOO_FEW_CELLS(ScoringRules.I1, ERROR, "csv.too_few_cells"),
  /** A header column written almost as one of the register's (次數 for 次数): not read, so said. */
  COLUMN_NEAR(ScoringRules.I1, WARNING, "csv.column_near"),

  // I2, I3: the items
  DUPLICATE(ScoringRules.I2, WARNING, "score.duplicate"),
  UNKNOWN_ITEM(ScoringRules.I2, ERROR, "score.unknown_item"),
  BAD_COUNT(null, ERROR, "score.bad_count"),
  /** 次数 above the pack's bound (scoring.maxCount, X-BOUND): an error, not a wrap-around into a bonus. */
  COUNT_TOO_LARGE(null, ERROR, "score.count_too_large", "scoring.maxCount"),
  /** A row whose points would take a total beyond what can be counted: an error, never an overflow. */
  POINTS_OUT_OF_RANGE(null, ERROR, "score.points_out_of_range"),
  SERIOUS(null, WARNING, "score.serious"),
  SERIOUS_NOT_ALLOWED(null, ERROR, "score.serious_not_allowed"),
  ONCE_A_YEAR(null, ERROR, "score.once_a_year"),
  TASK_IN_TIME(null, ERROR, "score.task_in_time", "scoring.taskWorkdays"),
  TASK_FINISHED_BEFORE_ASSIGNED(null, ERROR, "score.task_finished_before_assigned"),
  TASK_DATES_INCOMPLETE(null, WARNING, "score.task_dates_incomplete"),
  TASK_NO_CALENDAR(null, WARNING, "score.task_no_calendar"),
  NO_EVIDENCE(null, WARNING, "score.no_evidence"),
  WRONG_EVIDENCE(null, WARNING, "score.wrong_evidence"),

  // I4: the section on the day
  BEFORE_JOINED(ScoringRules.I4, ERROR, "score.before_joined"),

  // I5: evidence by the deadline day, its bound stated by the pack
  LATE_EVIDENCE(ScoringRules.I5, WARNING, "score.late_evidence", "scoring.deadlineDay"),
  NO_SUBMITTED(ScoringRules.I5, WARNING, "score.no_submitted"),
  EVIDENCE_BEFORE_EVENT(ScoringRules.I5, ERROR, "score.evidence_before_event"),

  // I6: year-end commendations
  NO_HEAD(ScoringRules.I6, INFO, "score.no_head"),
  HEAD_PASSED_OVER(ScoringRules.I6, INFO, "score.head_passed_over"),
  TIE_SECTIONS(ScoringRules.I6, WARNING, "score.tie_sections"),
  TIE_PEOPLE(ScoringRules.I6, WARNING, "score.tie_people"),
  TIE_PEOPLE_ALL(ScoringRules.I6, WARNING, "score.tie_people_all"),
  TIE_PEOPLE_COMMENDED(ScoringRules.I6, INFO, "score.tie_people_commended"),
  TIE_BOTTOM(ScoringRules.I6, WARNING, "score.tie_bottom");

  private final Problem.Spec spec;

  ScoreProblem(RuleId rule, Severity severity, String messageKey) {
    this(rule, severity, messageKey, null);
  }

  ScoreProblem(RuleId rule, Severity severity, String messageKey, String threshold) {
    this.spec = new Problem.Spec(rule, severity, messageKey, threshold);
  }

  @Override
  public Problem.Spec spec() {
    return spec;
  }
}
