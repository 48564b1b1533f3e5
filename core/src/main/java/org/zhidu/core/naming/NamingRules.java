package org.zhidu.core.naming;

import java.util.List;
import org.zhidu.core.rule.RuleId;

/** The rules of electronic document names (S3 电子文档命名规则及说明(试行)). */
public final class NamingRules {

  /** 文件: 文号-文种-标题(发文时间). */
  public static final RuleId N1 = RuleId.of("N1");
  /** 会议纪要: 会议时间-纪要-会议主题-主持人(yyyy第N期). */
  public static final RuleId N2 = RuleId.of("N2");
  /** 文稿材料: 时间-类别-使用人-标题+版本号(关键词). */
  public static final RuleId N3 = RuleId.of("N3");
  /** The usual mistakes, recognised and fixed. */
  public static final RuleId N4 = RuleId.of("N4");
  /** A legal file name on Windows and Linux, compared in NFC. */
  public static final RuleId N5 = RuleId.of("N5");

  /** The naming rules in catalogue order, N1 to N5. */
  public static final List<RuleId> ALL = List.of(N1, N2, N3, N4, N5);

  private NamingRules() {}
}
