package org.zhidu.core.rule;

import java.util.List;

/** The catalogue's rules that apply to every area. */
public final class CrossCutting {

  /** Thresholds state whether their own value is inside (以上、以下、超过、不满). */
  public static final RuleId X_BOUND = RuleId.of("X-BOUND");

  /** Where a document is silent, zhidu says so instead of inventing a rule. */
  public static final RuleId X_GAP = RuleId.of("X-GAP");

  /** 工作日 is the Chinese working calendar (holidays and make-up working days announced each year). */
  public static final RuleId X_WORKDAY = RuleId.of("X-WORKDAY");

  /** The cross-cutting rules in catalogue order: X-BOUND, X-GAP, X-WORKDAY. */
  public static final List<RuleId> ALL = List.of(X_BOUND, X_GAP, X_WORKDAY);

  private CrossCutting() {}
}
