package org.zhidu.core.naming;

import org.zhidu.core.rule.RuleId;

/** The three kinds of electronic document name, told apart by their first two segments. */
public enum NameKind {
  /** N1 文件: 文号-文种-标题(发文时间). */
  DOCUMENT("document", NamingRules.N1),
  /** N2 会议纪要: 会议时间-纪要-会议主题-主持人(yyyy第N期). */
  MINUTES("minutes", NamingRules.N2),
  /** N3 文稿材料: 时间-类别-使用人-标题+版本号(关键词). */
  DRAFT("draft", NamingRules.N3);

  private final String id;
  private final RuleId rule;

  NameKind(String id, RuleId rule) {
    this.id = id;
    this.rule = rule;
  }

  /**
   * The stable id used in JSON output.
   *
   * @return {@code document}, {@code minutes} or {@code draft}
   */
  public String id() {
    return id;
  }

  /**
   * The catalogue rule that defines this kind's pattern.
   *
   * @return N1, N2 or N3
   */
  public RuleId rule() {
    return rule;
  }
}
