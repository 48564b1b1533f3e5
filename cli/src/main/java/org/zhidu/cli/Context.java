package org.zhidu.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What the outside world gives a command: messages in the chosen language, standard input, the clock and the
 * working directory. Tests pass their own.
 *
 * @param stdinFile a path that opens what standard input reads ({@code /proc/self/fd/0}), so that a report is never
 *     written over the file read from standard input; {@code null} when there is none
 */
public record Context(
    Texts texts, InputStream stdin, Clock clock, Path workingDirectory, boolean noColor, Path stdinFile) {

  public Context(Texts texts, InputStream stdin, Clock clock, Path workingDirectory, boolean noColor) {
    this(texts, stdin, clock, workingDirectory, noColor, null);
  }
}
