package org.zhidu.core.vote;

/** The opinions a member states on an item (第二十五条: 同意、不同意或者缓议). */
public enum Vote {
  /** 同意: for the item. */
  YES("同意"),
  /** 不同意: against the item. */
  NO("不同意"),
  /** 缓议: put the item off for further discussion. */
  DEFER("缓议");

  private final String label;

  Vote(String label) {
    this.label = label;
  }

  /**
   * As the minutes write it.
   *
   * @return 同意, 不同意 or 缓议
   */
  public String label() {
    return label;
  }

  /**
   * The vote a word states, or {@code null} for any other word (弃权, 已阅, a bare name).
   *
   * @param word the word as the minutes write it, or {@code null}
   * @return the vote, or {@code null}
   */
  public static Vote parse(String word) {
    for (Vote v : values()) {
      if (v.label.equals(word)) {
        return v;
      }
    }
    return null;
  }
}
