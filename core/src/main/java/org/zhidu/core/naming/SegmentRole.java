package org.zhidu.core.naming;

/** What a segment of a name was recognised as; the CLI names each role in Chinese or English. */
public enum SegmentRole {
  DOCUMENT_NUMBER("文号"),
  DOCUMENT_KIND("文种"),
  TITLE("标题"),
  ISSUE_DATE("发文时间"),
  MEETING_DATE("会议时间"),
  MINUTES_MARK("纪要"),
  THEME("会议主题"),
  HOST("主持人"),
  ISSUE_NUMBER("期号"),
  DATE("时间"),
  CATEGORY("类别"),
  USER("使用人"),
  VERSION("版本号"),
  STATUS("送审/定稿"),
  KEYWORDS("关键词"),
  SEPARATOR("分隔符"),
  EXTENSION("扩展名"),
  WHOLE("名称");

  private final String label;

  SegmentRole(String label) {
    this.label = label;
  }

  /** The clause's own word for the segment. */
  public String label() {
    return label;
  }
}
