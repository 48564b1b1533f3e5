package org.zhidu.cli.vote;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.Texts;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.cli.options.FailureOptions;
import org.zhidu.cli.options.OutputOption;
import org.zhidu.cli.options.PackOption;
import org.zhidu.cli.output.FindingsReport;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.output.ReportItem;
import org.zhidu.cli.output.ReportTarget;
import org.zhidu.cli.output.Visible;
import org.zhidu.core.vote.Meeting;
import org.zhidu.core.vote.Tally;
import org.zhidu.core.vote.VotePolicy;
import org.zhidu.policies.Pack;
import org.zhidu.policies.vote.MeetingLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhidu vote tally}: a meeting file's votes counted by the pack (M1–M4): the quorum, each item passed, not
 * passed, deferred or without its quorum with the arithmetic shown, and what broke a rule.
 */
@Command(name = "tally", mixinStandardHelpOptions = true)
public final class VoteTallyCommand extends AreaCommand {

  /** The formats: text for the terminal, JSON for scripts, HTML for the minutes. */
  enum Format {
    TEXT, JSON, HTML;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Parameters(index = "0", paramLabel = "MEETING.yaml", descriptionKey = "vote.param.meeting")
  Path meetingFile;

  @Option(names = "--pack", paramLabel = "ID|FILE", defaultValue = "party-office",
      descriptionKey = "vote.option.pack")
  String pack = "party-office";

  @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
      descriptionKey = "vote.option.format")
  Format format = Format.TEXT;

  @Mixin OutputOption output;

  @Mixin FailureOptions failure;

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    String shown = meetingFile.toString();
    Meeting meeting = MeetingLoader.load(shown,
        TextDecoding.read(context.workingDirectory().resolve(meetingFile), shown));
    Pack thePack = PackOption.load(pack, context);
    VotePolicy policy = thePack.votes();
    Tally tally = Tally.of(meeting, policy);
    FindingsReport.Shown listed = FindingsReport.limit(List.of(new ReportItem(shown, tally.findings())),
        failure.maxErrors());
    long passed = tally.items().stream().filter(i -> i.outcome() == Tally.Outcome.PASSED).count();
    String summary = texts.get("vote.tally.summary", shown, tally.items().size(), passed,
        listed.summary().errors(), listed.summary().warnings());
    List<Path> inputs = Arrays.asList(meetingFile, PackOption.fileOf(pack, context));
    try (ReportTarget target = output.open(context, spec.commandLine().getOut(), inputs)) {
      PrintWriter out = target.writer();
      switch (format) {
        case TEXT -> text(meeting, tally, listed, texts, out);
        case JSON -> json(meeting, thePack, tally, listed, texts, out);
        case HTML -> VoteHtml.write(meeting, tally, listed.findings(), texts, out);
      }
      FindingsReport.finish(format == Format.TEXT, summary, listed, target, spec.commandLine().getErr(), texts);
    }
    return failure.exitCode(listed.summary());
  }

  private static void text(Meeting meeting, Tally tally, FindingsReport.Shown listed, Texts texts,
      PrintWriter out) {
    // every line that quotes the file shows its controls rather than obeying them (Visible)
    out.println(Visible.of(texts.get("vote.head", meeting.name(), VoteWords.time(meeting.time()), meeting.chair())));
    out.println(VoteWords.quorum(tally.quorum(), texts));
    int n = 1;
    for (Tally.ItemResult r : tally.items()) {
      out.println(Visible.of(texts.get("vote.item", n++, r.item().title(), VoteWords.kind(r.item()),
          VoteWords.outcome(r.outcome(), texts), r.yes(), r.no(), r.defer(), VoteWords.reason(r, texts))));
    }
    if (!meeting.written().isEmpty()) {
      out.println(texts.get("vote.written"));
      for (Meeting.Opinion o : meeting.written()) {
        out.println(Visible.of(texts.get("vote.written.line", o.member(), o.opinion())));
      }
    }
    FindingsReport.lines(listed.findings(), texts, out);
  }

  private static void json(Meeting meeting, Pack thePack, Tally tally, FindingsReport.Shown listed, Texts texts,
      PrintWriter out) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      Json.start(json, JsonContract.VOTE_TALLY);
      json.writeStringField("meeting", meeting.name());
      json.writeStringField("pack", thePack.id());
      json.writeStringField("time", VoteWords.time(meeting.time()));
      json.writeStringField("chair", meeting.chair());
      json.writeObjectFieldStart("quorum");
      json.writeNumberField("members", tally.quorum().members());
      json.writeNumberField("present", tally.quorum().present());
      json.writeNumberField("required", tally.quorum().required());
      json.writeBooleanField("met", tally.quorum().met());
      json.writeEndObject();
      json.writeArrayFieldStart("items");
      for (Tally.ItemResult r : tally.items()) {
        json.writeStartObject();
        json.writeStringField("title", r.item().title());
        json.writeStringField("kind", r.item().kind());
        json.writeStringField("person", r.item().person().isEmpty() ? null : r.item().person());
        json.writeBooleanField("urgent", r.item().urgent());
        json.writeNumberField("yes", r.yes());
        json.writeNumberField("no", r.no());
        json.writeNumberField("defer", r.defer());
        json.writeNumberField("needed", r.needed());
        json.writeObjectFieldStart("quorum"); // the item's own: two thirds for a cadre item
        json.writeNumberField("present", r.quorum().present());
        json.writeNumberField("required", r.quorum().required());
        json.writeBooleanField("met", r.quorum().met());
        json.writeEndObject();
        json.writeBooleanField("passed", r.outcome() == Tally.Outcome.PASSED);
        json.writeStringField("outcome", r.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        json.writeStringField("reason", VoteWords.reason(r, texts));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("written");
      for (Meeting.Opinion o : meeting.written()) {
        json.writeStartObject();
        json.writeStringField("member", o.member());
        json.writeStringField("opinion", o.opinion());
        json.writeEndObject();
      }
      json.writeEndArray();
      Json.findings(json, listed.findings(), texts);
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }
}
