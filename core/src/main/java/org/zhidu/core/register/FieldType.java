package org.zhidu.core.register;

/** What a register's cell holds. */
public enum FieldType {
  /** Any text. */
  TEXT("text"),
  /** A person's name. */
  PERSON("person"),
  /** A day: 2026-03-05, 2026/3/5, 2026.03.05, 2026年3月5日. */
  DATE("date"),
  /** A day with or without a time: 2026-03-05 14:30, 2026年3月5日14时30分. */
  DATETIME("datetime"),
  /** A positive whole number (用印份数). */
  INTEGER("integer"),
  /** One of a fixed list (密级). */
  ENUM("enum");

  private final String id;

  FieldType(String id) {
    this.id = id;
  }

  /**
   * The type as a schema file writes it.
   *
   * @return {@code text}, {@code person}, {@code date}, {@code datetime}, {@code integer} or {@code enum}
   */
  public String id() {
    return id;
  }

  /**
   * The type written as in a schema file, or {@code null}.
   *
   * @param text the type's id, or {@code null}
   * @return the type, or {@code null} when the text is no type's id
   */
  public static FieldType parse(String text) {
    for (FieldType t : values()) {
      if (t.id.equals(text)) {
        return t;
      }
    }
    return null;
  }
}
