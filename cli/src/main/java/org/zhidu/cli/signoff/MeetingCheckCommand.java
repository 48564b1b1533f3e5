package org.zhidu.cli.signoff;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.Texts;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.cli.options.CheckOptions;
import org.zhidu.cli.options.FindingFormatOption;
import org.zhidu.cli.output.FindingsReport;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.output.ReportItem;
import org.zhidu.cli.output.ReportTarget;
import org.zhidu.cli.output.RuleDescriptions;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.signoff.MeetingPaper;
import org.zhidu.core.signoff.MeetingPaperCheck;
import org.zhidu.core.signoff.PaperPolicy;
import org.zhidu.core.signoff.SignoffRules;
import org.zhidu.policies.Pack;
import org.zhidu.policies.signoff.MeetingPaperLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code zhidu meeting check FILE...}: each meeting plan or minutes against the pack (D3, D4): the elements the
 * clause lists, the plan signed off the day before, the sign-in sheet of a large or important meeting.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class MeetingCheckCommand extends AreaCommand {

  @Parameters(index = "0", arity = "1..*", paramLabel = "PAPER.yaml", descriptionKey = "meeting.param.papers")
  List<Path> papers;

  @Mixin FindingFormatOption format;

  @Mixin CheckOptions check;

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    Pack thePack = check.pack().resolve(context);
    check.calendar().checkGiven(context); // no working days are counted; a calendar given is still read
    PaperPolicy policy = thePack.signoff().papers();
    if (policy == null) {
      throw new InputException(new Location(null, 0, 0, "--pack"), Message.of("meeting.no_papers", thePack.id()));
    }
    List<ReportItem> items = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    // a paper that cannot be read does not hide the others: they are reported, then it stops the command (exit 2)
    InputException unusable = null;
    for (Path paper : papers) {
      String shown = paper.toString();
      try {
        MeetingPaper read = MeetingPaperLoader.load(shown,
            TextDecoding.read(context.workingDirectory().resolve(paper), shown));
        kinds.add(read.kind().label());
        items.add(new ReportItem(shown, MeetingPaperCheck.check(read, policy)));
      } catch (InputException e) {
        unusable = unusable == null ? e : unusable;
      }
    }
    FindingsReport.Shown listed = FindingsReport.limit(items, check.failure().maxErrors());
    String summary = texts.get("meeting.check.summary", items.size(), listed.summary().errors(),
        listed.summary().warnings());
    List<Path> inputs = new ArrayList<>(papers);
    inputs.add(check.pack().file(context));
    inputs.add(check.calendar().file());
    try (ReportTarget target = check.output().open(context, spec.commandLine().getOut(), inputs)) {
      FindingsReport.write(format.format(), "zhidu meeting check", listed,
          RuleDescriptions.of(thePack, texts,
              id -> id.equals(SignoffRules.D3.value()) || id.equals(SignoffRules.D4.value())),
          body(items, kinds, texts), summary, target, spec.commandLine().getErr(), texts);
    }
    if (unusable != null) {
      throw unusable;
    }
    return check.failure().exitCode(listed.summary());
  }

  /** Text: the findings; JSON: each paper, its kind and its findings. */
  private static FindingsReport.Body body(List<ReportItem> items, List<String> kinds, Texts texts) {
    return new FindingsReport.Body() {
      @Override
      public void text(FindingsReport.Shown shown, PrintWriter out) {
        FindingsReport.lines(shown.findings(), texts, out);
      }

      @Override
      public void json(FindingsReport.Shown shown, PrintWriter out) throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
          Json.start(json, JsonContract.MEETING_CHECK);
          json.writeArrayFieldStart("files");
          for (int i = 0; i < items.size(); i++) {
            json.writeStartObject();
            json.writeStringField("path", items.get(i).label());
            json.writeStringField("kind", kinds.get(i));
            Json.findings(json, shown.of(i), texts);
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
          json.writeRaw('\n');
        }
      }
    };
  }
}
