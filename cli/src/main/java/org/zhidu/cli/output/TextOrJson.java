package org.zhidu.cli.output;

/** The formats of commands that explain or show rather than check: text for people, JSON for scripts. */
public enum TextOrJson {
  TEXT,
  JSON;

  /** As users type it (and as help and shell completion list it): lower case. */
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
