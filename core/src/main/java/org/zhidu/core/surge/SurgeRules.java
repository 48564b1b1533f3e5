package org.zhidu.core.surge;

import java.util.List;
import org.zhidu.core.rule.RuleId;

/** The rules of surge work (S3 “突发事务”应急处置预案). */
public final class SurgeRules {

  /**
   * Drawing people: those on heavy or urgent work are left alone; in working hours 综合股, 信息股 and 应急股 keep at
   * least one person at their post; after hours those on duty and in residence come first (三).
   */
  public static final RuleId U1 = RuleId.of("U1");

  /** The surge rules in catalogue order: U1. */
  public static final List<RuleId> ALL = List.of(U1);

  private SurgeRules() {}
}
