package org.zhidu.cli.rota;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.CheckOptions;
import org.zhidu.cli.options.OfficeOption;
import org.zhidu.cli.output.CsvOut;
import org.zhidu.cli.output.FindingsReport;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.output.ReportItem;
import org.zhidu.cli.output.ReportTarget;
import org.zhidu.cli.output.Visible;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.finding.Summary;
import org.zhidu.core.office.Office;
import org.zhidu.core.rota.DutyDay;
import org.zhidu.core.rota.PersonLoad;
import org.zhidu.core.rota.RotaPolicy;
import org.zhidu.core.rota.RotaStats;
import org.zhidu.core.rota.ServedDay;
import org.zhidu.core.rota.Swaps;
import picocli.CommandLine.Command;
import org.zhidu.cli.options.EncodingOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhidu rota stats}: duty days per person for the allowance (R9), counting who served after swaps. */
@Command(name = "stats", mixinStandardHelpOptions = true)
public final class RotaStatsCommand extends AreaCommand {

  @Parameters(index = "0", paramLabel = "ROTA.csv", descriptionKey = "rota.param.rota")
  Path rota;

  @Option(names = "--swaps", paramLabel = "SWAPS.csv", descriptionKey = "rota.option.swaps")
  Path swaps;

  @Option(names = "--office", paramLabel = "FILE", descriptionKey = "rota.option.office_optional")
  Path officeFile;

  @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text",
      descriptionKey = "rota.option.stats_format")
  RotaFormat format;

  @Mixin CheckOptions check;

  @Mixin EncodingOption encoding;

  @Override
  public Integer call() throws IOException {
    if (format == RotaFormat.ICS || format == RotaFormat.HTML) {
      throw new InputException(new Location(null, 0, 0, "--format"), Message.of("rota.stats_format", format.toString()));
    }
    Texts texts = context.texts();
    Office office = officeFile == null ? null : OfficeOption.load(context, officeFile);
    RotaPolicy policy = check.pack().resolve(context).rota();
    WorkCalendar calendar = check.calendar().load(context);
    RotaCsv.Read read = RotaCsv.read(context, rota, calendar);
    RotaStats.Countable countable = RotaStats.countable(read.days(), office, read.locator());
    List<DutyDay> days = countable.days().stream()
        .map(d -> new DutyDay(d.date(), calendar.dayType(d.date()), d.duty(), d.leader(), d.notifier()))
        .toList();
    List<Finding> findings = new java.util.ArrayList<>(countable.findings());
    if (swaps != null) {
      Swaps.Result result = Swaps.apply(days, SwapsCsv.read(context, swaps), office, policy);
      days = result.days().stream().map(ServedDay::asServed).toList();
      findings.addAll(result.findings());
    }
    List<String> order = office == null ? List.of() : RotaStats.order(office);
    List<PersonLoad> loads = RotaStats.loads(days, order);
    FindingsReport.Shown shown = FindingsReport.limit(List.of(new ReportItem(rota.toString(), findings)),
        check.failure().maxErrors());
    List<Finding> listed = shown.findings();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> inputs = Arrays.asList(rota, swaps, officeFile, check.calendar().file(), check.pack().file(context));
    try (ReportTarget target = check.output().open(context, spec.commandLine().getOut(), inputs,
        encoding.charset(format == RotaFormat.CSV, format.toString()))) {
      PrintWriter out = target.writer();
      switch (format) {
        case JSON -> {
          try (JsonGenerator json = Json.generator(out)) {
            Json.start(json, JsonContract.ROTA_STATS);
            json.writeStringField("file", rota.toString());
            json.writeNumberField("days", days.size());
            RotaOutput.people(json, loads);
            Json.findings(json, listed, texts);
            json.writeEndObject();
            json.writeRaw('\n');
          }
        }
        case CSV -> csv(loads, texts, out);
        default -> {
          out.println(Visible.of(texts.get("rota.stats.title", rota, days.size())));
          RotaOutput.loadTable(loads, office, days, texts, out);
          RotaOutput.findings(listed, texts, out);
        }
      }
      if (format != RotaFormat.TEXT && format != RotaFormat.JSON) {
        FindingsReport.lines(listed, texts, err);
      }
      // every run ends with its one-line summary: after a text report on standard output, else on standard error
      boolean plainText = format == RotaFormat.TEXT && target.isStdout();
      Summary counts = shown.summary();
      FindingsReport.finish(plainText, texts.get("rota.stats.summary", rota, days.size(),
          loads.size(), counts.errors(), counts.warnings()), shown, target, err, texts);
    }
    return check.failure().exitCode(findings);
  }

  private static void csv(List<PersonLoad> loads, Texts texts, PrintWriter out) {
    CsvOut.start(out);
    String[] header = new String[12];
    header[0] = texts.get("rota.col.name");
    header[1] = texts.get("rota.col.total");
    header[2] = texts.get("rota.col.holidays");
    for (int w = 1; w <= 7; w++) {
      header[2 + w] = texts.get("calendar.weekday." + w);
    }
    header[10] = texts.get("rota.col.weeks_led");
    header[11] = texts.get("rota.col.holidays_led");
    CsvOut.row(out, header);
    for (PersonLoad p : loads) {
      String[] row = new String[12];
      row[0] = p.name();
      row[1] = Integer.toString(p.total());
      row[2] = Integer.toString(p.holidays());
      for (int w = 0; w < 7; w++) {
        row[3 + w] = Integer.toString(p.byWeekday().get(w));
      }
      row[10] = Integer.toString(p.leaderWeeks());
      row[11] = Integer.toString(p.leaderHolidays());
      CsvOut.row(out, row);
    }
  }
}
