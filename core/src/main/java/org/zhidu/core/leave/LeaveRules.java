package org.zhidu.core.leave;

import java.util.List;
import org.zhidu.core.rule.RuleId;

/** The rules of leave (S3 请假制度; S0 十三; S2 (30) 请销假制度). */
public final class LeaveRules {

  /** 安居区政府办: who approves a leave, written half a day ahead (请假制度 二–四). */
  public static final RuleId L1 = RuleId.of("L1");
  /** 吴江区政协: who approves a leave by role and length (十三). */
  public static final RuleId L2 = RuleId.of("L2");
  /** 党办: who approves a leave, and the caps of 3 days at a time and 15 a year ((30) 请销假制度). */
  public static final RuleId L3 = RuleId.of("L3");

  /** The leave rules in catalogue order, L1 to L3. */
  public static final List<RuleId> ALL = List.of(L1, L2, L3);

  private LeaveRules() {}
}
