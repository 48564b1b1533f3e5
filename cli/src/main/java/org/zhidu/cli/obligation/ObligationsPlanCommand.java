package org.zhidu.cli.obligation;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.HexFormat;
import java.util.Set;
import java.util.Locale;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.CalendarOptions;
import org.zhidu.cli.options.OfficeOption;
import org.zhidu.cli.options.OutputOption;
import org.zhidu.cli.options.PackOption;
import org.zhidu.cli.output.CsvOut;
import org.zhidu.cli.output.Ics;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.cli.output.TextTable;
import org.zhidu.cli.output.Visible;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.obligation.ObligationChecker;
import org.zhidu.core.obligation.Occurrence;
import picocli.CommandLine.Command;
import org.zhidu.cli.options.EncodingOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zhidu obligations plan --year YYYY}: every occurrence of the pack's obligations in the year, with its window,
 * due day, who is responsible and the clause; as text, JSON, CSV or an iCalendar file to import.
 */
@Command(name = "plan", mixinStandardHelpOptions = true)
public final class ObligationsPlanCommand extends AreaCommand {

  /** The plan's formats. */
  enum Format {
    TEXT,
    JSON,
    CSV,
    ICS,
    HTML;

    /** As users type it (and as help and shell completion list it): lower case. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "obligations.option.year")
  int year;

  @Option(names = "--format", paramLabel = "text|json|csv|ics|html", defaultValue = "text",
      descriptionKey = "obligations.option.plan_format")
  Format format = Format.TEXT;

  @Option(names = "--tasks", paramLabel = "FILE", descriptionKey = "obligations.option.tasks")
  Path tasks;

  @Option(names = "--office", paramLabel = "FILE", descriptionKey = "obligations.option.plan_office")
  Path office;

  @Mixin PackOption pack;

  @Mixin CalendarOptions calendar;

  @Mixin OutputOption output;

  @Mixin EncodingOption encoding;

  @Override
  public Integer call() throws IOException {
    Texts texts = context.texts();
    org.zhidu.policies.Pack thePack = pack.resolve(context);
    List<Occurrence> items = List.of();
    if (tasks != null) {
      TasksCsv.Read read = TasksCsv.read(context, tasks);
      if (!read.findings().isEmpty()) {
        // a register that cannot be read whole is not planned in part: its first problem stops the plan
        org.zhidu.core.finding.Finding first = read.findings().get(0);
        throw new org.zhidu.core.finding.InputException(first.location(), first.message());
      }
      items = TasksCsv.occurrences(read.tasks(), year, Tasks.policy(thePack));
    }
    Plan planned = Plan.of(context, thePack, year, calendar, items);
    Plan plan = office == null ? planned : planned.withOffice(OfficeOption.load(context, office));
    WorkCalendar cal = calendar.load(context);
    return output.write(context, spec.commandLine().getOut(),
        Arrays.asList(pack.file(context), calendar.file(), tasks, office),
        encoding.charset(format == Format.CSV, format.toString()),
        out -> {
          switch (format) {
            case JSON -> json(plan, texts, out);
            case CSV -> csv(plan, texts, out);
            case ICS -> ics(plan, cal, texts, out);
            case HTML -> PlanHtml.write(plan, texts, out);
            default -> text(plan, texts, out);
          }
          return 0;
        });
  }

  private static void text(Plan plan, Texts texts, PrintWriter out) {
    out.println(texts.get("obligations.plan.title", plan.pack().id(), plan.year(), plan.policy().obligations().size(),
        plan.occurrences().size()));
    if (plan.occurrences().isEmpty()) {
      out.println(texts.get("obligations.plan.none", plan.pack().id()));
      return;
    }
    TextTable table = new TextTable();
    table.row(texts.get("obligations.col.due"), texts.get("obligations.col.window"),
        texts.get("obligations.col.obligation"), texts.get("obligations.col.times"),
        texts.get("obligations.col.responsible"), texts.get("obligations.col.rule"));
    boolean anyMoved = false;
    for (Occurrence o : plan.occurrences()) {
      anyMoved |= o.moved();
      table.row(o.due() + (o.moved() ? " *" : ""), o.from() + " — " + o.to(), Visible.of(o.obligation().name()),
          ObligationChecker.times(o.obligation()), o.obligation().responsible().isEmpty() ? "—"
              : Visible.of(plan.responsible(o)), o.obligation().rule().value());
    }
    table.print(out, "");
    if (anyMoved) {
      out.println(texts.get("obligations.plan.moved_note", texts.get("obligations.rest_day." + plan.policy()
          .restDay().id()), plan.policy().restDayClause()));
    }
  }

  private static void json(Plan plan, Texts texts, PrintWriter out) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      Json.start(json, JsonContract.OBLIGATIONS_PLAN);
      json.writeStringField("pack", plan.pack().id());
      json.writeNumberField("year", plan.year());
      json.writeStringField("restDay", plan.policy().restDay().id());
      json.writeArrayFieldStart("occurrences");
      for (Occurrence o : plan.occurrences()) {
        json.writeStartObject();
        json.writeStringField("obligation", o.obligation().name());
        json.writeStringField("rule", o.obligation().rule().value());
        json.writeStringField("clause", o.obligation().clause());
        json.writeStringField("from", o.from().toString());
        json.writeStringField("to", o.to().toString());
        json.writeStringField("due", o.due().toString());
        json.writeStringField("times", ObligationChecker.times(o.obligation()));
        json.writeStringField("responsible", o.obligation().responsible().isEmpty() ? null
            : o.obligation().responsible());
        json.writeStringField("person", plan.person(o));
        json.writeStringField("note", o.moved() ? texts.get("obligations.plan.moved", o.to().toString(),
            o.due().toString()) : null);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  private static void csv(Plan plan, Texts texts, PrintWriter out) {
    CsvOut.start(out);
    // the header words stay Chinese in both languages, as the offices' own sheets are
    CsvOut.row(out, "事项", "规则", "依据", "开始", "截止", "期限", "次数", "负责", "备注");
    for (Occurrence o : plan.occurrences()) {
      CsvOut.row(out, o.obligation().name(), o.obligation().rule().value(), o.obligation().clause(),
          o.from().toString(), o.to().toString(), o.due().toString(), ObligationChecker.times(o.obligation()),
          plan.responsible(o), o.moved() ? texts.get("obligations.plan.moved", o.to().toString(),
              o.due().toString()) : "");
    }
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

  /**
   * Each occurrence an all-day event on its due day, with the window and the clause in its description and a
   * reminder at 09:00 (China time) on the working day before; its UID is made of the pack, the obligation and the
   * window's first day, so that importing the plan again updates the same events.
   */
  private static void ics(Plan plan, WorkCalendar calendar, Texts texts, PrintWriter out) {
    StringBuilder ics = new StringBuilder();
    Ics.line(ics, "BEGIN:VCALENDAR");
    Ics.line(ics, "VERSION:2.0");
    Ics.line(ics, "PRODID:-//zhidu//obligations//ZH");
    Ics.line(ics, "CALSCALE:GREGORIAN");
    Ics.line(ics, "X-WR-CALNAME:" + Ics.escape(texts.get("obligations.html.title", plan.pack().id(), plan.year())));
    // no METHOD: the file is a calendar to import, not a scheduling message; METHOD:PUBLISH would make it one
    // (RFC 5546), which needs an ORGANIZER in every event, and validating readers refuse it without one
    String stamp = plan.year() + "0101T000000Z";
    Set<String> uids = new HashSet<>();
    for (Occurrence o : plan.occurrences()) {
      String name = o.obligation().name();
      String uid = plan.pack().id() + "-" + HexFormat.of().formatHex(name.getBytes(StandardCharsets.UTF_8)) + "-"
          + DAY.format(o.from());
      // the same matter twice with the same deadline (two rows of a 督查 register) is two events: the second, third, …
      // are numbered in the register's order
      String unique = uid;
      for (int n = 2; !uids.add(unique); n++) {
        unique = uid + "-" + n;
      }
      Ics.line(ics, "BEGIN:VEVENT");
      Ics.line(ics, "UID:" + unique + "@zhidu");
      Ics.line(ics, "DTSTAMP:" + stamp);
      Ics.line(ics, "DTSTART;VALUE=DATE:" + DAY.format(o.due()));
      Ics.line(ics, "DTEND;VALUE=DATE:" + DAY.format(o.due().plusDays(1)));
      Ics.line(ics, "SUMMARY:" + Ics.escape(texts.get("obligations.ics.summary", name, ObligationChecker.times(o.obligation()))));
      Ics.line(ics, "DESCRIPTION:" + Ics.escape(texts.get("obligations.ics.description", o.from().toString(),
          o.to().toString(), o.obligation().responsible().isEmpty() ? "—" : plan.responsible(o),
          o.obligation().rule().value(), o.obligation().clause())));
      Ics.line(ics, "TRANSP:TRANSPARENT");
      LocalDate remind = o.due().minusDays(1);
      while (!calendar.isWorkday(remind)) {
        remind = remind.minusDays(1);
      }
      Ics.line(ics, "BEGIN:VALARM");
      Ics.line(ics, "ACTION:DISPLAY");
      Ics.line(ics, "DESCRIPTION:" + Ics.escape(name));
      // 09:00 in China is 01:00 UTC: an absolute trigger, the working day before the due day
      Ics.line(ics, "TRIGGER;VALUE=DATE-TIME:" + DAY.format(remind) + "T010000Z");
      Ics.line(ics, "END:VALARM");
      Ics.line(ics, "END:VEVENT");
    }
    Ics.end(ics, plan.occurrences().isEmpty());
    out.print(ics);
  }
}
