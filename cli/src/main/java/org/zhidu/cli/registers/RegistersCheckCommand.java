package org.zhidu.cli.registers;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhidu.cli.Context;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.VersionProvider;
import org.zhidu.cli.calendar.Dates;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.cli.output.FindingFormat;
import org.zhidu.cli.output.FindingText;
import org.zhidu.cli.output.GithubAnnotations;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JunitReport;
import org.zhidu.cli.output.ReportItem;
import org.zhidu.cli.output.ReportTarget;
import org.zhidu.cli.output.RuleDescriptions;
import org.zhidu.cli.output.SarifReport;
import org.zhidu.cli.policies.PackOption;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.finding.Severity;
import org.zhidu.core.register.Recognition;
import org.zhidu.core.register.RegisterProblem;
import org.zhidu.core.register.RegisterChecker;
import org.zhidu.core.register.RegisterReport;
import org.zhidu.core.register.Schema;
import org.zhidu.policies.Pack;
import org.zhidu.policies.register.SchemaLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhidu registers check}: registers exported as CSV, against their schemas, findings at the cell. */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class RegistersCheckCommand implements Callable<Integer> {

  private final Context context;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE.csv", arity = "1..*", descriptionKey = "registers.param.files")
  List<Path> files;

  @Option(names = "--type", paramLabel = "ID", descriptionKey = "registers.option.type")
  String type;

  @Option(names = "--schema", paramLabel = "FILE.yaml", descriptionKey = "registers.option.schema")
  Path schemaFile;

  @Option(names = "--as-of", paramLabel = "D", converter = Dates.DateConverter.class,
      descriptionKey = "registers.option.as_of")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "text|json|sarif|junit|github", defaultValue = "text",
      descriptionKey = "option.format.findings")
  FindingFormat format;

  @Option(names = "--fail-on-warning", descriptionKey = "option.fail_on_warning")
  boolean failOnWarning;

  @Option(names = "--max-errors", paramLabel = "N", defaultValue = "0", descriptionKey = "registers.option.max")
  int maxErrors;

  @Option(names = "--output", paramLabel = "FILE", descriptionKey = "option.output")
  Path output;

  @Mixin PackOption pack;

  RegistersCheckCommand(Context context) {
    this.context = context;
  }

  /** One file's result: its register (or null when it was not recognised), rows and findings. */
  record Checked(String path, String register, int rows, List<Finding> findings) {}

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    // The pack (YAML) loads on another core while the first register is read and decoded.
    // Its own thread: the common pool (one thread on two cores) is left to decode and check the halves of a file.
    CompletableFuture<Pack> loading = CompletableFuture.supplyAsync(() -> pack.resolve(context), task -> {
      Thread thread = new Thread(task, "zhidu-pack");
      thread.setDaemon(true);
      thread.start();
    });
    TextDecoding.Chunks firstText = read(files.get(0));
    Pack thePack;
    try {
      thePack = loading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
    List<Schema> schemas = new ArrayList<>(thePack.registers());
    Schema own = null;
    if (schemaFile != null) {
      String shown = schemaFile.toString();
      own = SchemaLoader.fromYaml(shown, TextDecoding.read(context.workingDirectory().resolve(schemaFile), shown));
      schemas.add(0, own);
    }
    Schema chosen = null;
    if (type != null) {
      for (Schema s : schemas) {
        if (s.id().equalsIgnoreCase(type)) {
          chosen = s;
        }
      }
      if (chosen == null) {
        throw new InputException(new Location(null, 0, 0, "--type"), Message.of("registers.unknown_type", type,
            String.join(", ", schemas.stream().map(Schema::id).toList())));
      }
    } else if (own != null) {
      chosen = own;
    }
    if (maxErrors < 0) {
      throw new InputException(new Location(null, 0, 0, "--max-errors"), Message.of("registers.negative_max"));
    }
    LocalDate day = asOf != null ? asOf : LocalDate.now(context.clock());
    long asOfKey = day.getYear() * 10000L + day.getMonthValue() * 100L + day.getDayOfMonth();
    List<Checked> results = new ArrayList<>();
    int budget = maxErrors;
    for (int i = 0; i < files.size(); i++) {
      String shown = files.get(i).toString();
      TextDecoding.Chunks text = i == 0 ? firstText : read(files.get(i));
      if (i == 0) {
        firstText = null;
      }
      List<RegisterChecker.Part> parts = new ArrayList<>();
      for (int k = 0; k < text.texts().size(); k++) {
        String chunk = text.texts().get(k);
        parts.add(new RegisterChecker.Part(chunk, 0, chunk.length(), text.firstLines().get(k)));
      }
      String head = text.texts().get(0);
      Schema schema = chosen;
      if (schema == null) {
        Recognition r = RegisterChecker.recognise(RegisterChecker.header(shown, head), schemas);
        if (r instanceof Recognition.Recognised known) {
          schema = known.schema();
        } else {
          results.add(new Checked(shown, null, 0, List.of(unrecognised(shown, r))));
          continue;
        }
      }
      RegisterReport report = check(shown, parts, schema, asOfKey, maxErrors == 0 ? 0 : Math.max(budget, 0) + 1);
      List<Finding> found = report.findings();
      if (maxErrors > 0) {
        found = found.subList(0, Math.min(found.size(), Math.max(budget, 0)));
        budget -= found.size();
      }
      results.add(new Checked(shown, schema.id(), report.rows(), found));
    }
    write(results, thePack, texts);
    boolean truncated = maxErrors > 0 && budget <= 0
        && results.stream().mapToInt(c -> c.findings().size()).sum() >= maxErrors;
    if (truncated) {
      spec.commandLine().getErr().println(texts.get("registers.truncated", maxErrors));
    }
    boolean fail = results.stream().flatMap(c -> c.findings().stream())
        .anyMatch(f -> f.isError() || failOnWarning && f.severity() == Severity.WARNING);
    return fail ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /** The parts of a register checked by two threads at once, then merged in file order. */
  private static RegisterReport check(String file, List<RegisterChecker.Part> parts, Schema schema, long asOf,
      int limit) {
    List<String> header = parts.size() > 1 ? RegisterChecker.header(file, parts.get(0).text()) : null;
    RegisterChecker.Partial[] done = new RegisterChecker.Partial[parts.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable work = () -> {
      for (int k = next.getAndIncrement(); k < done.length; k = next.getAndIncrement()) {
        done[k] = RegisterChecker.checkPart(file, parts.get(k), k == 0 ? null : header, schema, asOf, limit);
      }
    };
    CompletableFuture<Void> helper = parts.size() > 1 ? CompletableFuture.runAsync(work) : null;
    work.run();
    if (helper != null) {
      helper.join();
    }
    return RegisterChecker.merge(file, schema, List.of(done), limit);
  }

  private TextDecoding.Chunks read(Path file) {
    return TextDecoding.readChunks(context.workingDirectory().resolve(file), file.toString());
  }

  private static Finding unrecognised(String file, Recognition r) {
    Location at = new Location(file, 1, 1, null);
    if (r instanceof Recognition.Ambiguous a) {
      return RegisterProblem.AMBIGUOUS_REGISTER.at(at,
          String.join("、", a.candidates().stream().map(s -> s.id() + " " + s.name()).toList()));
    }
    Recognition.Unknown u = (Recognition.Unknown) r;
    List<String> closest = new ArrayList<>();
    for (Recognition.Candidate c : u.closest()) {
      closest.add(c.schema().id() + " " + c.schema().name() + "（" + String.join("、", c.missing()) + "）");
    }
    return RegisterProblem.UNKNOWN_REGISTER.at(at, closest.isEmpty() ? "—" : String.join("；", closest));
  }

  private void write(List<Checked> results, Pack thePack, Texts texts) throws IOException {
    try (ReportTarget target = ReportTarget.open(spec.commandLine().getOut(), output)) {
      PrintWriter out = target.writer();
      List<Finding> all = new ArrayList<>();
      results.forEach(c -> all.addAll(c.findings()));
      switch (format) {
        case JSON -> json(results, texts, out);
        case SARIF -> SarifReport.write(out, VersionProvider.version(),
            RuleDescriptions.of(thePack, texts, id -> id.startsWith("G")), all, texts);
        case JUNIT -> {
          List<ReportItem> items = new ArrayList<>();
          for (Checked c : results) {
            items.add(new ReportItem(c.path(), c.findings()));
          }
          JunitReport.write(out, "zhidu registers check", items, texts);
        }
        case GITHUB -> all.forEach(f -> GithubAnnotations.write(out, f, texts));
        default -> {
          for (Finding f : all) {
            out.println(FindingText.line(f, texts));
          }
          long errors = all.stream().filter(Finding::isError).count();
          long warnings = all.stream().filter(f -> f.severity() == Severity.WARNING).count();
          int rows = results.stream().mapToInt(Checked::rows).sum();
          out.println(texts.get("registers.summary", results.size(), rows, errors, warnings));
        }
      }
      target.commit();
    }
  }

  private static void json(List<Checked> results, Texts texts, PrintWriter out) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("files");
      for (Checked c : results) {
        json.writeStartObject();
        json.writeStringField("path", c.path());
        json.writeStringField("register", c.register());
        json.writeNumberField("rows", c.rows());
        json.writeArrayFieldStart("findings");
        for (Finding f : c.findings()) {
          Json.finding(json, f, texts);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }
}
