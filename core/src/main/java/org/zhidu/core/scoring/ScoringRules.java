package org.zhidu.core.scoring;

import java.util.List;
import org.zhidu.core.rule.RuleId;

/** The rules of the internal inspection scores (S3 内务督查制度). */
public final class ScoringRules {

  /** Everyone starts at 100. */
  public static final RuleId I1 = RuleId.of("I1");
  /** Deductions. */
  public static final RuleId I2 = RuleId.of("I2");
  /** Additions. */
  public static final RuleId I3 = RuleId.of("I3");
  /** A person's points count for their section on the day. */
  public static final RuleId I4 = RuleId.of("I4");
  /** Evidence by the 28th of the quarter's last month. */
  public static final RuleId I5 = RuleId.of("I5");
  /** Year-end commendations. */
  public static final RuleId I6 = RuleId.of("I6");

  /** The scoring rules in catalogue order, I1 to I6. */
  public static final List<RuleId> ALL = List.of(I1, I2, I3, I4, I5, I6);

  private ScoringRules() {}
}
