package org.zhidu.core.surge;

import static org.zhidu.core.finding.Severity.INFO;
import static org.zhidu.core.finding.Severity.WARNING;

import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/** What a draw cannot do by the rule (U1). */
public enum SurgeProblem implements Problem {
  /** A section that keeps someone at its post has nobody available at all. */
  SECTION_UNCOVERED(SurgeRules.U1, WARNING, "surge.section_uncovered"),
  /** Fewer people can be drawn than asked for. */
  SHORT(SurgeRules.U1, WARNING, "surge.short"),
  /** The rota given has no row for the duty day: nobody is put first as on duty. */
  NO_DUTY_DAY(SurgeRules.U1, WARNING, "surge.no_duty_day"),
  /** A section the rule keeps is not in the office file. */
  NO_SUCH_SECTION(SurgeRules.U1, INFO, "surge.no_such_section");

  private final Problem.Spec spec;

  SurgeProblem(RuleId rule, Severity severity, String messageKey) {
    this.spec = new Problem.Spec(rule, severity, messageKey);
  }

  @Override
  public Problem.Spec spec() {
    return spec;
  }
}
