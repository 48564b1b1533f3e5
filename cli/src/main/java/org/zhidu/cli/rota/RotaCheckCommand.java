package org.zhidu.cli.rota;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.CheckOptions;
import org.zhidu.cli.options.OfficeOption;
import org.zhidu.cli.options.FindingFormatOption;
import org.zhidu.cli.output.FindingsReport;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.output.ReportItem;
import org.zhidu.cli.output.ReportTarget;
import org.zhidu.cli.output.RuleDescriptions;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Summary;
import org.zhidu.core.office.Office;
import org.zhidu.core.rota.RotaChecker;
import org.zhidu.core.rota.RotaPolicy;
import org.zhidu.core.rota.ServedDay;
import org.zhidu.core.rota.Swaps;
import org.zhidu.policies.Pack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhidu rota check}: a rota made or edited by hand, day by day, against R1–R8, with its swaps (R7). */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class RotaCheckCommand extends AreaCommand {

  @Mixin OfficeOption office;

  @Parameters(index = "0", paramLabel = "ROTA.csv", descriptionKey = "rota.param.rota")
  Path rota;

  @Option(names = "--swaps", paramLabel = "SWAPS.csv", descriptionKey = "rota.option.swaps")
  Path swaps;

  @Mixin FindingFormatOption format;

  @Mixin CheckOptions check;

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    Office theOffice = office.load(context);
    Pack thePack = check.pack().resolve(context);
    RotaPolicy policy = thePack.rota();
    WorkCalendar calendar = check.calendar().load(context);
    RotaCsv.Read read = RotaCsv.read(context, rota, calendar);
    RotaChecker.Report report = RotaChecker.check(theOffice, calendar, policy, read.days(), read.locator(),
        read.notifiers());
    List<Finding> findings = new ArrayList<>();
    for (Finding f : report.findings()) {
      // Figures over the whole rota belong to the file.
      findings.add(f.location().file() == null ? f.at(rota.toString(), 0) : f);
    }
    Swaps.Result swapped = null;
    if (swaps != null) {
      swapped = Swaps.apply(read.days(), SwapsCsv.read(context, swaps), theOffice, policy);
      findings.addAll(swapped.findings());
    }
    Swaps.Result swaps = swapped;
    FindingsReport.Shown shown = FindingsReport.limit(List.of(new ReportItem(rota.toString(), findings)),
        check.failure().maxErrors());
    FindingsReport.Body body = new FindingsReport.Body() {
      @Override
      public void text(FindingsReport.Shown listed, PrintWriter out) {
        FindingsReport.lines(listed.findings(), texts, out);
        if (swaps != null) {
          for (ServedDay day : swaps.days()) {
            if (!day.served().equals(day.day().duty())) {
              out.println(texts.get("rota.swapped", day.day().date(), String.join("、", day.day().duty()),
                  String.join("、", day.served()), String.join("、", day.responsible())));
            }
          }
        }
        int places = read.days().stream().mapToInt(d -> d.duty().size()).sum();
        RotaOutput.fairness(report.fairness(), places, texts, out);
        if (report.best() != null) {
          out.println(texts.get("rota.fairness.best", RotaOutput.span(report.best().minTotal(), report.best().maxTotal()),
              RotaOutput.span(report.best().minHolidays(), report.best().maxHolidays()),
              report.best().worstWeekdaySpread()));
        }
      }

      @Override
      public void json(FindingsReport.Shown listed, PrintWriter out) throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
          Json.start(json, JsonContract.ROTA_CHECK);
          json.writeStringField("file", rota.toString());
          json.writeNumberField("days", read.days().size());
          RotaOutput.fairness(json, "fairness", report.fairness());
          RotaOutput.fairness(json, "best", report.best());
          if (swaps != null) {
            responsibilities(json, swaps.days());
          }
          Json.findings(json, listed.findings(), texts);
          json.writeEndObject();
          json.writeRaw('\n');
        }
      }
    };
    Summary counts = shown.summary();
    List<Path> inputs = Arrays.asList(rota, this.swaps, office.file(), check.calendar().file(),
        check.pack().file(context));
    try (ReportTarget target = check.output().open(context, spec.commandLine().getOut(), inputs)) {
      FindingsReport.write(format.format(), "zhidu rota check", shown,
          RuleDescriptions.of(thePack, texts, id -> id.startsWith("R")), body,
          texts.get("rota.check.summary", rota, read.days().size(), counts.errors(), counts.warnings()), target,
          spec.commandLine().getErr(), texts);
    }
    return check.failure().exitCode(findings);
  }

  private static void responsibilities(JsonGenerator json, List<ServedDay> days) throws IOException {
    json.writeArrayFieldStart("swapped");
    for (ServedDay day : days) {
      if (day.served().equals(day.day().duty())) {
        continue;
      }
      json.writeStartObject();
      json.writeStringField("date", day.day().date().toString());
      writeNames(json, "planned", day.day().duty());
      writeNames(json, "served", day.served());
      writeNames(json, "responsible", day.responsible());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  static void writeNames(JsonGenerator json, String field, List<String> names) throws IOException {
    json.writeArrayFieldStart(field);
    for (String n : names) {
      json.writeString(n);
    }
    json.writeEndArray();
  }
}
