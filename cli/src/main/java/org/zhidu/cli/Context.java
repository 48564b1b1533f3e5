package org.zhidu.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What the outside world gives a command: messages in the chosen language, standard input, the clock and the
 * working directory. Tests pass their own.
 */
public record Context(Texts texts, InputStream stdin, Clock clock, Path workingDirectory, boolean noColor) {}
