package org.zhidu.cli.names;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.CheckOptions;
import org.zhidu.cli.options.FindingFormatOption;
import org.zhidu.cli.output.FindingFormat;
import org.zhidu.cli.output.FindingsReport;
import org.zhidu.cli.output.ReportTarget;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.naming.NameChecker;
import org.zhidu.cli.input.Background;
import org.zhidu.policies.Pack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhidu names check}: every name, whether it follows N1–N5, what is wrong, and the corrected name. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
public final class NamesCheckCommand extends AreaCommand {

  @Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "names.paths")
  List<String> paths = List.of();

  @Option(names = {"-r", "--recursive"}, descriptionKey = "names.recursive")
  boolean recursive;

  @Option(names = "--stdin", descriptionKey = "names.stdin")
  boolean stdin;

  @Mixin FindingFormatOption format;

  @Mixin CheckOptions check;

  @Override
  public Integer call() throws IOException {
    FileNameEncoding.require(!stdin);
    Texts texts = context.texts();
    if (stdin == !paths.isEmpty()) {
      throw new InputException(Location.NOWHERE, Message.of(stdin ? "names.stdin_and_paths" : "names.no_input"));
    }
    // the pack's YAML machinery takes a moment to start: load it while the names are read
    Background<Pack> loading = Background.start("zhidu-pack", () -> check.pack().resolve(context));
    boolean streamed = format.format() == FindingFormat.JSON && check.failure().maxErrors() <= 0;
    NameInputs.Found found = null;
    NameInputs.StdinParts parts = null;
    if (stdin) {
      byte[] bytes = NameInputs.readAll(context.stdin());
      parts = streamed ? NameInputs.stdinParts(bytes, NamesJsonStream.PART) : null;
      if (parts == null || !NamesJsonStream.worthIt(parts.lines())) {
        parts = null;
        found = new NameInputs.Found(NameInputs.fromStdin(bytes), List.of());
      }
    } else {
      found = NameInputs.fromPaths(paths, recursive, context.workingDirectory(), false);
    }
    Pack resolved = loading.join();
    NameChecker checker = new NameChecker(resolved.naming());
    if (streamed && (parts != null || NamesJsonStream.worthIt(found.names().size()))) {
      // every finding listed: the report is written while the names are checked (standard input's lines decoded
      // part by part as they are checked)
      check.calendar().checkGiven(context);
      try (ReportTarget target = check.output().open(context, spec.commandLine().getOut(), read(found))) {
        NamesReportWriter.Counts counts = parts != null
            ? NamesJsonStream.checkAndWrite(parts.count(), parts::part, checker, texts, target.writer())
            : NamesJsonStream.checkAndWrite(found.names(), checker, texts, target.writer());
        FindingsReport.Shown shown = counts.allListed();
        NamesJsonStream.finish(counts, target.writer());
        FindingsReport.finish(false, NamesReportWriter.summaryLine(counts, texts), shown, target,
            spec.commandLine().getErr(), texts);
        return exitCode(shown, found == null ? List.of() : found.unread());
      }
    }
    List<CheckedName> names = CheckedName.checkAll(found.names(), checker);
    FindingsReport.Shown shown = FindingsReport.limit(NamesReportWriter.items(names), check.failure().maxErrors());
    check.calendar().checkGiven(context);
    try (ReportTarget target = check.output().open(context, spec.commandLine().getOut(), read(found))) {
      FindingsReport.write(format.format(), "zhidu names check", shown, NamesReportWriter.rules(resolved, texts),
          NamesReportWriter.body(names, texts), NamesReportWriter.summaryLine(names, shown, texts), target,
          spec.commandLine().getErr(), texts);
    }
    return exitCode(shown, found.unread());
  }

  /**
   * The files the run reads, which the report may not replace: those given, the pack and calendar, and a document
   * found in a folder given whose name the report's file has (so that a report written into the folder checked is
   * refused only when it would replace one of its documents).
   */
  private List<Path> read(NameInputs.Found found) {
    List<Path> read = new ArrayList<>(paths.stream().map(Path::of).toList());
    Path output = check.output().file();
    if (output != null && output.getFileName() != null) {
      String name = output.getFileName().toString();
      for (NameInput n : found == null ? List.<NameInput>of() : found.names()) {
        if (n.file() != null && n.fileName().equals(name)) {
          read.add(n.file());
        }
      }
    }
    read.add(check.pack().file(context));
    read.add(check.calendar().file());
    if (stdin && context.stdinFile() != null && Files.isRegularFile(context.stdinFile())) {
      read.add(context.stdinFile()); // names.txt read from standard input is an input too: never the report's file
    }
    return read;
  }

  private int exitCode(FindingsReport.Shown shown, List<NameInputs.Unread> unread) {
    Texts texts = context.texts();
    int code = check.failure().exitCode(shown.summary());
    // what the walk could not read was not checked: said, and the run is not a clean one
    return NameInputs.tell(unread, texts, spec.commandLine().getErr()) ? Math.max(code, ExitCode.INPUT) : code;
  }
}
