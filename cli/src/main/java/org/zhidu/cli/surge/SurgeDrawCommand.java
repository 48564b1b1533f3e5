package org.zhidu.cli.surge;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.input.CellList;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.cli.options.CalendarOptions;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.options.OfficeOption;
import org.zhidu.cli.options.PackOption;
import org.zhidu.cli.options.TextOrJsonOption;
import org.zhidu.cli.output.FindingsReport;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.output.TextTable;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.office.Office;
import org.zhidu.core.register.CellTime;
import org.zhidu.core.register.Table;
import org.zhidu.core.surge.SurgeDraw;
import org.zhidu.policies.Pack;
import org.zhidu.policies.register.InputSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zhidu surge draw --office FILE --at TIME}: who is drawn to sudden work at that moment (U1), and why each
 * person is or is not.
 */
@Command(name = "draw", mixinStandardHelpOptions = true)
public final class SurgeDrawCommand extends AreaCommand {

  @Mixin OfficeOption office;

  @Option(names = "--at", paramLabel = "TIME", required = true, descriptionKey = "surge.option.at")
  String at;

  @Option(names = "--count", paramLabel = "N", defaultValue = "0", descriptionKey = "surge.option.count")
  int count;

  @Option(names = "--busy", paramLabel = "BUSY.csv", descriptionKey = "surge.option.busy")
  Path busyFile;

  @Option(names = "--rota", paramLabel = "ROTA.csv", descriptionKey = "surge.option.rota")
  Path rotaFile;

  @Option(names = "--resident", paramLabel = "NAMES", descriptionKey = "surge.option.resident")
  String resident;

  @Option(names = "--pack", paramLabel = "ID|FILE", defaultValue = "anju-gov-office",
      descriptionKey = "option.pack")
  String pack = "anju-gov-office";

  @Mixin CalendarOptions calendar;

  @Mixin TextOrJsonOption format;

  /** Whether the rota has a row for the duty day. */
  private boolean dutiesFound;

  @Override
  public Integer call() throws IOException {
    LocalDateTime moment = CellTime.dateTime(at);
    // a day alone would be read as its midnight, after hours: the moment is given with its time, or refused
    boolean timeGiven = CellTime.parse(at.strip(), false) < 0;
    if (moment == null || !timeGiven || moment.getYear() < Dates.FIRST_YEAR || moment.getYear() > Dates.LAST_YEAR) {
      throw new InputException(new Location(null, 0, 0, "--at"), Message.of("surge.bad_at", at));
    }
    if (count < 0 || count > 100_000) {
      throw new InputException(new Location(null, 0, 0, "--count"), Message.of("surge.bad_count",
          Integer.toString(count)));
    }
    Office theOffice = office.load(context);
    Pack thePack = PackOption.load(pack, context);
    Set<String> busy = busyFile == null ? Set.of() : names(theOffice, busyFile, InputSchemas.busy(), "人员", null);
    Set<String> residents = Set.of();
    if (resident != null) {
      List<String> names = CellList.split(resident);
      if (names.isEmpty()) {
        throw new InputException(new Location(null, 0, 0, "--resident"), Message.of("surge.no_residents", resident));
      }
      residents = known(theOffice, names, "--resident");
    }
    Set<String> onDuty = Set.of();
    LocalDate dutyDay = null;
    if (rotaFile != null) {
      // the duty day runs from one handover to the next: before it, the day before's people are on duty
      dutyDay = moment.toLocalTime().isBefore(thePack.rota().handover())
          ? moment.toLocalDate().minusDays(1) : moment.toLocalDate();
      onDuty = names(theOffice, rotaFile, InputSchemas.rota(), "值班人员", dutyDay);
    }
    SurgeDraw drawn = SurgeDraw.of(theOffice, calendar.load(context), thePack.surge(), moment, count, busy, onDuty,
        residents);
    SurgeDraw draw = drawn;
    if (dutyDay != null && !dutiesFound) {
      // a rota that does not reach the duty day cannot put anyone first: said, not passed over
      List<org.zhidu.core.finding.Finding> findings = new java.util.ArrayList<>(drawn.findings());
      findings.add(org.zhidu.core.surge.SurgeProblem.NO_DUTY_DAY.at(new Location(rotaFile.toString(), 0, 0, null),
          dutyDay.toString()));
      draw = new SurgeDraw(drawn.at(), drawn.workingTime(), drawn.drawn(), drawn.left(), findings);
    }
    Texts texts = context.texts();
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      json(draw, out, texts);
    } else {
      text(draw, out, texts);
    }
    out.flush();
    return ExitCode.of(draw.findings(), true); // a warning here is the rule not met: the script should know
  }

  /** The names of a file's column ({@code day}: only the rows of that day), each a person of the office. */
  private Set<String> names(Office theOffice, Path file, org.zhidu.core.register.Schema schema, String field,
      LocalDate day) {
    String shown = file.toString();
    return names(theOffice, shown, TextDecoding.read(context.workingDirectory().resolve(file), shown), schema, field,
        day, () -> dutiesFound = true);
  }

  /**
   * The names of a register's column, read from its text: each a person of the office, or the register is refused at
   * the cell; with {@code day}, only the rows of that day (a rota), {@code dayFound} told when there is one.
   *
   * @throws InputException at the first row that cannot be read, a date that is not one, or a name the office lacks
   */
  static Set<String> names(Office theOffice, String shown, String text, org.zhidu.core.register.Schema schema,
      String field, LocalDate day, Runnable dayFound) {
    Table table = Table.read(shown, text, schema);
    if (!table.problems().isEmpty()) {
      Table.Problem p = table.problems().get(0);
      throw new InputException(p.location(), p.message());
    }
    Set<String> out = new HashSet<>();
    for (Table.Row row : table.rows()) {
      if (day != null) {
        LocalDate date = CellTime.date(row.text("日期"));
        if (date == null || date.getYear() < Dates.FIRST_YEAR || date.getYear() > Dates.LAST_YEAR) {
          throw new InputException(row.at("日期"), Message.of("surge.bad_rota_date", row.text("日期")));
        }
        if (!day.equals(date)) {
          continue;
        }
        dayFound.run();
      }
      for (String name : CellList.split(row.text(field))) {
        if (theOffice.person(name).isEmpty()) {
          throw new InputException(row.at(field), Message.of("surge.unknown_person", name));
        }
        out.add(name);
      }
    }
    return out;
  }

  private static Set<String> known(Office theOffice, List<String> names, String option) {
    for (String name : names) {
      if (theOffice.person(name).isEmpty()) {
        throw new InputException(new Location(null, 0, 0, option), Message.of("surge.unknown_person", name));
      }
    }
    return new HashSet<>(names);
  }

  private static void text(SurgeDraw draw, PrintWriter out, Texts texts) {
    out.println(texts.get("surge.head", draw.at().toLocalDate() + " "
        + String.format(Locale.ROOT, "%02d:%02d", draw.at().getHour(), draw.at().getMinute()),
        texts.get(draw.workingTime() ? "surge.working" : "surge.after_hours")));
    TextTable table = new TextTable();
    table.row(texts.get("surge.col.person"), texts.get("surge.col.section"), texts.get("surge.col.outcome"));
    for (SurgeDraw.Choice c : draw.drawn()) {
      table.row(c.person(), c.section(), texts.get("surge.outcome", texts.get("surge.drawn"), reason(c, texts)));
    }
    for (SurgeDraw.Choice c : draw.left()) {
      table.row(c.person(), c.section(), texts.get("surge.outcome", texts.get("surge.left"), reason(c, texts)));
    }
    table.print(out, "  ");
    FindingsReport.lines(draw.findings(), texts, out);
    out.println(texts.get("surge.summary", draw.drawn().size(), draw.left().size()));
  }

  private static String reason(SurgeDraw.Choice c, Texts texts) {
    return texts.get("surge.reason." + c.reason().name().toLowerCase(Locale.ROOT));
  }

  private static void json(SurgeDraw draw, PrintWriter out, Texts texts) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      Json.start(json, JsonContract.SURGE_DRAW);
      json.writeStringField("at", draw.at().toString());
      json.writeBooleanField("workingTime", draw.workingTime());
      for (String list : new String[] {"drawn", "left"}) {
        json.writeArrayFieldStart(list);
        for (SurgeDraw.Choice c : list.equals("drawn") ? draw.drawn() : draw.left()) {
          json.writeStartObject();
          json.writeStringField("person", c.person());
          json.writeStringField("section", c.section());
          json.writeStringField("reason", c.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      Json.findings(json, draw.findings(), texts);
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }
}
