package org.zhidu.core.leave;

/** How a leave was asked for and approved: a written form (假条, 请假审批表), or by word of mouth or telephone. */
public enum LeaveMode {
  /** A written request: 假条 or 请假审批表. */
  WRITTEN("书面", "written"),
  /** Asked and approved by word of mouth. */
  ORAL("口头", "oral"),
  /** Asked and approved by telephone. */
  PHONE("电话", "phone");

  private static final LeaveMode[] ALL = values();

  private final String label;
  private final String id;

  LeaveMode(String label, String id) {
    this.label = label;
    this.id = id;
  }

  /**
   * The mode as the register writes it.
   *
   * @return 书面, 口头 or 电话
   */
  public String label() {
    return label;
  }

  /**
   * The mode written either way (书面, written), or {@code null}.
   *
   * @param text the register's cell, or {@code null}
   * @return the mode, or {@code null} when the text is none of them
   */
  public static LeaveMode parse(String text) {
    for (LeaveMode m : ALL) {
      if (m.label.equals(text) || m.id.equalsIgnoreCase(text)) {
        return m;
      }
    }
    return null;
  }
}
