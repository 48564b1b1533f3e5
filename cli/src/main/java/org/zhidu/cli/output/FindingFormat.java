package org.zhidu.cli.output;

/** The output formats of a command that reports findings. */
public enum FindingFormat {
  TEXT,
  JSON,
  SARIF,
  JUNIT,
  GITHUB;

  /** As users type it (and as help and shell completion list it): lower case. */
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
