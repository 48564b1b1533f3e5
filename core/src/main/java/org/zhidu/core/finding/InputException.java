package org.zhidu.core.finding;

import java.util.Objects;

/**
 * An input that cannot be used at all (a malformed pack, a broken CSV, a file that cannot be read), as opposed to
 * an input that was read and has findings. Carries the location and a catalogue message; the CLI prints it and
 * exits with code 2.
 */
public final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Location location;
  private final transient Message problem;

  /**
   * An input that cannot be used, at a place, for a reason in the message catalogue.
   *
   * @param location where the input goes wrong, as exactly as it is known
   * @param problem the catalogue message that says why
   */
  public InputException(Location location, Message problem) {
    this(location, problem, null);
  }

  /**
   * An input that cannot be used, with the lower-level failure that showed it.
   *
   * @param location where the input goes wrong, as exactly as it is known
   * @param problem the catalogue message that says why
   * @param cause the parser's or reader's exception, or {@code null}
   */
  public InputException(Location location, Message problem, Throwable cause) {
    super(problem.key() + " " + problem.args() + " at " + location, cause);
    this.location = Objects.requireNonNull(location, "location");
    this.problem = problem;
  }

  /**
   * Where the input goes wrong.
   *
   * @return the file, line and column (some may be absent), never {@code null}
   */
  public Location location() {
    return location;
  }

  /**
   * Why the input cannot be used, in the message catalogue's words.
   *
   * @return the key and arguments of the message the CLI prints
   */
  public Message problem() {
    return problem;
  }
}
