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

  public InputException(Location location, Message problem) {
    this(location, problem, null);
  }

  public InputException(Location location, Message problem, Throwable cause) {
    super(problem.key() + " " + problem.args() + " at " + location, cause);
    this.location = Objects.requireNonNull(location, "location");
    this.problem = problem;
  }

  public Location location() {
    return location;
  }

  public Message problem() {
    return problem;
  }
}
