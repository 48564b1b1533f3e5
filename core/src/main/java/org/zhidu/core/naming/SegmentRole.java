package org.zhidu.core.naming;

/** What a segment of a name was recognised as; the CLI names each role in Chinese or English. */
public enum SegmentRole {
  /** The 文号 of a document (N1). */
  DOCUMENT_NUMBER("文号"),
  /** The 文种 of a document (N1). */
  DOCUMENT_KIND("文种"),
  /** The 标题 of a document or draft. */
  TITLE("标题"),
  /** The 发文时间 of a document (N1). */
  ISSUE_DATE("发文时间"),
  /** The 会议时间 of minutes (N2). */
  MEETING_DATE("会议时间"),
  /** The 纪要 of minutes (N2). */
  MINUTES_MARK("纪要"),
  /** The 会议主题 of minutes (N2). */
  THEME("会议主题"),
  /** The 主持人 of minutes (N2). */
  HOST("主持人"),
  /** The 期号 of minutes (N2). */
  ISSUE_NUMBER("期号"),
  /** The 时间 of a draft (N3). */
  DATE("时间"),
  /** The 类别 of a draft (N3). */
  CATEGORY("类别"),
  /** The 使用人 of a draft (N3). */
  USER("使用人"),
  /** The 版本号 of a draft (N3). */
  VERSION("版本号"),
  /** The 送审 or 定稿 after a draft's version (N3). */
  STATUS("送审/定稿"),
  /** The 关键词 in parentheses at the end of a draft (N3). */
  KEYWORDS("关键词"),
  /** A separator between segments. */
  SEPARATOR("分隔符"),
  /** The file's extension, with its dot. */
  EXTENSION("扩展名"),
  /** The whole name, for problems no segment owns. */
  WHOLE("名称");

  private final String label;

  SegmentRole(String label) {
    this.label = label;
  }

  /**
   * The clause's own word for the segment.
   *
   * @return the word, such as {@code 文号} or {@code 会议主题}
   */
  public String label() {
    return label;
  }
}
