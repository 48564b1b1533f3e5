package org.zhidu.core.finding;

import java.util.Objects;

/**
 * A proposed correction: the text at fault and what it should read. Proposed, never applied silently (N4).
 *
 * @param from the text at fault, exactly as found
 * @param to what it should read
 */
public record Fix(String from, String to) {

  /**
   * Refuses a fix with either side missing.
   *
   * @param from the text at fault, exactly as found
   * @param to what it should read
   * @throws NullPointerException if {@code from} or {@code to} is {@code null}
   */
  public Fix {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
