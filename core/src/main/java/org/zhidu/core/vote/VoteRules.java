package org.zhidu.core.vote;

import java.util.List;
import org.zhidu.core.rule.RuleId;

/** The rules of a 室务会's votes (S2 (1) 室务会会议议事决策规则). */
public final class VoteRules {

  /** Quorum: half the members to meet, two thirds for cadre appointments (第十三、十六条). */
  public static final RuleId M1 = RuleId.of("M1");
  /** Passing: yes votes above half of the members who should attend; item by item, person by person (第二十五条). */
  public static final RuleId M2 = RuleId.of("M2");
  /** The director speaks last (第二十四条); a member stands aside on items about themselves or kin (第二十七条). */
  public static final RuleId M3 = RuleId.of("M3");
  /** Notice a day ahead (第二十三条); items of large disagreement deferred unless urgent (第二十五条). */
  public static final RuleId M4 = RuleId.of("M4");

  /** The meeting rules in catalogue order, M1 to M4. */
  public static final List<RuleId> ALL = List.of(M1, M2, M3, M4);

  private VoteRules() {}
}
