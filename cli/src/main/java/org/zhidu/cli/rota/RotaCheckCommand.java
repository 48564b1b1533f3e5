package org.zhidu.cli.rota;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhidu.cli.Context;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.calendar.CalendarOptions;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.TextOrJson;
import org.zhidu.cli.policies.PackOption;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Severity;
import org.zhidu.core.office.Office;
import org.zhidu.core.rota.RotaChecker;
import org.zhidu.core.rota.RotaPolicy;
import org.zhidu.core.rota.ServedDay;
import org.zhidu.core.rota.Swaps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhidu rota check}: a rota made or edited by hand, day by day, against R1–R8, with its swaps (R7). */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class RotaCheckCommand implements Callable<Integer> {

  private final Context context;

  @Spec CommandSpec spec;

  @Mixin OfficeOption office;

  @Parameters(index = "0", paramLabel = "ROTA.csv", descriptionKey = "rota.param.rota")
  Path rota;

  @Option(names = "--swaps", paramLabel = "SWAPS.csv", descriptionKey = "rota.option.swaps")
  Path swaps;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      descriptionKey = "option.format.text_json")
  TextOrJson format;

  @Option(names = "--fail-on-warning", descriptionKey = "option.fail_on_warning")
  boolean failOnWarning;

  @Mixin PackOption pack;

  @Mixin CalendarOptions calendarOptions;

  RotaCheckCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    Office theOffice = office.load(context);
    RotaPolicy policy = pack.resolve(context).rota();
    WorkCalendar calendar = calendarOptions.load(context);
    RotaCsv.Read read = RotaCsv.read(context, rota, calendar);
    RotaChecker.Report report = RotaChecker.check(theOffice, calendar, policy, read.days(), read.locator());
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
    PrintWriter out = spec.commandLine().getOut();
    if (format == TextOrJson.JSON) {
      try (JsonGenerator json = Json.generator(out)) {
        json.writeStartObject();
        json.writeStringField("file", rota.toString());
        json.writeNumberField("days", read.days().size());
        RotaOutput.fairness(json, "fairness", report.fairness());
        RotaOutput.fairness(json, "best", report.best());
        if (swapped != null) {
          responsibilities(json, swapped.days());
        }
        RotaOutput.findings(json, findings, texts);
        json.writeEndObject();
        json.writeRaw('\n');
      }
    } else {
      for (Finding f : findings) {
        out.println(org.zhidu.cli.output.FindingText.line(f, texts));
      }
      if (swapped != null) {
        for (ServedDay day : swapped.days()) {
          if (!day.served().equals(day.day().duty())) {
            out.println(texts.get("rota.swapped", day.day().date(), String.join("、", day.day().duty()),
                String.join("、", day.served()), String.join("、", day.responsible())));
          }
        }
      }
      int places = read.days().stream().mapToInt(d -> d.duty().size()).sum();
      RotaOutput.fairness(report.fairness(), places, texts, out);
      if (report.best() != null) {
        out.println(texts.get("rota.fairness.best", report.best().minTotal(), report.best().maxTotal(),
            report.best().minHolidays(), report.best().maxHolidays(), report.best().worstWeekdaySpread()));
      }
      long errors = findings.stream().filter(Finding::isError).count();
      long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
      out.println(texts.get("rota.check.summary", rota, read.days().size(), errors, warnings));
    }
    boolean fail = findings.stream().anyMatch(f -> f.isError() || failOnWarning && f.severity() == Severity.WARNING);
    return fail ? ExitCode.FINDINGS : ExitCode.OK;
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
