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
  /** A required cell left blank; the row is not checked. */
  CELL_BLANK(null, ERROR, "claims.cell_blank"),
  /** An amount cell that cannot be read as yuan and fen. */
  CELL_BAD_AMOUNT(null, ERROR, "claims.cell_bad_amount"),
  /** A date cell that cannot be read. */
  CELL_BAD_DATE(null, ERROR, "claims.cell_bad_date"),
  /** A 人数 cell that is not a whole number from 1 to 10000. */
  CELL_BAD_COUNT(null, ERROR, "claims.cell_bad_count"),
  /** A 预算内 cell other than 是 or 否. */
  CELL_BAD_BUDGETED(null, ERROR, "claims.cell_bad_budgeted"),
  /** A row with more cells than the header has columns. */
  TOO_MANY_CELLS(null, ERROR, "csv.too_many_cells"),
  /** A row with fewer cells than the header has columns. */
  TOO_FEW_CELLS(null, ERROR, "csv.too_few_cells"),
  /** A header column written almost as one of the register's (次數 for 次数): not read, so said. */
  COLUMN_NEAR(null, WARNING, "csv.column_near"),
  /** A column a check needs is not in the header: that check is not made, and the report says so. */
  COLUMN_ABSENT(null, INFO, "claims.column_absent"),

  // who approved the spending, and when
  /** Warning: a person the office file does not hold. */
  UNKNOWN_PERSON(null, WARNING, "claims.unknown_person"),
  /**
   * No route row for the kind and amount: said once for each kind (X-GAP). A note, not a warning: the register
   * cannot mend the pack's silence, and a clean register must be able to pass {@code --fail-on-warning}.
   */
  ROUTE_GAP(CrossCutting.X_GAP, INFO, "claims.gap"),
  /** Spending without an approver, where the route table gives a chain. */
  NOT_APPROVED(null, ERROR, "claims.not_approved"),
  /** Approvers other than the chain the route table gives, in order. */
  WRONG_APPROVERS(null, ERROR, "claims.wrong_approvers"),
  /** A step no name in the office file settles: its entries are not checked by name, said once for each post. */
  UNNAMED_POST(null, INFO, "claims.unnamed_post"),
  /** No office file: no entry is checked by name. */
  NO_OFFICE(null, INFO, "claims.no_office"),
  /** Spending approved after the money was spent, where the clause asks approval first. */
  APPROVED_AFTER(null, ERROR, "claims.approved_after"),
  /** Warning: spending the clause says is reported to someone the 汇报 cell does not name. */
  NOT_REPORTED(null, WARNING, "claims.not_reported"),
  /** Spending a meeting decides, without a decision written. */
  NO_DECISION(null, ERROR, "claims.no_decision"),
  /** Spending decided by other than the meeting the clause names. */
  WRONG_DECISION(null, ERROR, "claims.wrong_decision"),
  /** Spending a meeting decides, circulated for signatures instead. */
  CIRCULATED(null, ERROR, "claims.circulated"),
  /** Note: an amount a meeting decides if it is out of the budget, where the register does not say whether it is. */
  BUDGET_UNSAID(null, INFO, "claims.budget_unsaid"),
  /** Note: an amount the clause gives to two rows, with the reading the pack takes. */
  BOTH_READINGS(null, INFO, "claims.both_readings"),

  // the claim itself
  /** A claim without the papers its kind carries (四单制). */
  MISSING_PAPERS(null, ERROR, "claims.missing_papers"),
  /** A claim nobody signed, where the clause gives a chain of signers. */
  NOT_SIGNED(null, ERROR, "claims.not_signed"),
  /** Signers other than the chain the clause gives, in order. */
  WRONG_SIGNERS(null, ERROR, "claims.wrong_signers"),
  /** A travel claim made later after the return than the clause allows. */
  TRAVEL_LATE(null, ERROR, "claims.travel_late"),
  /** A travel claim not made by the as-of day, later after the return than the clause allows. */
  TRAVEL_UNCLAIMED(null, ERROR, "claims.travel_unclaimed"),
  /** A purchase at or above the fixed-asset line without an asset number. */
  NO_ASSET_NUMBER(null, ERROR, "claims.no_asset_number"),
  /** Warning: a meal above the norm a head; the clause says "about", so a warning. */
  MEAL_ABOVE_NORM(null, WARNING, "claims.meal_above_norm"),
  /** Note: a meal claim without the number of people, so the norm a head is not checked. */
  NO_PERSONS(null, INFO, "claims.no_persons"),
  /** Warning: a claim of a tallied kind made outside the next month's tally window. */
  TALLY_OUTSIDE(null, WARNING, "claims.tally_outside"),
  /** Warning: a claim of a tallied kind not yet made when its tally window has passed. */
  TALLY_MISSING(null, WARNING, "claims.tally_missing"),
  /** An invoice number already claimed on an earlier row. */
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
