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
    List<Day> days = calendar.days(month.atDay(1), month.atEndOfMonth());
    switch (format) {
      case TEXT -> grid(days, calendar, context.texts(), out);
      case JSON -> json(days, calendar, out);
      case ICS -> IcsCalendar.write(days, context.clock().instant(), out);
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
    Map<String, String> holidays = new LinkedHashMap<>();
    for (Day day : days) {
      String mark = switch (day.type()) {
        case HOLIDAY -> texts.get("calendar.mark.holiday");
        case MAKEUP_WORKDAY -> texts.get("calendar.mark.makeup");
        default -> "";
      };
      if (day.name() != null && day.type() == DayType.HOLIDAY) {
        holidays.putIfAbsent(day.name(), day.name());
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
    for (String name : holidays.keySet()) {
      LocalDate any = days.stream().filter(d -> name.equals(d.name()) && d.type() == DayType.HOLIDAY)
          .findFirst().orElseThrow().date();
      List<Day> block = calendar.holidayBlock(any);
      out.println(texts.get("calendar.block", name, block.get(0).date(), block.get(block.size() - 1).date(),
          block.size()));
    }
    out.println(texts.get("calendar.source", sourceOf(calendar, month.getYear(), texts)));
  }

  static String sourceOf(WorkCalendar calendar, int year, Texts texts) {
    String source = calendar.source(year);
    return source != null ? source : texts.get("calendar.assumed");
  }

  private void json(List<Day> days, WorkCalendar calendar, PrintWriter out) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeStringField("month", month.toString());
      json.writeStringField("source", calendar.source(month.getYear()));
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
