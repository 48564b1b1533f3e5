package org.zhidu.core.secrecy;

import java.util.List;
import org.zhidu.core.rule.RuleId;

/** The rules of classified material (the party office (4), (17)–(27); 安居 保密工作制度; 吴江 十四). */
public final class SecrecyRules {

  /** Levels 绝密 &gt; 机密 &gt; 秘密 &gt; 非密; a compilation or a removable medium carries the highest of its contents. */
  public static final RuleId S1 = RuleId.of("S1");
  /** Copies: never of some levels and kinds, else approved by the post the pack names; a copy keeps its level. */
  public static final RuleId S2 = RuleId.of("S2");
  /** Destruction: approved, registered, at the designated site, signed by two different people. */
  public static final RuleId S3 = RuleId.of("S3");
  /** 涉密会议记录表 and 外宾来访登记表 are kept five years. */
  public static final RuleId S4 = RuleId.of("S4");
  /** Nothing classified on line: a classified computer is never networked and has no wireless devices. */
  public static final RuleId S5 = RuleId.of("S5");
  /** Loans returned in their time; nobody leaves or moves with a loan open. */
  public static final RuleId S6 = RuleId.of("S6");
  /** A foreign visit is approved before it is received (严禁先接待后报批). */
  public static final RuleId S7 = RuleId.of("S7");

  /** The secrecy rules in catalogue order, S1 to S7. */
  public static final List<RuleId> ALL = List.of(S1, S2, S3, S4, S5, S6, S7);

  private SecrecyRules() {}
}
