package org.zhidu.core.office;

/** What a person is in the office, as the rules name them. */
public enum Role {
  /** 文秘人员: staffs the 24-hour duty (R1), one a day, two on holidays. */
  CLERK("文秘人员", "clerk"),
  /** 科级干部: leads the duty one week at a time (R2). */
  SECTION_CADRE("科级干部", "section-cadre"),
  /** 县级领导: leads the duty on holidays (R2); each may have a linked clerk (R4). */
  COUNTY_LEADER("县级领导", "county-leader"),
  /** 办公室主任. */
  DIRECTOR("办公室主任", "director"),
  /** 驾驶员 (小车班, scored like all staff, I1). */
  DRIVER("驾驶员", "driver"),
  /** Other staff. */
  STAFF("工作人员", "staff");

  private final String label;
  private final String id;

  Role(String label, String id) {
    this.label = label;
    this.id = id;
  }

  /**
   * The Chinese word, as an office file may write it.
   *
   * @return the word, such as {@code 文秘人员}
   */
  public String label() {
    return label;
  }

  /**
   * The English id, as an office file may also write it.
   *
   * @return the id, such as {@code clerk} or {@code county-leader}
   */
  public String id() {
    return id;
  }

  /**
   * The role written either way, or {@code null}.
   *
   * @param text the Chinese word or the English id, or {@code null}
   * @return the role, or {@code null} when the text is neither
   */
  public static Role parse(String text) {
    for (Role r : values()) {
      if (r.label.equals(text) || r.id.equals(text)) {
        return r;
      }
    }
    return null;
  }
}
