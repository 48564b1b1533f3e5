package org.zhidu.cli.calendar;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.options.TextOrJsonOption;
import org.zhidu.cli.output.Json;
import org.zhidu.core.calendar.Day;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.calendar.YearNotAnnouncedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code zhidu calendar holidays 2026}: the year's holiday blocks and make-up working days. */
@Command(name = "holidays", mixinStandardHelpOptions = true)
public final class CalendarHolidaysCommand extends CalendarReportCommand {

  @Parameters(index = "0", paramLabel = "YEAR", descriptionKey = "calendar.holidays.year")
  int year;

  @Mixin TextOrJsonOption format;

  /** A holiday block within the year, and the make-up days that serve it. */
  private record Block(String name, LocalDate first, LocalDate last, int days, List<LocalDate> makeup) {}

  @Override
  int write(WorkCalendar calendar, PrintWriter out) throws IOException {
    if (!calendar.isAnnounced(year) && !calendar.assumesNoHolidays()) {
      throw new YearNotAnnouncedException(year);
    }
    List<Day> days = calendar.days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      Day day = days.get(i);
      if (day.type() != DayType.HOLIDAY) {
        continue;
      }
      int j = i;
      while (j + 1 < days.size() && days.get(j + 1).type() == DayType.HOLIDAY
          && day.name().equals(days.get(j + 1).name())) {
        j++;
      }
      List<LocalDate> makeup = new ArrayList<>();
      for (Day d : days) {
        if (d.type() == DayType.MAKEUP_WORKDAY && day.name().equals(d.name())) {
          makeup.add(d.date());
        }
      }
      blocks.add(new Block(day.name(), day.date(), days.get(j).date(), j - i + 1, makeup));
      i = j;
    }
    Texts texts = context.texts();
    if (format.json()) {
      try (JsonGenerator json = Json.generator(out)) {
        json.writeStartObject();
        json.writeNumberField("year", year);
        json.writeStringField("source", calendar.source(year));
        json.writeArrayFieldStart("holidays");
        for (Block b : blocks) {
          json.writeStartObject();
          json.writeStringField("name", b.name());
          json.writeStringField("from", b.first().toString());
          json.writeStringField("to", b.last().toString());
          json.writeNumberField("days", b.days());
          json.writeArrayFieldStart("makeupWorkdays");
          for (LocalDate d : b.makeup()) {
            json.writeString(d.toString());
          }
          json.writeEndArray();
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
      }
      return ExitCode.OK;
    }
    out.println(texts.get("calendar.holidays.title", year));
    for (Block b : blocks) {
      StringBuilder line = new StringBuilder(texts.get("calendar.holidays.block", b.name(), b.first(), b.last(),
          b.days()));
      if (!b.makeup().isEmpty()) {
        List<String> shown = new ArrayList<>();
        for (LocalDate d : b.makeup()) {
          shown.add(d + " " + Dates.weekday(d.getDayOfWeek(), texts));
        }
        line.append(texts.get("calendar.holidays.makeup", String.join("、", shown)));
      }
      out.println(line);
    }
    out.println(texts.get("calendar.source", CalendarShowCommand.sourceOf(calendar, year, texts)));
    return ExitCode.OK;
  }
}
