package org.zhidu.core.finding;

import java.util.List;
import java.util.Objects;

/**
 * A message as data: a key into the message catalogue and its arguments. The CLI turns it into Chinese or
 * English text; core never chooses a language.
 *
 * @param key the key in the message catalogue, such as {@code rota.uncovered}
 * @param args the arguments filling the message's {@code {0}}, {@code {1}}, … placeholders, in order; may be empty
 */
public record Message(String key, List<String> args) {

  /**
   * Refuses a message without a key and keeps an unmodifiable copy of the arguments.
   *
   * @param key the key in the message catalogue, such as {@code rota.uncovered}
   * @param args the arguments filling the message's {@code {0}}, {@code {1}}, … placeholders, in order; may be empty
   * @throws NullPointerException if {@code key}, {@code args} or one of the arguments is {@code null}
   */
  public Message {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  /**
   * A message with its arguments given in placeholder order.
   *
   * @param key the key in the message catalogue
   * @param args the arguments filling {@code {0}}, {@code {1}}, …; none may be {@code null}
   * @return the message
   */
  public static Message of(String key, String... args) {
    return new Message(key, List.of(args));
  }
}
