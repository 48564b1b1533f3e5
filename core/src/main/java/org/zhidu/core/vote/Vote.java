package org.zhidu.core.vote;

/** The opinions a member states on an item (第二十五条: 同意、不同意或者缓议). */
public enum Vote {
  YES("同意"),
  NO("不同意"),
  DEFER("缓议");

  private final String label;

  Vote(String label) {
    this.label = label;
  }

  /** As the minutes write it. */
  public String label() {
    return label;
  }

  /** The vote a word states, or {@code null} for any other word (弃权, 已阅, a bare name). */
  public static Vote parse(String word) {
    for (Vote v : values()) {
      if (v.label.equals(word)) {
        return v;
      }
    }
    return null;
  }
}
