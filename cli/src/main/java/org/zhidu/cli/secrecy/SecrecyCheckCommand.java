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
import org.zhidu.cli.input.Background;
import org.zhidu.cli.options.CheckOptions;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.options.FindingFormatOption;
import org.zhidu.cli.options.OfficeOption;
import org.zhidu.cli.output.FindingsReport;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.output.ReportItem;
import org.zhidu.cli.output.ReportTarget;
import org.zhidu.cli.output.RuleDescriptions;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.office.Office;
import org.zhidu.core.rule.CrossCutting;
import org.zhidu.core.secrecy.SecrecyChecker;
import org.zhidu.core.secrecy.SecrecyRules;
import org.zhidu.policies.Pack;
import org.zhidu.policies.register.InputSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhidu secrecy check REGISTER.csv...}: the registers of classified material against the pack's rules (S1–S7),
 * each register recognised from its header.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class SecrecyCheckCommand extends AreaCommand {

  @Parameters(arity = "1..*", paramLabel = "REGISTER.csv", descriptionKey = "secrecy.param.registers")
  List<Path> registers;

  @Option(names = "--office", paramLabel = "FILE", descriptionKey = "secrecy.option.office")
  Path officeFile;

  @Option(names = "--as-of", paramLabel = "D", converter = Dates.DateConverter.class,
      descriptionKey = "secrecy.option.as_of")
  LocalDate asOf;

  @Mixin FindingFormatOption format;

  @Mixin CheckOptions check;

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    Background<Pack> loading = Background.start("zhidu-pack", () -> check.pack().resolve(context));
    Office theOffice = officeFile == null ? null : OfficeOption.load(context, officeFile);
    Pack thePack = loading.join();
    check.calendar().checkGiven(context); // no working days are counted; a calendar given is still read
    LocalDate day = Dates.checkDay(asOf, context.clock());
    SecrecyChecker checker = new SecrecyChecker(thePack.secrecy(), theOffice, day);
    List<SecrecyRegisters.Read> read = SecrecyRegisters.read(context, registers, InputSchemas.secrecy(), checker,
        Background.thread("zhidu-secrecy"));
    SecrecyChecker.Report report = checker.finish();
    List<ReportItem> items = items(read, report.findings());
    FindingsReport.Shown listed = FindingsReport.limit(items, check.failure().maxErrors());
    String summary = texts.get("secrecy.check.summary", registers.size(), report.rows(),
        listed.summary().errors(), listed.summary().warnings());
    List<Path> inputs = new ArrayList<>(registers);
    inputs.add(officeFile);
    inputs.add(check.pack().file(context));
    try (ReportTarget target = check.output().open(context, spec.commandLine().getOut(), inputs)) {
      FindingsReport.write(format.format(), "zhidu secrecy check", listed,
          RuleDescriptions.of(thePack, texts, SecrecyCheckCommand::isSecrecyRule),
          body(thePack, day, read, report, texts), summary, target, spec.commandLine().getErr(), texts);
    }
    return check.failure().exitCode(listed.summary());
  }

  private static boolean isSecrecyRule(String id) {
    return id.equals(CrossCutting.X_GAP.value()) || SecrecyRules.ALL.stream().anyMatch(r -> r.value().equals(id));
  }

  /**
   * The findings by file, in the order given: an unrecognised register's own finding, then what the check found in
   * it; and a note when approvers' names could not be checked.
   */
  static List<ReportItem> items(List<SecrecyRegisters.Read> read, List<Finding> findings) {
    List<ReportItem> items = new ArrayList<>();
    for (SecrecyRegisters.Read r : read) {
      List<Finding> mine = new ArrayList<>();
      if (r.unrecognised() != null) {
        mine.add(r.unrecognised());
      }
      for (Finding f : findings) {
        if (r.file().equals(f.location().file())) {
          mine.add(f);
        }
      }
      items.add(new ReportItem(r.file(), mine));
    }
    return items;
  }

  /** Text: each register as recognised, then the findings; JSON: the registers and the findings. */
  private FindingsReport.Body body(Pack thePack, LocalDate day, List<SecrecyRegisters.Read> read,
      SecrecyChecker.Report report, Texts texts) {
    return new FindingsReport.Body() {
      @Override
      public void text(FindingsReport.Shown listed, PrintWriter out) {
        for (SecrecyRegisters.Read r : read) {
          if (r.schema() != null) {
            out.println(texts.get("secrecy.check.register", r.file(), r.schema().id(), r.schema().name(), r.rows()));
          }
        }
        if (report.namesUnchecked()) {
          out.println(texts.get("secrecy.no_office"));
        }
        FindingsReport.lines(listed.findings(), texts, out);
      }

      @Override
      public void json(FindingsReport.Shown listed, PrintWriter out) throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
          Json.start(json, JsonContract.SECRECY_CHECK);
          json.writeStringField("pack", thePack.id());
          json.writeStringField("asOf", day.toString());
          json.writeBooleanField("namesChecked", !report.namesUnchecked());
          SecrecyRegisters.json(json, read, listed.findings(), texts);
          json.writeEndObject();
          json.writeRaw('\n');
        }
      }
    };
  }
}
