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
import org.zhidu.cli.output.JsonContract;
import org.zhidu.core.calendar.HolidayBlock;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.calendar.YearNotAnnouncedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import picocli.CommandLine.Parameters;

/**
 * {@code zhidu calendar holidays 2026}: the year's holiday blocks and make-up working days, drawn as the notice draws
 * them (a block crossing New Year listed in both years, merged holidays as one block).
 */
@Command(name = "holidays", mixinStandardHelpOptions = true)
public final class CalendarHolidaysCommand extends CalendarReportCommand {

  @Parameters(index = "0", paramLabel = "YEAR", descriptionKey = "calendar.holidays.year")
  int year;

  @Mixin TextOrJsonOption format;

  /** The years a holiday list is drawn for, with or without announced holidays. */
  static final int FIRST_YEAR = Dates.FIRST_YEAR;
  static final int LAST_YEAR = Dates.LAST_YEAR;

  @Override
  int write(WorkCalendar calendar, PrintWriter out) throws IOException {
    Dates.requireYear(year, "YEAR"); // an office's calendar is of this age; a year beyond it is a slip of the hand
    if (!calendar.isAnnounced(year) && !calendar.assumesNoHolidays()) {
      throw new YearNotAnnouncedException(year);
    }
    List<HolidayBlock> blocks = calendar.holidayBlocks(year);
    Texts texts = context.texts();
    if (format.json()) {
      try (JsonGenerator json = Json.generator(out)) {
        Json.start(json, JsonContract.CALENDAR_HOLIDAYS);
        json.writeNumberField("year", year);
        json.writeStringField("source", calendar.source(year));
        json.writeStringField("reading", texts.get("calendar.reading"));
        json.writeArrayFieldStart("holidays");
        for (HolidayBlock b : blocks) {
          json.writeStartObject();
          json.writeStringField("name", b.name());
          json.writeStringField("from", b.first().toString());
          json.writeStringField("to", b.last().toString());
          json.writeNumberField("days", b.days());
          json.writeBooleanField("crossesYear", b.crossesYear());
          json.writeStringField("notice", calendar.source(b.noticeYear()));
          json.writeArrayFieldStart("makeupWorkdays");
          for (LocalDate d : b.makeupWorkdays()) {
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
    for (HolidayBlock b : blocks) {
      StringBuilder line = new StringBuilder(b.days() == 1
          ? texts.get("calendar.holidays.block.one_day", b.name(), b.first())
          : texts.get("calendar.holidays.block", b.name(), b.first(), b.last(), b.days()));
      if (b.crossesYear()) {
        line.append(b.noticeYear() == year
            ? texts.get("calendar.holidays.crosses")
            : texts.get("calendar.holidays.crosses_into", b.noticeYear()));
      }
      if (!b.makeupWorkdays().isEmpty()) {
        List<String> shown = new ArrayList<>();
        for (LocalDate d : b.makeupWorkdays()) {
          shown.add(d + " " + Dates.weekday(d.getDayOfWeek(), texts));
        }
        line.append(texts.get("calendar.holidays.makeup", String.join("、", shown)));
      }
      out.println(line);
    }
    out.println(texts.get("calendar.source", CalendarShowCommand.sourceOf(calendar, year, texts)));
    out.println(texts.get("calendar.reading.line", texts.get("calendar.reading")));
    return ExitCode.OK;
  }
}
