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
  CELL_BLANK(null, ERROR, "obligations.cell_blank"),
  CELL_BAD_DATE(null, ERROR, "obligations.cell_bad_date"),
  TOO_MANY_CELLS(null, ERROR, "csv.too_many_cells"),
  TOO_FEW_CELLS(null, ERROR, "csv.too_few_cells"),
  COLUMN_NEAR(null, WARNING, "csv.column_near"),

  /** Not done at all in a window now past. */
  MISSED(null, ERROR, "obligations.missed"),
  MISSED_TARGET(null, WARNING, "obligations.missed"),
  /** Done, but fewer times than the clause asks ("at least 12": 11). */
  TOO_FEW(null, ERROR, "obligations.too_few"),
  TOO_FEW_TARGET(null, WARNING, "obligations.too_few"),
  /** Done more times than the clause allows ("1–2 a year": 3). */
  TOO_MANY(null, WARNING, "obligations.too_many"),
  /** Done outside every window of the year (a 线组例会 on the 26th). */
  OUTSIDE_WINDOW(null, ERROR, "obligations.outside_window"),
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
