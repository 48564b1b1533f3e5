package org.zhidu.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.zhidu.cli.input.Background;
import org.zhidu.cli.output.Colour;
import org.zhidu.cli.output.ReportNotWritten;
import org.zhidu.cli.output.ReportWriter;
import org.zhidu.cli.output.Visible;
import org.zhidu.core.calendar.YearNotAnnouncedException;
import org.zhidu.core.finding.InputException;
import picocli.CommandLine;

/** Entry point. Wires picocli, the message bundle and the error handlers; commands do the work. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // the report may be tens of megabytes: a large buffer straight to the descriptor, flushed once at the end
    // a report writer keeps why a write failed (standard output sent to a full disk), so the run can say it
    BufferedOutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    PrintWriter out = new ReportWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), stdout);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    // colour only on a terminal (System.console() is null when standard output is a pipe or a file), and never with
    // NO_COLOR set to a non-empty value; --color always|never decides instead when given (Main.run)
    boolean colour = Colour.AUTO.on(System.console() != null, System.getenv("NO_COLOR"));
    // the offices' day is Beijing's, wherever the machine is set (a CI runner keeps UTC): China keeps one time, with
    // no daylight saving, so a fixed offset is exact, and reading the zone database is left out of every run
    int code = run(args, out, err, System.in, Clock.system(ZoneOffset.ofHours(8)), Path.of("").toAbsolutePath(),
        !colour, stdinFile());
    out.flush();
    if (out.checkError() && code != ExitCode.INTERNAL && !ReportWriter.readerGone(out)) {
      // what a command printed without a report of its own (a help, a short answer) did not arrive either
      err.println(describe(new ReportNotWritten(null, ((ReportWriter) out).failure()), new Texts(Lang.fromArgs(args))));
      code = ExitCode.INTERNAL;
    }
    err.flush();
    System.exit(code);
  }

  /** Runs one command line and returns its exit code; never throws. */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, InputStream in, Clock clock, Path cwd, boolean noColor) {
    return run(args, out, err, in, clock, cwd, noColor, null);
  }

  /**
   * Runs one command line and returns its exit code; never throws.
   *
   * @param notTerminal whether standard output is no terminal, or NO_COLOR is set: then no colour unless {@code
   *     --color always}
   * @param stdinFile a path that opens what {@code in} reads, or {@code null} ({@link Context#stdinFile()})
   */
  public static int run(String[] args, PrintWriter stdout, PrintWriter err, InputStream in, Clock clock, Path cwd,
      boolean notTerminal, Path stdinFile) {
    Lang lang = Lang.fromArgs(args);
    Colour colour = Colour.fromArgs(args);
    boolean noColor = colour == Colour.AUTO ? notTerminal : colour == Colour.NEVER;
    PrintWriter out = noColor ? stdout : Colour.of(stdout);
    boolean debug = Arrays.asList(args).contains("--debug");
    Texts texts = new Texts(lang);
    Context context = new Context(texts, in, clock, cwd, noColor, stdinFile);
    for (String arg : args) {
      // picocli reads @FILE as more arguments; a folder or an unreadable file there would end in its stack trace
      if (arg.length() > 1 && arg.charAt(0) == '@' && arg.charAt(1) != '@') {
        Path file = cwd.resolve(arg.substring(1));
        if (Files.isDirectory(file) || Files.exists(file) && !Files.isReadable(file)) {
          err.println(texts.get("cli.usage_error", texts.get("cli.error.argfile", arg.substring(1))));
          err.flush();
          return ExitCode.INPUT;
        }
      }
    }
    Preload.start(args, cwd);
    List<Class<?>> groups = ZhiduCommand.subcommandsFor(args);
    if (!groups.isEmpty()) {
      // the messages are read while picocli builds the commands that will say them
      Background.start("zhidu-texts", texts::bundle);
    }
    Factory factory = new Factory(context);
    CommandLine cli = new CommandLine(new ZhiduCommand(context).spec(), factory);
    for (Class<?> group : groups) {
      CommandLine groupLine = new CommandLine(group, factory);
      for (Class<?> verb : ZhiduCommand.verbsFor(group, args)) {
        groupLine.addSubcommand(new CommandLine(verb, factory));
      }
      cli.addSubcommand(groupLine);
    }
    if (!groups.isEmpty()) {
      cli.setResourceBundle(texts.bundle()); // the version alone needs no message: the bundle is read only if one is said
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(noColor ? CommandLine.Help.Ansi.OFF
        : colour == Colour.ALWAYS ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.AUTO));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          err.println(Visible.of(texts.get("cli.usage_error", UsageErrors.describe(e, texts))));
          String name = e.getCommandLine().getCommandSpec().qualifiedName();
          err.println(texts.get("cli.usage_hint", name));
          err.flush();
          return ExitCode.INPUT;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          if (debug) {
            e.printStackTrace(err);
          }
          err.println(describe(e, texts));
          err.flush();
          return isInputProblem(e) ? ExitCode.INPUT : ExitCode.INTERNAL;
        });
    cli.setExecutionStrategy(parsed -> {
      // a report's file that cannot be one is said before the command does its work, not after
      CommandLine.ParseResult last = parsed;
      while (last.hasSubcommand()) {
        last = last.subcommand();
      }
      if (!last.isUsageHelpRequested() && !last.isVersionHelpRequested()) {
        try {
          org.zhidu.cli.options.OutputOption.refuseUnusable(last.commandSpec(), context);
        } catch (InputException e) {
          err.println(describe(e, texts));
          err.flush();
          return ExitCode.INPUT;
        }
      }
      return new CommandLine.RunLast().execute(parsed);
    });
    try {
      return cli.execute(args);
    } catch (RuntimeException e) {
      if (debug) {
        e.printStackTrace(err);
      }
      err.println(describe(e, texts));
      err.flush();
      return ExitCode.INTERNAL;
    } catch (OutOfMemoryError e) {
      // an input too large for the heap: said plainly, never a trace
      err.println(texts.get("cli.out_of_memory"));
      err.flush();
      return ExitCode.INTERNAL;
    } catch (StackOverflowError e) {
      err.println(texts.get("cli.internal_error", e.getClass().getSimpleName()));
      err.flush();
      return ExitCode.INTERNAL;
    } finally {
      out.flush();
    }
  }

  /** Where the process's standard input can be opened by name, where the system offers one (Linux, macOS). */
  private static Path stdinFile() {
    for (String name : new String[] {"/proc/self/fd/0", "/dev/stdin"}) {
      Path path = Path.of(name);
      if (Files.exists(path)) {
        return path;
      }
    }
    return null;
  }

  private static boolean isInputProblem(Throwable e) {
    return e instanceof InputException
        || e instanceof UncheckedIOException
        || e instanceof YearNotAnnouncedException;
  }

  /** The one line that tells what went wrong; what it quotes (a path, a value) with its controls shown. */
  private static String describe(Throwable e, Texts texts) {
    return Visible.of(said(e, texts));
  }

  private static String said(Throwable e, Texts texts) {
    if (e instanceof InputException input) {
      return Diagnostics.format(input, texts);
    }
    if (e instanceof YearNotAnnouncedException year) {
      return texts.message(org.zhidu.cli.options.CalendarOptions.notAnnounced(year.year()));
    }
    if (e instanceof UncheckedIOException io) {
      return texts.get("cli.io_error", String.valueOf(io.getCause().getMessage()));
    }
    if (e instanceof ReportNotWritten failed) {
      String reason = failed.reason() == null ? texts.get("cli.report_not_written.unknown")
          : failed.reason().contains("No space left") ? texts.get("cli.report_not_written.full")
          : failed.reason();
      return failed.file() == null ? texts.get("cli.report_not_written.stdout", reason)
          : texts.get("cli.report_not_written", failed.file(), reason);
    }
    return texts.get("cli.internal_error", e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  /** Creates commands with the context they need, so none of them reaches for a global. */
  private record Factory(Context context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (AreaCommand.class.isAssignableFrom(type)) {
        K command = CommandLine.defaultFactory().create(type);
        ((AreaCommand) command).attach(context);
        return command;
      }
      for (var constructor : type.getDeclaredConstructors()) {
        if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == Context.class) {
          constructor.setAccessible(true);
          return type.cast(constructor.newInstance(context));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
