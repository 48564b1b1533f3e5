package org.zhidu.cli.rota;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.OfficeOption;
import org.zhidu.cli.options.CalendarOptions;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.options.OutputOption;
import org.zhidu.cli.output.FindingsReport;
import org.zhidu.cli.output.ReportItem;
import org.zhidu.cli.output.ReportTarget;
import org.zhidu.cli.output.Visible;
import org.zhidu.cli.options.PackOption;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.finding.Summary;
import org.zhidu.core.office.Office;
import org.zhidu.core.rota.DutyDay;
import org.zhidu.core.rota.RotaPlan;
import org.zhidu.core.rota.RotaPlanner;
import org.zhidu.core.rota.RotaPolicy;
import org.zhidu.core.rota.RotaRequest;
import picocli.CommandLine.Command;
import org.zhidu.cli.options.EncodingOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zhidu rota generate}: plans the duty rota of a month or any stretch of days (R1–R8). */
@Command(name = "generate", mixinStandardHelpOptions = true)
public final class RotaGenerateCommand extends AreaCommand {

  @Mixin OfficeOption office;

  @Option(names = "--month", paramLabel = "YYYY-MM", converter = Dates.MonthConverter.class,
      descriptionKey = "rota.option.month")
  YearMonth month;

  @Option(names = "--from", paramLabel = "D", converter = Dates.DateConverter.class,
      descriptionKey = "rota.option.from")
  LocalDate from;

  @Option(names = "--to", paramLabel = "D", converter = Dates.DateConverter.class, descriptionKey = "rota.option.to")
  LocalDate to;

  @Option(names = "--history", paramLabel = "ROTA.csv", arity = "1..*", descriptionKey = "rota.option.history")
  List<Path> history = new ArrayList<>();

  @Option(names = "--keep", paramLabel = "ROTA.csv", descriptionKey = "rota.option.keep")
  Path keep;

  @Option(names = "--format", paramLabel = "text|csv|json|ics|html", defaultValue = "text",
      descriptionKey = "rota.option.format")
  RotaFormat format;

  @Option(names = "--person", paramLabel = "NAME", descriptionKey = "rota.option.person")
  String person;

  @Option(names = "--issued", paramLabel = "D", converter = Dates.DateConverter.class,
      descriptionKey = "rota.option.issued")
  LocalDate issued;

  @Mixin OutputOption output;

  @Mixin EncodingOption encoding;

  @Mixin PackOption pack;

  @Mixin CalendarOptions calendarOptions;

  /** The longest period one plan covers: a year (a longer one is planned year by year, each with --history). */
  static final int MOST_DAYS = 366;

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    LocalDate first;
    LocalDate last;
    if (month != null && from == null && to == null) {
      first = month.atDay(1);
      last = month.atEndOfMonth();
    } else if (month == null && from != null && to != null) {
      first = from;
      last = to;
      if (last.isBefore(first)) {
        throw new InputException(Location.NOWHERE, Message.of("calendar.to_before_from", last.toString(),
            first.toString()));
      }
      // a rota is planned a month or a year at a time; decades in one plan would take minutes for no use
      if (java.time.temporal.ChronoUnit.DAYS.between(first, last) >= MOST_DAYS) {
        throw new InputException(new Location(null, 0, 0, "--to"), Message.of("rota.period_too_long",
            first.toString(), last.toString(), Integer.toString(MOST_DAYS)));
      }
    } else {
      throw new InputException(Location.NOWHERE, Message.of("rota.period_required"));
    }
    Office theOffice = office.load(context);
    RotaPolicy policy = pack.resolve(context).rota();
    WorkCalendar calendar = calendarOptions.load(context);
    if (person != null && format != RotaFormat.ICS) {
      throw new InputException(new Location(null, 0, 0, "--person"), Message.of("rota.person_ics_only"));
    }
    if (person != null && theOffice.person(person).isEmpty()) {
      throw new InputException(new Location(null, 0, 0, "--person"), Message.of("rota.unknown_person_option",
          person));
    }
    List<DutyDay> past = new ArrayList<>();
    // a day of history counts once: the same file given twice, or two files that share days, would count it twice
    java.util.Map<java.time.LocalDate, Path> seen = new java.util.HashMap<>();
    for (Path file : history) {
      RotaCsv.Read read = RotaCsv.read(context, file, calendar);
      for (DutyDay day : read.days()) {
        if (!day.date().isBefore(first)) {
          throw new InputException(read.locator().locate(day.date(), "日期"),
              Message.of("rota.history_overlaps", day.date().toString(), first.toString()));
        }
        Path before = seen.putIfAbsent(day.date(), file);
        if (before != null) {
          throw new InputException(read.locator().locate(day.date(), "日期"),
              Message.of("rota.history_twice", day.date().toString(), before.toString()));
        }
      }
      past.addAll(read.days());
    }
    RotaCsv.Read keptRead = keep == null ? null : RotaCsv.read(context, keep, calendar);
    List<DutyDay> kept = keptRead == null ? List.of() : keptRead.days();
    RotaPlan plan = RotaPlanner.plan(new RotaRequest(theOffice, calendar, policy, first, last, past, kept));
    java.util.Map<LocalDate, Integer> versions = versions(plan, keptRead);
    List<String> problems = plan.findings().stream().filter(Finding::isError)
        .map(f -> Visible.of(texts.message(f.message()))).toList();
    LocalDate issuedOn = issued != null ? issued : LocalDate.now(context.clock());

    // the office's name as written, its controls shown: the title heads the text and the page and ends the summary
    String title = Visible.of(texts.get("rota.title", theOffice.name(), period(first, last, texts)));
    List<Path> inputs = new ArrayList<>(history);
    inputs.addAll(Arrays.asList(keep, office.file(), calendarOptions.file(), pack.file(context)));
    try (ReportTarget target = output.open(context, spec.commandLine().getOut(), inputs,
        encoding.charset(format == RotaFormat.CSV, format.toString()))) {
      PrintWriter out = target.writer();
      switch (format) {
        case TEXT -> text(plan, title, policy, theOffice, texts, out);
        case JSON -> json(plan, theOffice, first, last, texts, out);
        case CSV -> RotaCsv.write(plan.days(), versions, problems, texts, out);
        case ICS -> RotaIcs.write(title, theOffice, plan.days(), versions, policy, person, texts, out);
        case HTML -> RotaHtml.write(new RotaHtml.Sheet(title, theOffice, plan, versions, problems, calendar, policy,
            issuedOn), texts, out);
      }
      PrintWriter err = spec.commandLine().getErr();
      if (format != RotaFormat.TEXT && format != RotaFormat.JSON) {
        FindingsReport.lines(plan.findings().stream()
            .filter(f -> f.severity() != org.zhidu.core.finding.Severity.INFO).toList(), texts, err);
      }
      // every run ends with its one-line summary: after a text report on standard output, else on standard error
      boolean plainText = format == RotaFormat.TEXT && target.isStdout();
      FindingsReport.Shown shown = FindingsReport.limit(List.of(new ReportItem(title, plan.findings())), 0);
      Summary counts = shown.summary();
      FindingsReport.finish(plainText, texts.get("rota.generate.summary", title,
          plan.days().size(), counts.errors(), counts.warnings()), shown, target, err, texts);
    }
    return plan.meetsHardRules() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  /**
   * Each day's version (a calendar's SEQUENCE): 0 for a new plan; with {@code --keep}, the kept rota's version of
   * the day, one more where the re-plan changed its duty, its leader or (where the kept sheet names one) its
   * notifier.
   */
  static java.util.Map<LocalDate, Integer> versions(RotaPlan plan, RotaCsv.Read kept) {
    java.util.Map<LocalDate, Integer> versions = new java.util.HashMap<>();
    if (kept == null) {
      return versions;
    }
    java.util.Set<LocalDate> keptDays = new java.util.HashSet<>();
    kept.days().forEach(d -> keptDays.add(d.date()));
    java.util.Set<LocalDate> changed = new java.util.HashSet<>(plan.changed());
    for (DutyDay day : plan.days()) {
      if (!keptDays.contains(day.date())) {
        continue;
      }
      String notifier = kept.notifiers() == null ? "" : kept.notifiers().getOrDefault(day.date(), "").strip();
      boolean bumped = changed.contains(day.date())
          || !notifier.isEmpty() && !notifier.equals(RotaCsv.notifierCell(day));
      int before = kept.versions().getOrDefault(day.date(), 0);
      versions.put(day.date(), bumped ? before + 1 : before);
    }
    return versions;
  }

  static String period(LocalDate first, LocalDate last, Texts texts) {
    YearMonth m = YearMonth.from(first);
    if (first.equals(m.atDay(1)) && last.equals(m.atEndOfMonth())) {
      return texts.get("rota.period.month", m.getYear(), m.getMonthValue());
    }
    return texts.get("rota.period.days", first, last);
  }

  private static void text(RotaPlan plan, String title, RotaPolicy policy, Office office, Texts texts,
      PrintWriter out) {
    out.println(title);
    out.println(texts.get("rota.handover", policy.handover()));
    out.println();
    RotaOutput.dayTable(plan.days(), texts, out);
    out.println(texts.get("rota.notifier_note"));
    if (!plan.changed().isEmpty()) {
      out.println();
      out.println(texts.get("rota.changed", plan.changed().size(), String.join("、",
          plan.changed().stream().map(LocalDate::toString).toList())));
    }
    out.println();
    out.println(texts.get("rota.loads"));
    RotaOutput.loadTable(plan.loads(), office, plan.days(), texts, out);
    out.println();
    int places = plan.days().stream().mapToInt(d -> d.duty().size()).sum();
    RotaOutput.fairness(plan.fairness(), places, texts, out);
    if (plan.cumulative() != null) {
      out.println(texts.get("rota.fairness.cumulative",
          RotaOutput.span(plan.cumulative().minTotal(), plan.cumulative().maxTotal()),
          RotaOutput.span(plan.cumulative().minHolidays(), plan.cumulative().maxHolidays())));
    }
    RotaOutput.findings(plan.findings(), texts, out);
  }

  private static void json(RotaPlan plan, Office office, LocalDate first, LocalDate last, Texts texts,
      PrintWriter out) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      Json.start(json, JsonContract.ROTA_GENERATE);
      json.writeStringField("office", office.name());
      json.writeStringField("from", first.toString());
      json.writeStringField("to", last.toString());
      RotaOutput.days(json, plan.days());
      RotaOutput.people(json, plan.loads());
      RotaOutput.fairness(json, "fairness", plan.fairness());
      RotaOutput.fairness(json, "cumulative", plan.cumulative());
      RotaOutput.dates(json, "changed", plan.changed());
      Json.findings(json, plan.findings(), texts);
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }
}
