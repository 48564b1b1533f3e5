package org.zhidu.core.finding;

/** How bad a finding is. Only {@link #ERROR} makes a result invalid; the CLI maps that to exit code 1. */
public enum Severity {
  ERROR("error"),
  WARNING("warning"),
  INFO("info");

  private final String id;

  Severity(String id) {
    this.id = id;
  }

  /** The stable lower-case id used in every output format. */
  public String id() {
    return id;
  }
}
