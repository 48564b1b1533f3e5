package org.zhidu.core.finding;

import java.util.List;
import java.util.Objects;

/**
 * A message as data: a key into the message catalogue and its arguments. The CLI turns it into Chinese or
 * English text; core never chooses a language.
 */
public record Message(String key, List<String> args) {

  public Message {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  public static Message of(String key, String... args) {
    return new Message(key, List.of(args));
  }
}
