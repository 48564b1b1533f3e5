package org.zhidu.cli.registers;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.CheckOptions;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.input.Background;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.output.ReportItem;
import org.zhidu.cli.output.ReportTarget;
import org.zhidu.cli.output.RuleDescriptions;
import org.zhidu.cli.options.FindingFormatOption;
import org.zhidu.cli.output.FindingsReport;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.finding.Severity;
import org.zhidu.core.finding.Summary;
import org.zhidu.core.register.Recognition;
import org.zhidu.core.register.RegisterProblem;
import org.zhidu.core.register.RegisterChecker;
import org.zhidu.core.register.RegisterReport;
import org.zhidu.core.register.Schema;
import org.zhidu.core.register.TextPart;
import org.zhidu.policies.Pack;
import org.zhidu.policies.register.SchemaLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhidu registers check}: registers exported as CSV, against their schemas, findings at the cell. */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class RegistersCheckCommand extends AreaCommand {

  @Parameters(paramLabel = "FILE.csv", arity = "1..*", descriptionKey = "registers.param.files")
  List<Path> files;

  @Option(names = "--type", paramLabel = "ID", descriptionKey = "registers.option.type")
  String type;

  @Option(names = "--schema", paramLabel = "FILE.yaml", descriptionKey = "registers.option.schema")
  Path schemaFile;

  @Option(names = "--as-of", paramLabel = "D", converter = Dates.DateConverter.class,
      descriptionKey = "registers.option.as_of")
  LocalDate asOf;

  @Mixin FindingFormatOption format;

  @Mixin CheckOptions check;

  /** One file's result: its register (or null when it was not recognised), rows and findings. */
  record Checked(String path, String register, int rows, List<Finding> findings) {}

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    // The pack (YAML) loads on another core while the first register is read and decoded.
    // Its own thread: the common pool (one thread on two cores) is left to decode and check the halves of a file.
    Background<Pack> loading = Background.start("zhidu-pack", () -> check.pack().resolve(context));
    TextDecoding.Chunks firstText = read(files.get(0));
    Pack thePack = loading.join();
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
    LocalDate day = asOf != null ? asOf : LocalDate.now(context.clock());
    long asOfKey = day.getYear() * 10000L + day.getMonthValue() * 100L + day.getDayOfMonth();
    int maxErrors = check.failure().maxErrors();
    List<Checked> results = new ArrayList<>();
    int budget = maxErrors;
    boolean stoppedEarly = false;
    for (int i = 0; i < files.size(); i++) {
      String shown = files.get(i).toString();
      TextDecoding.Chunks text = i == 0 ? firstText : read(files.get(i));
      if (i == 0) {
        firstText = null;
      }
      List<TextPart> parts = text.parts();
      TextPart head = parts.get(0);
      Schema schema = chosen;
      if (schema == null) {
        Recognition r = RegisterChecker.recognise(RegisterChecker.header(shown, head), schemas);
        if (r instanceof Recognition.Recognised known) {
          schema = known.schema();
        } else {
          results.add(new Checked(shown, null, 0, List.of(RegisterChecker.unrecognised(shown, r))));
          continue;
        }
      }
      // with --max-errors, a register is checked only until one finding past what may still be listed
      RegisterReport report = check(shown, parts, schema, asOfKey, maxErrors == 0 ? 0 : Math.max(budget, 0) + 1);
      budget -= report.findings().size();
      stoppedEarly |= report.truncated();
      results.add(new Checked(shown, schema.id(), report.rows(), report.findings()));
    }
    List<ReportItem> items = new ArrayList<>();
    List<Finding> all = new ArrayList<>();
    for (Checked c : results) {
      items.add(new ReportItem(c.path(), c.findings()));
      all.addAll(c.findings());
    }
    FindingsReport.Shown listed = FindingsReport.limit(items, maxErrors);
    if (stoppedEarly) {
      listed = listed.countsIncomplete();
    }
    check.calendar().checkGiven(context);
    List<Path> read = new ArrayList<>(files);
    read.add(schemaFile);
    read.add(check.pack().file(context));
    read.add(check.calendar().file());
    try (ReportTarget target = check.output().open(context, spec.commandLine().getOut(), read)) {
      int rows = results.stream().mapToInt(Checked::rows).sum();
      Summary counts = listed.summary();
      FindingsReport.write(format.format(), "zhidu registers check", listed,
          RuleDescriptions.of(thePack, texts, id -> id.startsWith("G")), body(results, texts),
          texts.get("registers.summary", results.size(), rows, counts.errors(), counts.warnings()), target,
          spec.commandLine().getErr(), texts);
    }
    return check.failure().exitCode(all);
  }

  /** The parts of a register checked by two threads at once, then merged in file order. */
  private static RegisterReport check(String file, List<TextPart> parts, Schema schema, long asOf,
      int limit) {
    List<String> header = parts.size() > 1 ? RegisterChecker.header(file, parts.get(0)) : null;
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

  private static FindingsReport.Body body(List<Checked> results, Texts texts) {
    return new FindingsReport.Body() {
      @Override
      public void text(FindingsReport.Shown shown, PrintWriter out) {
        FindingsReport.lines(shown.findings(), texts, out);
      }

      @Override
      public void json(FindingsReport.Shown shown, PrintWriter out) throws IOException {
        RegistersCheckCommand.json(results, shown, texts, out);
      }
    };
  }

  private static void json(List<Checked> results, FindingsReport.Shown shown, Texts texts, PrintWriter out)
      throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      Json.start(json, JsonContract.REGISTERS_CHECK);
      json.writeArrayFieldStart("files");
      for (int i = 0; i < results.size(); i++) {
        Checked c = results.get(i);
        json.writeStartObject();
        json.writeStringField("path", c.path());
        json.writeStringField("register", c.register());
        json.writeNumberField("rows", c.rows());
        Json.findings(json, shown.of(i), texts);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }
}
