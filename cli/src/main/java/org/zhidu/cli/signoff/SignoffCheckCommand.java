package org.zhidu.cli.signoff;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.Texts;
import org.zhidu.cli.input.Background;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.cli.options.CheckOptions;
import org.zhidu.cli.options.FindingFormatOption;
import org.zhidu.cli.options.OfficeOption;
import org.zhidu.cli.output.FindingsReport;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.output.ReportItem;
import org.zhidu.cli.output.ReportTarget;
import org.zhidu.cli.output.RuleDescriptions;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.calendar.YearNotAnnouncedException;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.office.Office;
import org.zhidu.core.signoff.SignoffPolicy;
import org.zhidu.core.signoff.SignoffRules;
import org.zhidu.core.signoff.TrailChecker;
import org.zhidu.policies.Pack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code zhidu signoff check TRAIL.csv --office FILE}: a register of sign-off trails against the pack's chains (D1,
 * D6, D7), the words of each signature (D2) and a leader's drafts' days (D5).
 */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class SignoffCheckCommand extends AreaCommand {

  @Parameters(index = "0", paramLabel = "TRAIL.csv", descriptionKey = "signoff.param.trail")
  Path trail;

  @Mixin OfficeOption office;

  @Mixin FindingFormatOption format;

  @Mixin CheckOptions check;

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    String shown = trail.toString();
    Path file = context.workingDirectory().resolve(trail);
    // the register is read on a thread of its own while the office, the pack and the calendar load
    Background<TextDecoding.Chunks> reading = Background.start("zhidu-read",
        () -> TextDecoding.readChunks(file, shown));
    Office theOffice = office.load(context);
    Pack thePack = check.pack().resolve(context);
    SignoffPolicy policy = thePack.signoff();
    if (policy == null || policy.trails() == null) {
      throw new InputException(new Location(null, 0, 0, "--pack"), Message.of("signoff.no_chains", thePack.id()));
    }
    WorkCalendar calendar = check.calendar().load(context);
    TrailChecker checker = new TrailChecker(shown, theOffice, policy.trails(), policy.drafting(), calendar);
    TextDecoding.Chunks chunks = reading.join();
    TrailCsv.read(shown, chunks, checker, Background.thread("zhidu-signoff"));
    TrailChecker.Report report;
    try {
      report = checker.finish(Background.thread("zhidu-signoff"));
    } catch (YearNotAnnouncedException e) {
      throw new InputException(new Location(shown, 0, 0, null),
          org.zhidu.cli.options.CalendarOptions.notAnnounced(e.year()));
    }
    FindingsReport.Shown listed = FindingsReport.limit(List.of(new ReportItem(shown, report.findings())),
        check.failure().maxErrors());
    String summary = texts.get("signoff.check.summary", shown, report.documents(), report.rows(),
        listed.summary().errors(), listed.summary().warnings());
    List<Path> inputs = Arrays.asList(trail, office.file(), check.pack().file(context), check.calendar().file());
    try (ReportTarget target = check.output().open(context, spec.commandLine().getOut(), inputs)) {
      FindingsReport.write(format.format(), "zhidu signoff check", listed,
          RuleDescriptions.of(thePack, texts, SignoffCheckCommand::isTrailRule), body(thePack, report, texts),
          summary, target, spec.commandLine().getErr(), texts);
    }
    return check.failure().exitCode(listed.summary());
  }

  private static boolean isTrailRule(String id) {
    return id.equals(SignoffRules.D1.value()) || id.equals(SignoffRules.D2.value())
        || id.equals(SignoffRules.D5.value()) || id.equals(SignoffRules.D6.value())
        || id.equals(SignoffRules.D7.value());
  }

  /** Text: the findings; JSON: the register, its documents and rows, and its findings. */
  private FindingsReport.Body body(Pack thePack, TrailChecker.Report report, Texts texts) {
    return new FindingsReport.Body() {
      @Override
      public void text(FindingsReport.Shown listed, PrintWriter out) {
        FindingsReport.lines(listed.findings(), texts, out);
      }

      @Override
      public void json(FindingsReport.Shown listed, PrintWriter out) throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
          Json.start(json, JsonContract.SIGNOFF_CHECK);
          json.writeStringField("file", trail.toString());
          json.writeStringField("pack", thePack.id());
          json.writeNumberField("documents", report.documents());
          json.writeNumberField("rows", report.rows());
          Json.findings(json, listed.findings(), texts);
          json.writeEndObject();
          json.writeRaw('\n');
        }
      }
    };
  }
}
