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
  MISSING_COLUMN(null, ERROR, "register.missing_column"),
  COLUMN_TWICE(null, ERROR, "register.column_twice"),
  /** A column the register does not know, written almost as one it does (次數 for 次数): its cells go unread. */
  COLUMN_NEAR(null, WARNING, "csv.column_near"),
  UNTERMINATED(null, ERROR, "register.unterminated"),
  TOO_MANY_CELLS(null, ERROR, "register.too_many_cells"),
  TOO_FEW_CELLS(null, ERROR, "register.too_few_cells"),
  DUPLICATE(null, WARNING, "register.duplicate"),

  // cells
  REQUIRED(null, ERROR, "register.required"),
  BAD_DATE(null, ERROR, "register.bad_date"),
  BAD_DATETIME(null, ERROR, "register.bad_datetime"),
  BAD_COUNT(null, ERROR, "register.bad_count"),
  BAD_VALUE(null, ERROR, "register.bad_value"),

  // checks across a row
  END_BEFORE_START(null, ERROR, "register.end_before_start"),
  NOT_RETURNED(null, WARNING, "register.not_returned"),
  REQUIRED_WHEN(null, ERROR, "register.required_when"),
  SAME_PERSON(null, ERROR, "register.same_person"),

  // which register a header is
  UNKNOWN_REGISTER(RegisterRules.G_HEADER, ERROR, "registers.unknown"),
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
