package org.zhidu.cli.secrecy;

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
import org.zhidu.cli.options.FindingFormatOption;
import org.zhidu.cli.output.FindingsReport;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.output.ReportItem;
import org.zhidu.cli.output.ReportTarget;
import org.zhidu.cli.output.RuleDescriptions;
import org.zhidu.cli.output.TextTable;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.register.Schema;
import org.zhidu.core.rule.CrossCutting;
import org.zhidu.core.secrecy.KeptRecord;
import org.zhidu.core.secrecy.SecrecyChecker;
import org.zhidu.core.secrecy.SecrecyPolicy;
import org.zhidu.core.secrecy.SecrecyProblem;
import org.zhidu.core.secrecy.SecrecyRules;
import org.zhidu.policies.Pack;
import org.zhidu.policies.register.InputSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhidu secrecy retention REGISTER.csv... --as-of DATE}: the records kept a number of years (S4: 涉密会议记录表,
 * 外宾来访登记表) that may now be destroyed, and those destroyed before their years were up.
 */
@Command(name = "retention", mixinStandardHelpOptions = true)
public final class SecrecyRetentionCommand extends AreaCommand {

  @Parameters(arity = "1..*", paramLabel = "REGISTER.csv", descriptionKey = "secrecy.param.kept")
  List<Path> registers;

  @Option(names = "--as-of", paramLabel = "D", converter = Dates.DateConverter.class,
      descriptionKey = "secrecy.option.retention_as_of")
  LocalDate asOf;

  @Mixin FindingFormatOption format;

  @Mixin CheckOptions check;

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    Pack thePack = check.pack().resolve(context);
    SecrecyPolicy.Retention retention = thePack.secrecy().retention();
    if (retention == null) {
      throw new InputException(new Location(null, 0, 0, "--pack"), Message.of("secrecy.no_retention", thePack.id()));
    }
    LocalDate day = Dates.checkDay(asOf, context.clock());
    // only what S4 keeps: the visits' approvals (S7) are secrecy check's
    SecrecyPolicy only = new SecrecyPolicy(null, null, null, retention, null, null, null);
    SecrecyChecker checker = new SecrecyChecker(only, null, day);
    List<Schema> kept = InputSchemas.secrecy().subList(4, 6);
    List<SecrecyRegisters.Read> read = SecrecyRegisters.read(context, registers, kept, checker, null);
    SecrecyChecker.Report report = checker.finish();
    List<ReportItem> items = SecrecyCheckCommand.items(read, report.findings().stream()
        .filter(f -> !f.rule().equals(CrossCutting.X_GAP)).toList());
    FindingsReport.Shown listed = FindingsReport.limit(items, check.failure().maxErrors());
    long early = report.findings().stream().filter(f -> f.message().key().equals(
        SecrecyProblem.DESTROYED_EARLY.messageKey())).count();
    String summary = texts.get("secrecy.retention.summary", report.rows(), report.destroyable().size(), early);
    List<Path> inputs = new ArrayList<>(registers);
    inputs.add(check.pack().file(context));
    try (ReportTarget target = check.output().open(context, spec.commandLine().getOut(), inputs)) {
      FindingsReport.write(format.format(), "zhidu secrecy retention", listed,
          RuleDescriptions.of(thePack, texts, id -> id.equals(SecrecyRules.S4.value())), body(thePack, day, retention, report, read, texts),
          summary, target, spec.commandLine().getErr(), texts);
    }
    return check.failure().exitCode(listed.summary());
  }

  /** Text: what may be destroyed, as a table, then what was destroyed early; JSON: the same as data. */
  private FindingsReport.Body body(Pack thePack, LocalDate day, SecrecyPolicy.Retention retention,
      SecrecyChecker.Report report, List<SecrecyRegisters.Read> read, Texts texts) {
    return new FindingsReport.Body() {
      @Override
      public void text(FindingsReport.Shown listed, PrintWriter out) {
        if (report.destroyable().isEmpty()) {
          out.println(texts.get("secrecy.retention.none", day.toString(), retention.years()));
        } else {
          out.println(texts.get("secrecy.retention.may_go", day.toString(), retention.years()));
          TextTable table = new TextTable();
          table.row(texts.get("secrecy.col.kind"), texts.get("secrecy.col.number"), texts.get("secrecy.col.date"),
              texts.get("secrecy.col.from"), texts.get("secrecy.col.where"));
          for (KeptRecord k : report.destroyable()) {
            Location at = k.where().at(KeptRecord.NUMBER);
            table.row(k.kind(), k.number(), k.date().toLocalDate().toString(),
                SecrecyChecker.keptUntil(k, retention).toString(), at.file() + ":" + at.line());
          }
          table.print(out, "  ");
        }
        FindingsReport.lines(listed.findings(), texts, out);
      }

      @Override
      public void json(FindingsReport.Shown listed, PrintWriter out) throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
          Json.start(json, JsonContract.SECRECY_RETENTION);
          json.writeStringField("pack", thePack.id());
          json.writeStringField("asOf", day.toString());
          json.writeNumberField("years", retention.years());
          json.writeArrayFieldStart("destroyable");
          for (KeptRecord k : report.destroyable()) {
            Location at = k.where().at(KeptRecord.NUMBER);
            json.writeStartObject();
            json.writeStringField("kind", k.kind());
            json.writeStringField("number", k.number());
            json.writeStringField("date", k.date().toLocalDate().toString());
            json.writeStringField("from", SecrecyChecker.keptUntil(k, retention).toString());
            json.writeStringField("file", at.file());
            json.writeNumberField("line", at.line());
            json.writeEndObject();
          }
          json.writeEndArray();
          SecrecyRegisters.json(json, read, listed.findings(), texts);
          json.writeEndObject();
          json.writeRaw('\n');
        }
      }
    };
  }
}
