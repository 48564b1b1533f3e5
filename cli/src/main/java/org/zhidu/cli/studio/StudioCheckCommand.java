package org.zhidu.cli.studio;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.Texts;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.options.FailureOptions;
import org.zhidu.cli.options.OutputOption;
import org.zhidu.cli.options.PackOption;
import org.zhidu.cli.output.FindingFormat;
import org.zhidu.cli.output.FindingsReport;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.output.ReportItem;
import org.zhidu.cli.output.ReportTarget;
import org.zhidu.cli.output.RuleDescriptions;
import org.zhidu.cli.output.TextTable;
import org.zhidu.core.finding.Location;
import org.zhidu.core.studio.Studio;
import org.zhidu.core.studio.StudioCheck;
import org.zhidu.core.studio.StudioRules;
import org.zhidu.policies.Pack;
import org.zhidu.policies.studio.StudioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhidu studio check STUDIOS.yaml}: each members' studio against the pack (W1–W3): what it lacks, its
 * approval's steps, whether it is to be revoked or closed and its sign taken back, and the pilot year's numbers.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class StudioCheckCommand extends AreaCommand {

  @Parameters(index = "0", paramLabel = "STUDIOS.yaml", descriptionKey = "studio.param.file")
  Path file;

  @Option(names = "--as-of", paramLabel = "D", converter = Dates.DateConverter.class,
      descriptionKey = "studio.option.as_of")
  LocalDate asOf;

  @Option(names = "--pack", paramLabel = "ID|FILE", defaultValue = "chenzhou-cppcc",
      descriptionKey = "studio.option.pack")
  String pack = "chenzhou-cppcc";

  /** The formats of the findings report, and the overview page (HTML) of every county's studios. */
  enum Format {
    TEXT, JSON, SARIF, JUNIT, GITHUB, HTML;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Option(names = "--format", paramLabel = "text|json|sarif|junit|github|html", defaultValue = "text",
      descriptionKey = "studio.option.format")
  Format format = Format.TEXT;

  @Mixin OutputOption output;

  @Mixin FailureOptions failure;

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    LocalDate day = Dates.checkDay(asOf, context.clock());
    String shown = file.toString();
    List<Studio> studios = StudioLoader.load(shown,
        TextDecoding.read(context.workingDirectory().resolve(file), shown));
    Pack thePack = PackOption.load(pack, context);
    StudioCheck.Result result = StudioCheck.check(studios, thePack.studios(), day, new Location(shown, 1, 1, null));
    FindingsReport.Shown listed = FindingsReport.limit(List.of(new ReportItem(shown, result.findings())),
        failure.maxErrors());
    String summary = texts.get("studio.check.summary", shown, studios.size(), listed.summary().errors(),
        listed.summary().warnings());
    try (ReportTarget target = output.open(context, spec.commandLine().getOut(),
        Arrays.asList(file, PackOption.fileOf(pack, context)))) {
      if (format == Format.HTML) {
        StudioHtml.write(result, day, texts, target.writer());
        FindingsReport.finish(false, summary, listed, target, spec.commandLine().getErr(), texts);
      } else {
        FindingsReport.write(FindingFormat.valueOf(format.name()), "zhidu studio check", listed,
            RuleDescriptions.of(thePack, texts, id -> StudioRules.ALL.stream().anyMatch(r -> r.value().equals(id))),
            body(result, texts), summary, target, spec.commandLine().getErr(), texts);
      }
    }
    return failure.exitCode(listed.summary());
  }

  private static FindingsReport.Body body(StudioCheck.Result result, Texts texts) {
    return new FindingsReport.Body() {
      @Override
      public void text(FindingsReport.Shown shown, PrintWriter out) {
        FindingsReport.lines(shown.findings(), texts, out);
        TextTable table = new TextTable();
        table.row(texts.get("studio.col.name"), texts.get("studio.col.county"), texts.get("studio.col.recorded"),
            texts.get("studio.col.due"));
        for (StudioCheck.Standing s : result.standings()) {
          table.row(s.studio().name(), s.studio().county().isEmpty() ? texts.get("studio.city") : s.studio().county(),
              texts.get("studio.status." + s.studio().status().name().toLowerCase(Locale.ROOT)),
              texts.get("studio.status." + s.due().name().toLowerCase(Locale.ROOT)));
        }
        table.print(out, "  ");
      }

      @Override
      public void json(FindingsReport.Shown shown, PrintWriter out) throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
          Json.start(json, JsonContract.STUDIO_CHECK);
          json.writeArrayFieldStart("studios");
          for (StudioCheck.Standing s : result.standings()) {
            json.writeStartObject();
            json.writeStringField("name", s.studio().name());
            json.writeStringField("county", s.studio().county().isEmpty() ? null : s.studio().county());
            json.writeStringField("recorded", s.studio().status().name().toLowerCase(Locale.ROOT));
            json.writeStringField("due", s.due().name().toLowerCase(Locale.ROOT));
            json.writeEndObject();
          }
          json.writeEndArray();
          Json.findings(json, shown.findings(), texts);
          json.writeEndObject();
          json.writeRaw('\n');
        }
      }
    };
  }
}
