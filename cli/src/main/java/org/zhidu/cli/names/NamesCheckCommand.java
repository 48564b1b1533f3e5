package org.zhidu.cli.names;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;
import org.zhidu.cli.Context;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.output.FindingFormat;
import org.zhidu.cli.output.ReportTarget;
import org.zhidu.cli.policies.PackOption;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.naming.NameChecker;
import org.zhidu.policies.Pack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhidu names check}: every name, whether it follows N1–N5, what is wrong, and the corrected name. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
public final class NamesCheckCommand implements Callable<Integer> {

  private final Context context;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "names.paths")
  List<String> paths = List.of();

  @Option(names = {"-r", "--recursive"}, descriptionKey = "names.recursive")
  boolean recursive;

  @Option(names = "--stdin", descriptionKey = "names.stdin")
  boolean stdin;

  @Option(names = "--format", paramLabel = "text|json|sarif|junit|github", descriptionKey = "option.format.findings",
      defaultValue = "text")
  FindingFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "option.output")
  Path output;

  @Option(names = "--fail-on-warning", descriptionKey = "option.fail_on_warning")
  boolean failOnWarning;

  @Mixin PackOption pack;

  NamesCheckCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    if (stdin == !paths.isEmpty()) {
      throw new InputException(Location.NOWHERE, Message.of(stdin ? "names.stdin_and_paths" : "names.no_input"));
    }
    // the pack's YAML machinery takes a moment to start: load it while the names are read
    CompletableFuture<Pack> loading = CompletableFuture.supplyAsync(() -> pack.resolve(context));
    List<NameInput> inputs;
    try {
      inputs = stdin
          ? NameInputs.fromStdin(context.stdin())
          : NameInputs.fromPaths(paths, recursive, context.workingDirectory());
    } finally {
      loading.exceptionally(e -> null);
    }
    Pack resolved;
    try {
      resolved = loading.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    List<CheckedName> names = CheckedName.checkAll(inputs, new NameChecker(resolved.naming()));
    NamesReportWriter.Counts counts = NamesReportWriter.Counts.of(names);
    try (ReportTarget target = ReportTarget.open(spec.commandLine().getOut(), resolvePath(output))) {
      NamesReportWriter.write(format, names, resolved, texts, target.writer());
      String summary = NamesReportWriter.summaryLine(counts, texts);
      if (format == FindingFormat.TEXT && target.isStdout()) {
        target.writer().println(summary);
      } else {
        spec.commandLine().getErr().println(summary);
      }
      target.commit();
    }
    if (counts.findings().errors() > 0 || (failOnWarning && counts.findings().warnings() > 0)) {
      return ExitCode.FINDINGS;
    }
    return ExitCode.OK;
  }

  private Path resolvePath(Path file) {
    return file == null ? null : context.workingDirectory().resolve(file);
  }
}
