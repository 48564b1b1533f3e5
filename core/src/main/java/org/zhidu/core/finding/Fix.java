package org.zhidu.core.finding;

import java.util.Objects;

/** A proposed correction: the text at fault and what it should read. Proposed, never applied silently (N4). */
public record Fix(String from, String to) {

  public Fix {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
