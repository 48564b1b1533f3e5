package org.zhidu.core.finding;

/** How bad a finding is. Only {@link #ERROR} makes a result invalid; the CLI maps that to exit code 1. */
public enum Severity {
  /** Something a rule forbids: the result is invalid and the CLI exits with code 1. */
  ERROR("error"),
  /**
   * Something a rule advises against or cannot confirm: reported, but the result stays valid unless the user asks to
   * fail on warnings.
   */
  WARNING("warning"),
  /** A note for the reader, such as which reading of a clause applied; never a failure. */
  INFO("info");

  private final String id;

  Severity(String id) {
    this.id = id;
  }

  /**
   * The stable lower-case id used in every output format.
   *
   * @return {@code error}, {@code warning} or {@code info}
   */
  public String id() {
    return id;
  }
}
