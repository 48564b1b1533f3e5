package org.zhidu.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the real command line in process, as a user would type it, and captures what it prints. */
public final class Cli {

  /** The repository's root, where the README's commands run. */
  public static final Path ROOT = findRoot();

  /** A fixed clock: 2026-11-23 09:00 in Beijing. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.ofHours(8));

  /** What a run printed and returned. */
  public record Result(int exitCode, String out, String err) {}

  private Cli() {}

  public static Result run(String... args) {
    return runIn(ROOT, new byte[0], args);
  }

  public static Result runWithStdin(byte[] stdin, String... args) {
    return runIn(ROOT, stdin, args);
  }

  public static Result runIn(Path cwd, byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), new ByteArrayInputStream(stdin), CLOCK,
        cwd, true);
    return new Result(code, out.toString(), err.toString());
  }

  /** Runs with standard input read from a file, as {@code zhidu … < file} does (the file named as stdin's path). */
  public static Result runWithStdinFile(Path cwd, Path stdinFile, String... args) throws java.io.IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (var in = Files.newInputStream(stdinFile)) {
      int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), in, CLOCK, cwd, true, stdinFile);
      return new Result(code, out.toString(), err.toString());
    }
  }

  /**
   * Whether a text report lists, under the heading {@code file} (or a path ending in /{@code file}; null: findings
   * without a file), an entry at
   * {@code place} ("12:3", "" for none) whose text after the place begins with {@code start} ("错误 G2 [日期] …"): the
   * layout of {@code FindingsReport.lines}, read back. Only the entry's first line is looked at.
   */
  public static boolean lists(String report, String file, String place, String start) {
    String[] lines = report.split("\n");
    for (int h = 0; h < lines.length; h++) {
      if (file != null && !lines[h].strip().equals(file) && !lines[h].strip().endsWith("/" + file)) {
        continue;
      }
      int headingIndent = file == null ? -1 : indent(lines[h]);
      for (int i = file == null ? h : h + 1; i < lines.length && indent(lines[i]) > headingIndent; i++) {
        String text = lines[i].strip();
        String after = text.startsWith(place) ? text.substring(place.length()) : null;
        if (after != null && (place.isEmpty() || after.startsWith(" ")) && after.stripLeading().startsWith(start)) {
          return true;
        }
      }
      if (file == null) {
        return false;
      }
    }
    return false;
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Path findRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("the examples folder was not found above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
