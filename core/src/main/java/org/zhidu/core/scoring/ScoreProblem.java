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
  /** I1: a county-level leader, who is not among the staff inspected. */
  NOT_STAFF(ScoringRules.I1, ERROR, "score.not_staff"),
  /** I1: a subject the office file holds as neither person nor section. */
  UNKNOWN_SUBJECT(ScoringRules.I1, ERROR, "score.unknown_subject"),
  /** I1 (warning): an event outside the year scored; not counted. */
  OUTSIDE_YEAR(ScoringRules.I1, WARNING, "score.outside_year"),
  /** I1 (note): events of other quarters of the year, not counted in the quarter scored. */
  OTHER_QUARTERS(ScoringRules.I1, INFO, "score.other_quarters"),

  // I1: cells of the events register that cannot be read (the row is not counted)
  /** I1: a date cell that cannot be read; the row is not counted. */
  CELL_BAD_DATE(ScoringRules.I1, ERROR, "score.bad_date"),
  /** I1: a count cell that is not a positive integer; the row is not counted. */
  CELL_BAD_COUNT(ScoringRules.I1, ERROR, "score.bad_count"),
  /** I1: a 情节严重 cell other than 是 or empty; the row is not counted. */
  CELL_BAD_FLAG(ScoringRules.I1, ERROR, "score.bad_flag"),
  /** I1: a row with more cells than the header has columns. */
  TOO_MANY_CELLS(ScoringRules.I1, ERROR, "csv.too_many_cells"),
  /** I1: a row with fewer cells than the header has columns. */
  TOO_FEW_CELLS(ScoringRules.I1, ERROR, "csv.too_few_cells"),
  /** A header column written almost as one of the register's (次數 for 次数): not read, so said. */
  COLUMN_NEAR(ScoringRules.I1, WARNING, "csv.column_near"),

  // I2, I3: the items
  /** I2 (warning): a row the same as an earlier one, perhaps entered twice; both are counted. */
  DUPLICATE(ScoringRules.I2, WARNING, "score.duplicate"),
  /** I2: an item the pack does not have. */
  UNKNOWN_ITEM(ScoringRules.I2, ERROR, "score.unknown_item"),
  /** A count that is not a positive integer; reported under the item's rule (I2 or I3). */
  BAD_COUNT(null, ERROR, "score.bad_count"),
  /** 次数 above the pack's bound (scoring.maxCount, X-BOUND): an error, not a wrap-around into a bonus. */
  COUNT_TOO_LARGE(null, ERROR, "score.count_too_large", "scoring.maxCount"),
  /** A row whose points would take a total beyond what can be counted: an error, never an overflow. */
  POINTS_OUT_OF_RANGE(null, ERROR, "score.points_out_of_range"),
  /** Warning: a 情节严重 event, listed apart for separate handling and scored as the item says (X-GAP). */
  SERIOUS(null, WARNING, "score.serious"),
  /** 情节严重 on an item the clause does not attach it to; scored as an ordinary event. */
  SERIOUS_NOT_ALLOWED(null, ERROR, "score.serious_not_allowed"),
  /** A once-a-year item (未完成年度调研任务) registered more than once in the year; the repeats are not scored. */
  ONCE_A_YEAR(null, ERROR, "score.once_a_year"),
  /** A leader's task finished within the pack's {@code scoring.taskWorkdays}, so not overdue and not scored. */
  TASK_IN_TIME(null, ERROR, "score.task_in_time", "scoring.taskWorkdays"),
  /** A leader's task finished before it was assigned; not scored. */
  TASK_FINISHED_BEFORE_ASSIGNED(null, ERROR, "score.task_finished_before_assigned"),
  /** Warning: a leader's task with only one of its assigned and finished dates; scored as registered. */
  TASK_DATES_INCOMPLETE(null, WARNING, "score.task_dates_incomplete"),
  /** Warning: no working calendar to count a leader's task in working days; scored as registered. */
  TASK_NO_CALENDAR(null, WARNING, "score.task_no_calendar"),
  /** Warning: the register names no section for evidence the clause says a given section provides. */
  NO_EVIDENCE(null, WARNING, "score.no_evidence"),
  /** Warning: the register names a section other than the one the clause says provides the evidence. */
  WRONG_EVIDENCE(null, WARNING, "score.wrong_evidence"),

  // I4: the section on the day
  /** I4: an event dated before the person joined the office. */
  BEFORE_JOINED(ScoringRules.I4, ERROR, "score.before_joined"),

  // I5: evidence by the deadline day, its bound stated by the pack
  /** I5 (warning): evidence that reached 综合股 after the pack's {@code scoring.deadlineDay}. */
  LATE_EVIDENCE(ScoringRules.I5, WARNING, "score.late_evidence", "scoring.deadlineDay"),
  /** I5 (warning): no submission date, so whether the evidence was in time cannot be judged. */
  NO_SUBMITTED(ScoringRules.I5, WARNING, "score.no_submitted"),
  /** I5: evidence submitted before the event it records. */
  EVIDENCE_BEFORE_EVENT(ScoringRules.I5, ERROR, "score.evidence_before_event"),

  // I6: year-end commendations
  /** I6 (note): a bottom section without a head in the office file. */
  NO_HEAD(ScoringRules.I6, INFO, "score.no_head"),
  /** I6 (note): a person passed over for commendation because they head a bottom section. */
  HEAD_PASSED_OVER(ScoringRules.I6, INFO, "score.head_passed_over"),
  /** I6 (warning): sections tied at the commendation cut, for the office to decide. */
  TIE_SECTIONS(ScoringRules.I6, WARNING, "score.tie_sections"),
  /** I6 (warning): people tied at the commendation cut beyond the most allowed, so the list stops above the tie. */
  TIE_PEOPLE(ScoringRules.I6, WARNING, "score.tie_people"),
  /** I6 (warning): so many people tied at the top that none can be chosen by score. */
  TIE_PEOPLE_ALL(ScoringRules.I6, WARNING, "score.tie_people_all"),
  /** I6 (note): people tied at the commendation cut, all commended within the most allowed. */
  TIE_PEOPLE_COMMENDED(ScoringRules.I6, INFO, "score.tie_people_commended"),
  /** I6 (warning): sections tied at the bottom cut, for the office to decide. */
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
