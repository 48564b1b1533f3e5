package org.zhidu.cli.calendar;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.output.DisplayWidth;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.core.calendar.Day;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.calendar.WorkCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhidu calendar show 2026-10}: a month grid with holidays and make-up working days marked. */
@Command(name = "show", mixinStandardHelpOptions = true)
public final class CalendarShowCommand extends CalendarReportCommand {

  /** The formats of {@code calendar show}. */
  public enum Format {
    TEXT,
    JSON,
    ICS;

    /** As users type it (and as help and shell completion list it): lower case. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Parameters(index = "0", paramLabel = "MONTH", converter = Dates.MonthConverter.class,
      descriptionKey = "calendar.show.month")
  YearMonth month;

  @Option(names = "--format", paramLabel = "text|json|ics", defaultValue = "text",
      descriptionKey = "option.format.calendar")
  Format format;

  @Override
  int write(WorkCalendar calendar, PrintWriter out) throws IOException {
    Dates.requireYear(month.getYear(), "MONTH"); // +999999999-12 has no end of month Java can hold
    List<Day> days = calendar.days(month.atDay(1), month.atEndOfMonth());
    switch (format) {
      case TEXT -> grid(days, calendar, context.texts(), out);
      case JSON -> json(days, calendar, out);
      case ICS -> IcsCalendar.write(days,
          context.texts().get("calendar.ics.name", month.getYear(), month.getMonthValue()), out);
    }
    return ExitCode.OK;
  }

  private void grid(List<Day> days, WorkCalendar calendar, Texts texts, PrintWriter out) {
    out.println(texts.get("calendar.month_title", month.getYear(), month.getMonthValue()));
    StringBuilder header = new StringBuilder();
    for (int d = 1; d <= 7; d++) {
      header.append(DisplayWidth.pad(" " + texts.get("calendar.weekday.short." + d), 6));
    }
    out.println(header.toString().stripTrailing());
    StringBuilder line = new StringBuilder("      ".repeat(month.atDay(1).getDayOfWeek().getValue() - 1));
    Map<LocalDate, List<Day>> blocks = new LinkedHashMap<>();
    for (Day day : days) {
      String mark = switch (day.type()) {
        case HOLIDAY -> texts.get("calendar.mark.holiday");
        case MAKEUP_WORKDAY -> texts.get("calendar.mark.makeup");
        default -> "";
      };
      if (day.type() == DayType.HOLIDAY) {
        List<Day> block = calendar.holidayBlock(day.date());
        blocks.putIfAbsent(block.get(0).date(), block);
      }
      String number = String.format("%3d", day.date().getDayOfMonth());
      line.append(DisplayWidth.pad(number + mark, 6));
      if (day.date().getDayOfWeek().getValue() == 7) {
        out.println(line.toString().stripTrailing());
        line.setLength(0);
      }
    }
    if (line.length() > 0) {
      out.println(line.toString().stripTrailing());
    }
    out.println(texts.get("calendar.legend"));
    for (List<Day> block : blocks.values()) {
      out.println(block.size() == 1 ? texts.get("calendar.block.one_day", blockName(block), block.get(0).date())
          : texts.get("calendar.block", blockName(block), block.get(0).date(), block.get(block.size() - 1).date(),
              block.size()));
    }
    out.println(texts.get("calendar.source", sourceOf(calendar, month.getYear(), texts)));
  }

  /** A block's name: its holidays in the order their days come (中秋节、国庆节 for a merged one). */
  static String blockName(List<Day> block) {
    List<String> names = new java.util.ArrayList<>();
    for (Day d : block) {
      for (String part : d.name() == null ? new String[0] : d.name().split("、")) {
        if (!names.contains(part)) {
          names.add(part);
        }
      }
    }
    return String.join("、", names);
  }

  static String sourceOf(WorkCalendar calendar, int year, Texts texts) {
    String source = calendar.source(year);
    return source != null ? source : texts.get("calendar.assumed");
  }

  private void json(List<Day> days, WorkCalendar calendar, PrintWriter out) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      Json.start(json, JsonContract.CALENDAR_SHOW);
      json.writeStringField("month", month.toString());
      json.writeStringField("source", calendar.source(month.getYear()));
      json.writeStringField("reading", context.texts().get("calendar.reading"));
      json.writeArrayFieldStart("days");
      for (Day day : days) {
        writeDay(json, day);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  /** A day as the JSON contract has it: {@code date}, {@code dayType}, {@code name}. */
  static void writeDay(JsonGenerator json, Day day) throws IOException {
    json.writeStartObject();
    json.writeStringField("date", day.date().toString());
    json.writeStringField("dayType", day.type().id());
    json.writeStringField("name", day.name());
    json.writeEndObject();
  }
}
