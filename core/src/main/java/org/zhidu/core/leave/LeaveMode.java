package org.zhidu.core.leave;

/** How a leave was asked for and approved: a written form (假条, 请假审批表), or by word of mouth or telephone. */
public enum LeaveMode {
  WRITTEN("书面", "written"),
  ORAL("口头", "oral"),
  PHONE("电话", "phone");

  private static final LeaveMode[] ALL = values();

  private final String label;
  private final String id;

  LeaveMode(String label, String id) {
    this.label = label;
    this.id = id;
  }

  public String label() {
    return label;
  }

  /** The mode written either way (书面, written), or {@code null}. */
  public static LeaveMode parse(String text) {
    for (LeaveMode m : ALL) {
      if (m.label.equals(text) || m.id.equalsIgnoreCase(text)) {
        return m;
      }
    }
    return null;
  }
}
