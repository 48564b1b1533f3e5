package org.zhidu.core.secrecy;

/**
 * A level of classification, in order (S1): {@link #NONE} &lt; {@link #SECRET} &lt; {@link #CONFIDENTIAL} &lt;
 * {@link #TOP_SECRET}, so that {@code compareTo} and {@link #max} are the clause's "highest level".
 */
public enum Level {
  /** 非密: not classified (also 内部, 普通, 无 or a blank cell). */
  NONE("非密"),
  /** 秘密, the lowest classified level. */
  SECRET("秘密"),
  /** 机密. */
  CONFIDENTIAL("机密"),
  /** 绝密, the highest level. */
  TOP_SECRET("绝密");

  private static final Level[] ALL = values();

  private final String word;

  Level(String word) {
    this.word = word;
  }

  /**
   * The level's word (秘密).
   *
   * @return 非密, 秘密, 机密 or 绝密
   */
  public String word() {
    return word;
  }

  /**
   * The higher of two levels.
   *
   * @param a a level
   * @param b another level
   * @return {@code a} when it is at least {@code b}, else {@code b}
   */
  public static Level max(Level a, Level b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * The level a register's cell writes: 绝密, 机密, 秘密 (a period may follow, as 机密★10年 marks it), or 非密, 内部,
   * 无 and a blank cell for material that is not classified; {@code null} for anything else.
   *
   * @param cell the register's cell, never {@code null}
   * @return the level, or {@code null}
   */
  public static Level of(String cell) {
    String t = cell.strip();
    if (t.isEmpty() || t.equals("非密") || t.equals("无") || t.equals("内部") || t.equals("普通")) {
      return NONE;
    }
    for (Level level : ALL) {
      if (level != NONE && t.startsWith(level.word) && (t.length() == 2 || t.charAt(2) == '★' || t.charAt(2) == '*'
          || t.charAt(2) == '级' || t.charAt(2) == ' ')) {
        return level;
      }
    }
    return null;
  }
}
