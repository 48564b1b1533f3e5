package org.zhidu.core.finding;

import java.util.Objects;

/**
 * A value refused when it is built (a pack's setting, a policy's number), with a catalogue message instead of text
 * in one language: whoever read the value adds where it was written and reports an {@link InputException}.
 */
public final class InvalidValue extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Message problem;

  /**
   * A value refused for the reason the catalogue message {@code key} gives.
   *
   * @param key the message's key in the catalogue
   * @param args the message's arguments, in placeholder order
   */
  public InvalidValue(String key, String... args) {
    super(key + " " + java.util.List.of(args));
    this.problem = Objects.requireNonNull(Message.of(key, args));
  }

  /**
   * Why the value is refused, in the message catalogue's words.
   *
   * @return the key and arguments of the message
   */
  public Message problem() {
    return problem;
  }
}
