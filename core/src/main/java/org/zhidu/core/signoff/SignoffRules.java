package org.zhidu.core.signoff;

import java.util.List;
import org.zhidu.core.rule.RuleId;

/** The rules of drafting and sign-off that zhidu computes (S2 (7) 综合文稿工作规则, (13) 改革办工作制度). */
public final class SignoffRules {

  /**
   * Deadlines of a leader's drafts: departments' drafts 3 days ahead (important speeches 5), the clerk revises in 1
   * working day, the deputy director in half a working day, the director in 1; reform plans 15 days ahead.
   */
  public static final RuleId D5 = RuleId.of("D5");

  public static final List<RuleId> ALL = List.of(D5);

  private SignoffRules() {}
}
