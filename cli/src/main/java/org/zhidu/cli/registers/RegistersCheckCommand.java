package org.zhidu.cli.registers;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.CheckOptions;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.input.Background;
import org.zhidu.cli.input.PartStream;
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

  /** The pack, the schemas and the one --type or --schema chose: worked out once the first register is read. */
  private Pack thePack;
  private List<Schema> schemas;
  private Schema chosen;

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    // The pack (YAML) loads on another core while the first register's first part is read.
    // Its own thread: the common pool (one thread on two cores) is left to read and check the parts of a file.
    Background<Pack> loading = Background.start("zhidu-pack", () -> check.pack().resolve(context));
    LocalDate day = asOf != null ? asOf : LocalDate.now(context.clock());
    long asOfKey = day.getYear() * 10000L + day.getMonthValue() * 100L + day.getDayOfMonth();
    int maxErrors = check.failure().maxErrors();
    List<Checked> results = new ArrayList<>();
    int budget = maxErrors;
    boolean stoppedEarly = false;
    for (int i = 0; i < files.size(); i++) {
      String shown = files.get(i).toString();
      Path path = context.workingDirectory().resolve(files.get(i));
      // with --max-errors, a register is checked only until one finding past what may still be listed
      int limit = maxErrors == 0 ? 0 : Math.max(budget, 0) + 1;
      // read part after part, never whole: started afresh should the file turn out to be GB18030
      Object checked = PartStream.read(path, shown, parts -> {
        PartStream.Part head = parts.next();
        setUp(loading);
        Schema schema = chosen;
        if (schema == null) {
          Recognition r = RegisterChecker.recognise(RegisterChecker.header(shown, head.text()), schemas);
          if (r instanceof Recognition.Recognised known) {
            schema = known.schema();
          } else {
            return new Checked(shown, null, 0, List.of(RegisterChecker.unrecognised(shown, r)));
          }
        }
        return check(path, shown, parts, head, schema, asOfKey, limit);
      });
      if (checked instanceof RegisterReport report) {
        budget -= report.findings().size();
        stoppedEarly |= report.truncated();
        results.add(new Checked(shown, report.schema().id(), report.rows(), report.findings()));
      } else {
        results.add((Checked) checked);
      }
    }
    if (files.isEmpty()) {
      setUp(loading);
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

  /** The pack, its registers and the chosen schema, once. */
  private void setUp(Background<Pack> loading) {
    if (thePack != null) {
      return;
    }
    Pack pack = loading.join();
    List<Schema> known = new ArrayList<>(pack.registers());
    Schema own = null;
    if (schemaFile != null) {
      String shown = schemaFile.toString();
      own = SchemaLoader.fromYaml(shown, TextDecoding.read(context.workingDirectory().resolve(schemaFile), shown));
      known.add(0, own);
    }
    Schema picked = null;
    if (type != null) {
      for (Schema s : known) {
        if (s.id().equalsIgnoreCase(type)) {
          picked = s;
        }
      }
      if (picked == null) {
        throw new InputException(new Location(null, 0, 0, "--type"), Message.of("registers.unknown_type", type,
            String.join(", ", known.stream().map(Schema::id).toList())));
      }
    } else if (own != null) {
      picked = own;
    }
    schemas = known;
    chosen = picked;
    thePack = pack;
  }

  /**
   * A register checked part after part by two threads at once, the parts absorbed in file order and dropped; read a
   * second time, rows hashed only, when some rows may repeat earlier ones ({@link RegisterChecker.Merger}).
   */
  private static RegisterReport check(Path path, String file, PartStream parts, PartStream.Part head, Schema schema,
      long asOf, int limit) {
    long bytes;
    try {
      bytes = java.nio.file.Files.size(path);
    } catch (IOException e) {
      bytes = 0;
    }
    RegisterChecker.Merger merger = new RegisterChecker.Merger(file, schema, asOf, limit, bytes);
    List<String> header = head.last() ? null : RegisterChecker.header(file, head.text());
    parts.forEach(head, text -> merger.checkPart(text, text == head.text() ? null : header), merger::absorb, 0);
    if (merger.confirming()) {
      try (PartStream again = PartStream.again(path, file, parts)) {
        PartStream.Part first = again.next();
        again.forEach(first, text -> merger.hashPart(text, text == first.text() ? null : header), merger::confirm,
            merger.confirmedAfter());
      }
    }
    return merger.report();
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
