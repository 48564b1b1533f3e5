package org.zhidu.cli.output;

/** The output formats of a command that reports findings. */
public enum FindingFormat {
  TEXT,
  JSON,
  SARIF,
  JUNIT,
  GITHUB
}
