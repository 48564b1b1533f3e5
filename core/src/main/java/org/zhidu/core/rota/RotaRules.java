package org.zhidu.core.rota;

import java.util.List;
import org.zhidu.core.rule.RuleId;

/** The rules of the duty rota (S3 值班工作制度; S0 七). */
public final class RotaRules {

  /** 24-hour duty is staffed by the clerks. */
  public static final RuleId R1 = RuleId.of("R1");
  /** The leader on duty: a county leader on holidays, a section cadre a week otherwise. */
  public static final RuleId R2 = RuleId.of("R2");
  /** One clerk a day, in turn, spread evenly over the weekdays. */
  public static final RuleId R3 = RuleId.of("R3");
  /** Two clerks a holiday day, the leader's own clerk among them. */
  public static final RuleId R4 = RuleId.of("R4");
  /** Handover at 09:00. */
  public static final RuleId R5 = RuleId.of("R5");
  /** Who notifies the duty person. */
  public static final RuleId R6 = RuleId.of("R6");
  /** Swaps need approval; responsibility follows it. */
  public static final RuleId R7 = RuleId.of("R7");
  /** Nobody away is scheduled. */
  public static final RuleId R8 = RuleId.of("R8");
  /** Duty allowance counts. */
  public static final RuleId R9 = RuleId.of("R9");

  /** The rota's rules in catalogue order, R1 to R9. */
  public static final List<RuleId> ALL = List.of(R1, R2, R3, R4, R5, R6, R7, R8, R9);

  private RotaRules() {}
}
