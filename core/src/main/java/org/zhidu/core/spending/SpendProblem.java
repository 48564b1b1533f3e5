package org.zhidu.core.spending;

import static org.zhidu.core.finding.Severity.ERROR;
import static org.zhidu.core.finding.Severity.INFO;
import static org.zhidu.core.finding.Severity.WARNING;

import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.CrossCutting;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/**
 * Every problem the spending area reports. Most are reported under the rule of the pack's spending clause (E1, E2 or
 * E3), so their rule is {@code null} here; a route the document does not give is X-GAP's.
 */
public enum SpendProblem implements Problem {
  /** No row of the pack's route table applies: "no rule in &lt;pack&gt; for …" (X-GAP). */
  NO_ROUTE(null, ERROR, "spend.no_route"),

  // a row that cannot be read
  CELL_BLANK(null, ERROR, "claims.cell_blank"),
  CELL_BAD_AMOUNT(null, ERROR, "claims.cell_bad_amount"),
  CELL_BAD_DATE(null, ERROR, "claims.cell_bad_date"),
  CELL_BAD_COUNT(null, ERROR, "claims.cell_bad_count"),
  CELL_BAD_BUDGETED(null, ERROR, "claims.cell_bad_budgeted"),
  TOO_MANY_CELLS(null, ERROR, "csv.too_many_cells"),
  TOO_FEW_CELLS(null, ERROR, "csv.too_few_cells"),
  /** A header column written almost as one of the register's (次數 for 次数): not read, so said. */
  COLUMN_NEAR(null, WARNING, "csv.column_near"),
  /** A column a check needs is not in the header: that check is not made, and the report says so. */
  COLUMN_ABSENT(null, INFO, "claims.column_absent"),

  // who approved the spending, and when
  UNKNOWN_PERSON(null, WARNING, "claims.unknown_person"),
  /**
   * No route row for the kind and amount: said once for each kind (X-GAP). A note, not a warning: the register
   * cannot mend the pack's silence, and a clean register must be able to pass {@code --fail-on-warning}.
   */
  ROUTE_GAP(CrossCutting.X_GAP, INFO, "claims.gap"),
  NOT_APPROVED(null, ERROR, "claims.not_approved"),
  WRONG_APPROVERS(null, ERROR, "claims.wrong_approvers"),
  /** A step no name in the office file settles: its entries are not checked by name, said once for each post. */
  UNNAMED_POST(null, INFO, "claims.unnamed_post"),
  /** No office file: no entry is checked by name. */
  NO_OFFICE(null, INFO, "claims.no_office"),
  APPROVED_AFTER(null, ERROR, "claims.approved_after"),
  NOT_REPORTED(null, WARNING, "claims.not_reported"),
  NO_DECISION(null, ERROR, "claims.no_decision"),
  WRONG_DECISION(null, ERROR, "claims.wrong_decision"),
  CIRCULATED(null, ERROR, "claims.circulated"),
  BUDGET_UNSAID(null, INFO, "claims.budget_unsaid"),
  BOTH_READINGS(null, INFO, "claims.both_readings"),

  // the claim itself
  MISSING_PAPERS(null, ERROR, "claims.missing_papers"),
  NOT_SIGNED(null, ERROR, "claims.not_signed"),
  WRONG_SIGNERS(null, ERROR, "claims.wrong_signers"),
  TRAVEL_LATE(null, ERROR, "claims.travel_late"),
  TRAVEL_UNCLAIMED(null, ERROR, "claims.travel_unclaimed"),
  NO_ASSET_NUMBER(null, ERROR, "claims.no_asset_number"),
  MEAL_ABOVE_NORM(null, WARNING, "claims.meal_above_norm"),
  NO_PERSONS(null, INFO, "claims.no_persons"),
  TALLY_OUTSIDE(null, WARNING, "claims.tally_outside"),
  TALLY_MISSING(null, WARNING, "claims.tally_missing"),
  DUPLICATE_INVOICE(null, ERROR, "claims.duplicate_invoice");

  private final Problem.Spec spec;

  SpendProblem(RuleId rule, Severity severity, String messageKey) {
    this.spec = new Problem.Spec(rule, severity, messageKey);
  }

  @Override
  public Problem.Spec spec() {
    return spec;
  }
}
