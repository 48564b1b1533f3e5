package org.zhidu.core.spending;

import java.util.List;
import org.zhidu.core.rule.RuleId;

/** The rules of spending and claims (S3 后勤管理制度; S0 十一, 十二; S2 (1)(3)(28)(29)). */
public final class SpendingRules {

  /** 安居区政府办: 一支笔 approval, prior approval of receptions and repairs, the papers of each claim. */
  public static final RuleId E1 = RuleId.of("E1");
  /** 吴江区政协: the office director up to 30,000 yuan, the secretary-general above; major spending at a meeting. */
  public static final RuleId E2 = RuleId.of("E2");
  /** 党办: 室务会 from 10,000 yuan, 三重一大 collective decisions, the claim chain, travel claims within 7 days. */
  public static final RuleId E3 = RuleId.of("E3");

  /** The spending rules in catalogue order, E1 to E3. */
  public static final List<RuleId> ALL = List.of(E1, E2, E3);

  private SpendingRules() {}
}
