package org.zhidu.core.register;

import static org.zhidu.core.finding.Severity.ERROR;
import static org.zhidu.core.finding.Severity.WARNING;

import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/**
 * Every problem the register checker reports. A problem about a row or a cell is reported under the rule of the
 * register's schema (G3 for the seals lent out, or an office's own id); one about recognising a register, under
 * G-HEADER.
 */
public enum RegisterProblem implements Problem {
  // the register as a table
  /** A required column the header lacks. */
  MISSING_COLUMN(null, ERROR, "register.missing_column"),
  /** A column the header names twice; the second is not checked. */
  COLUMN_TWICE(null, ERROR, "register.column_twice"),
  /** A column the register does not know, written almost as one it does (次數 for 次数): its cells go unread. */
  COLUMN_NEAR(null, WARNING, "csv.column_near"),
  /** A quote that is never closed. */
  UNTERMINATED(null, ERROR, "register.unterminated"),
  /** A row with more cells than the header has columns. */
  TOO_MANY_CELLS(null, ERROR, "register.too_many_cells"),
  /** A row with fewer cells than the header has columns. */
  TOO_FEW_CELLS(null, ERROR, "register.too_few_cells"),
  /** Warning: a row the same as an earlier one. */
  DUPLICATE(null, WARNING, "register.duplicate"),

  // cells
  /** A required cell left empty. */
  REQUIRED(null, ERROR, "register.required"),
  /** A date cell that is not a real day as offices write them. */
  BAD_DATE(null, ERROR, "register.bad_date"),
  /** A date-and-time cell that is not a real day and time. */
  BAD_DATETIME(null, ERROR, "register.bad_datetime"),
  /** A count cell that is not a positive whole number. */
  BAD_COUNT(null, ERROR, "register.bad_count"),
  /** An enum cell with a value the field does not allow. */
  BAD_VALUE(null, ERROR, "register.bad_value"),

  // checks across a row
  /** An end before its start (归还时间 before 出借时间). */
  END_BEFORE_START(null, ERROR, "register.end_before_start"),
  /** Warning: something lent on or before the as-of day and not returned (G3). */
  NOT_RETURNED(null, WARNING, "register.not_returned"),
  /** A field left empty that another field's value requires (销毁 needs 销毁人 and 监销人, G13). */
  REQUIRED_WHEN(null, ERROR, "register.required_when"),
  /** Two fields that name different people hold the same name (G13: 销毁人 and 监销人). */
  SAME_PERSON(null, ERROR, "register.same_person"),

  // which register a header is
  /** G-HEADER: the header fits no register; the closest are named with the columns they lack. */
  UNKNOWN_REGISTER(RegisterRules.G_HEADER, ERROR, "registers.unknown"),
  /** G-HEADER: the header fits several registers equally well. */
  AMBIGUOUS_REGISTER(RegisterRules.G_HEADER, ERROR, "registers.ambiguous");

  private final Problem.Spec spec;

  RegisterProblem(RuleId rule, Severity severity, String messageKey) {
    this.spec = new Problem.Spec(rule, severity, messageKey);
  }

  @Override
  public Problem.Spec spec() {
    return spec;
  }
}
