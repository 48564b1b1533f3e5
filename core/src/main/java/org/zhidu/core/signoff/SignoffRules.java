package org.zhidu.core.signoff;

import java.util.List;
import org.zhidu.core.rule.RuleId;

/** The rules of drafting and sign-off that zhidu computes (S3 专题会议办理程序规范, 会议记录工作规范; S2 (7) 综合文稿工作规则, (13) 改革办工作制度). */
public final class SignoffRules {

  /** A topic meeting's plan: its seven elements, signed off the day before the meeting (专题会议办理程序规范 三(一)(二)). */
  public static final RuleId D3 = RuleId.of("D3");
  /** A meeting's minutes: their elements, and the sign-in sheet of a large or important meeting (会议记录工作规范 二). */
  public static final RuleId D4 = RuleId.of("D4");

  /**
   * Deadlines of a leader's drafts: departments' drafts 3 days ahead (important speeches 5), the clerk revises in 1
   * working day, the deputy director in half a working day, the director in 1; reform plans 15 days ahead.
   */
  public static final RuleId D5 = RuleId.of("D5");

  public static final List<RuleId> ALL = List.of(D3, D4, D5);

  private SignoffRules() {}
}
