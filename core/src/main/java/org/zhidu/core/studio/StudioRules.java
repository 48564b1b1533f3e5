package org.zhidu.core.studio;

import java.util.List;
import org.zhidu.core.rule.RuleId;

/** The rules of members' studios (S4 郴州市政协委员工作室建设实施办法（暂行）). */
public final class StudioRules {

  /** Conditions: 四有, 六上墙, the opinion-collecting and integrity systems, the duty log (二(一)). */
  public static final RuleId W1 = RuleId.of("W1");
  /** Approval: application (joint signatures for a group) → review → 秘书长 → 分管副主席 → 主席会议 (二(二)). */
  public static final RuleId W2 = RuleId.of("W2");
  /** Lifecycle: two consecutive failed assessments revoke; a term's end closes; the 2019 pilot numbers (二(三)). */
  public static final RuleId W3 = RuleId.of("W3");

  /** The studio rules in catalogue order, W1 to W3. */
  public static final List<RuleId> ALL = List.of(W1, W2, W3);

  private StudioRules() {}
}
