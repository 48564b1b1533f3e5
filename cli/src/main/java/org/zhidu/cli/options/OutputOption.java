package org.zhidu.cli.options;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import org.zhidu.cli.Context;
import org.zhidu.cli.output.ReportTarget;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code -o/--output FILE}: the report goes to a file instead of standard output, never over an input. */
public final class OutputOption {

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "option.output")
  Path file;

  /** Whether a file was given (then the summary line goes to standard error). */
  public boolean given() {
    return file != null;
  }

  /** The file given, as written, or {@code null} for standard output. */
  public Path file() {
    return file;
  }

  /**
   * Opens the report: standard output, or the file given. A file that is one of the command's inputs is refused,
   * so a slip of the hand never replaces the register being checked.
   */
  public ReportTarget open(Context context, PrintWriter stdout, Collection<Path> inputs) {
    return open(context, stdout, inputs, StandardCharsets.UTF_8);
  }

  /** Opens the report in an encoding ({@link EncodingOption}): UTF-8, or GBK for a CSV. */
  public ReportTarget open(Context context, PrintWriter stdout, Collection<Path> inputs, Charset charset) {
    if (file == null) {
      return ReportTarget.open(stdout, null, charset);
    }
    Path target = context.workingDirectory().resolve(file);
    for (Path input : inputs) {
      if (input != null && same(target, context.workingDirectory().resolve(input))) {
        throw new InputException(Location.NOWHERE, Message.of("cli.output_is_input", file.toString()));
      }
    }
    return ReportTarget.open(stdout, target, charset, file.toString());
  }

  /**
   * Refuses, before a command does its work, a report's file that cannot be one: a folder, or a file in no folder
   * ({@link ReportTarget#refuseUnusable}). Every command's {@code --output} is checked so as it is parsed, by
   * {@link #refuseUnusable(CommandSpec, Context)}.
   *
   * @param context the run's working directory
   */
  public void refuseUnusable(Context context) {
    if (file != null) {
      ReportTarget.refuseUnusable(context.workingDirectory().resolve(file), file.toString());
    }
  }

  /** The {@code --output} of a command, however deep among its mixins, refused if it cannot be a report's file. */
  public static void refuseUnusable(CommandSpec command, Context context) {
    for (CommandSpec mixin : command.mixins().values()) {
      if (mixin.userObject() instanceof OutputOption output) {
        output.refuseUnusable(context);
      }
      refuseUnusable(mixin, context);
    }
  }

  /** A report written to a writer, returning the exit code. */
  @FunctionalInterface
  public interface Report {
    int write(PrintWriter out) throws IOException;
  }

  /** Writes a whole report to standard output or the file given, moved into place only when complete. */
  public int write(Context context, PrintWriter stdout, Collection<Path> inputs, Report report) throws IOException {
    return write(context, stdout, inputs, StandardCharsets.UTF_8, report);
  }

  /** {@link #write(Context, PrintWriter, Collection, Report)} in an encoding. */
  public int write(Context context, PrintWriter stdout, Collection<Path> inputs, Charset charset, Report report)
      throws IOException {
    try (ReportTarget target = open(context, stdout, inputs, charset)) {
      int code = report.write(target.writer());
      target.commit();
      return code;
    }
  }

  private static boolean same(Path a, Path b) {
    if (Files.exists(a) && Files.exists(b)) {
      try {
        return Files.isSameFile(a, b);
      } catch (IOException e) {
        // fall back to comparing the names
      }
    }
    return Objects.equals(a.toAbsolutePath().normalize(), b.toAbsolutePath().normalize());
  }
}
