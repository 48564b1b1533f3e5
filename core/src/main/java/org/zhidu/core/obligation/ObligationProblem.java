package org.zhidu.core.obligation;

import static org.zhidu.core.finding.Severity.ERROR;
import static org.zhidu.core.finding.Severity.INFO;
import static org.zhidu.core.finding.Severity.WARNING;

import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.CrossCutting;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/**
 * Every problem of an activity log against the year's plan. Most are reported under the obligation's own rule, so
 * their rule is {@code null} here; a target (力争) missed is a warning, a duty missed an error.
 */
public enum ObligationProblem implements Problem {
  /** A required cell left blank; the row is not checked. */
  CELL_BLANK(null, ERROR, "obligations.cell_blank"),
  /** A date cell that cannot be read. */
  CELL_BAD_DATE(null, ERROR, "obligations.cell_bad_date"),
  /** A yes-or-no cell (过夜) other than 是 or 否. */
  CELL_BAD_YES_NO(null, ERROR, "obligations.cell_bad_yes_no"),
  /** A row with more cells than the header has columns. */
  TOO_MANY_CELLS(null, ERROR, "csv.too_many_cells"),
  /** A row with fewer cells than the header has columns. */
  TOO_FEW_CELLS(null, ERROR, "csv.too_few_cells"),
  /** Warning: a header cell written almost as one of the log's columns (次數 for 次数); that column is read as absent. */
  COLUMN_NEAR(null, WARNING, "csv.column_near"),

  /** Not done at all in a window now past. */
  MISSED(null, ERROR, "obligations.missed"),
  /** Warning: a target (力争) not done at all in a window now past. */
  MISSED_TARGET(null, WARNING, "obligations.missed"),
  /** Done, but fewer times than the clause asks ("at least 12": 11). */
  TOO_FEW(null, ERROR, "obligations.too_few"),
  /** Warning: a target (力争) done fewer times than the clause asks. */
  TOO_FEW_TARGET(null, WARNING, "obligations.too_few"),
  /** Done more times than the clause allows ("1–2 a year": 3). */
  TOO_MANY(null, WARNING, "obligations.too_many"),
  /** Done outside every window of the year (a 线组例会 on the 26th). */
  OUTSIDE_WINDOW(null, ERROR, "obligations.outside_window"),
  /** P2: a trip longer than its limit in days ("不超过一周"). */
  TRIP_TOO_LONG(null, ERROR, "obligations.trip_too_long"),
  /** P2: a trip over its working days ("最长不超过2个工作日"). */
  TRIP_TOO_MANY_WORKDAYS(null, ERROR, "obligations.trip_too_many_workdays"),
  /** P2: a night away where the clause says "原则上不过夜": a warning, since 原则上 leaves room. */
  TRIP_OVERNIGHT(null, WARNING, "obligations.trip_overnight"),
  /** A trip that ends before it begins. */
  TRIP_BACKWARDS(null, ERROR, "obligations.trip_backwards"),
  /** P5: research done after its kind's months. */
  RESEARCH_LATE(null, ERROR, "obligations.research_late"),
  /** P5: research done before the day it was assigned: one of the two days is written wrongly. */
  RESEARCH_BEFORE_ASSIGNED(null, ERROR, "obligations.research_before_assigned"),
  /** P5: research whose assignment day the log does not give: its time cannot be checked. */
  RESEARCH_UNASSIGNED(null, WARNING, "obligations.research_unassigned"),
  /** P5: an exam paper with another number of marks than the clause's markers. */
  EXAM_MARKERS(null, ERROR, "obligations.exam_markers"),
  /** P5: an exam's score that is not the mean of its marks. */
  EXAM_NOT_MEAN(null, ERROR, "obligations.exam_not_mean"),
  /** A 阅卷成绩 or 成绩 cell that is not a mark from 0 to 1000. */
  CELL_BAD_MARK(null, ERROR, "obligations.cell_bad_mark"),
  /** M5: a meeting notified fewer days ahead than its clause asks ("一般应提前10天": a warning, since 一般 leaves room). */
  NOTICE_SHORT(null, WARNING, "obligations.notice_short"),
  /** M5: a meeting notified after the day it was held. */
  NOTICE_AFTER(null, ERROR, "obligations.notice_after"),
  /** M5: a meeting that needs notice, its row without the day it was notified. */
  NOTICE_BLANK(null, WARNING, "obligations.notice_blank"),
  /** M5: a log without a column for the day of notice: the notice is not checked, said once. */
  NOTICE_UNRECORDED(null, INFO, "obligations.notice_unrecorded"),
  /** P2: done on or after the day of what it is to come before (全体委员视察 "在全会召开之前"). */
  NOT_BEFORE(null, WARNING, "obligations.not_before"),
  /** P5: a posting held past the months of its rhythm, still held on the check day ("原则上": a warning). */
  ROTATION_OVERDUE(ObligationRules.P5, WARNING, "obligations.rotation_overdue"),
  /** P5: a posting left later than the months of its rhythm. */
  ROTATION_LATE(ObligationRules.P5, WARNING, "obligations.rotation_late"),
  /** P5: a posting left sooner than the rhythm's fewest months. */
  ROTATION_EARLY(ObligationRules.P5, INFO, "obligations.rotation_early"),
  /** P5: people whose office file gives no first day of their posting: their rotation is not checked. */
  ROTATION_UNDATED(ObligationRules.P5, INFO, "obligations.rotation_undated"),
  /** G14: an item without its unit, its person or its deadline. */
  TASK_UNSTATED(ObligationRules.G14, ERROR, "obligations.task_unstated"),
  /** G14: the same matter twice ("一事一项"). */
  TASK_TWICE(ObligationRules.G14, WARNING, "obligations.task_twice"),
  /** G14: open past its deadline. */
  TASK_OVERDUE(ObligationRules.G14, ERROR, "obligations.task_overdue"),
  /** G14: finished after its deadline. */
  TASK_LATE(ObligationRules.G14, ERROR, "obligations.task_late"),
  /** G14: open, and its deadline within the pack's reminder days: the unit is to be reminded. */
  TASK_REMIND(ObligationRules.G14, INFO, "obligations.task_remind"),
  /** A due day moved off a day that is not a working day, by the pack's reading: said once per obligation. */
  MOVED(CrossCutting.X_GAP, INFO, "obligations.moved"),
  /** Rows that name no obligation of the pack, or fall in another year: said once with how many. */
  NOT_PLANNED(null, INFO, "obligations.not_planned");

  private final Problem.Spec spec;

  ObligationProblem(RuleId rule, Severity severity, String messageKey) {
    this.spec = new Problem.Spec(rule, severity, messageKey);
  }

  @Override
  public Problem.Spec spec() {
    return spec;
  }
}
