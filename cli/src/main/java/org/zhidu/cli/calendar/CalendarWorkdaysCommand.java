package org.zhidu.cli.calendar;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.options.TextOrJsonOption;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zhidu calendar workdays --from D --to D}: the working days between two dates, both included. */
@Command(name = "workdays", mixinStandardHelpOptions = true)
public final class CalendarWorkdaysCommand extends CalendarReportCommand {

  @Option(names = "--from", required = true, paramLabel = "D", converter = Dates.DateConverter.class,
      descriptionKey = "calendar.workdays.from")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "D", converter = Dates.DateConverter.class,
      descriptionKey = "calendar.workdays.to")
  LocalDate to;

  @Mixin TextOrJsonOption format;

  @Override
  int write(WorkCalendar calendar, PrintWriter out) throws IOException {
    // the years of an office's calendar: a billion years would be a slip of the hand, and a minute's hang
    Dates.requireYear(from.getYear(), "--from");
    Dates.requireYear(to.getYear(), "--to");
    if (to.isBefore(from)) {
      throw new InputException(Location.NOWHERE, Message.of("calendar.to_before_from", to.toString(), from.toString()));
    }
    List<LocalDate> workdays = calendar.workdays(from, to);
    Texts texts = context.texts();
    if (format.json()) {
      try (JsonGenerator json = Json.generator(out)) {
        Json.start(json, JsonContract.CALENDAR_WORKDAYS);
        json.writeStringField("from", from.toString());
        json.writeStringField("to", to.toString());
        json.writeNumberField("count", workdays.size());
        json.writeArrayFieldStart("workdays");
        for (LocalDate d : workdays) {
          json.writeString(d.toString());
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
      }
      return ExitCode.OK;
    }
    out.println(texts.get("calendar.workdays.summary", from, to, workdays.size()));
    for (LocalDate d : workdays) {
      out.println("  " + d + " " + Dates.weekday(d.getDayOfWeek(), texts)
          + (calendar.day(d).name() == null ? "" : " " + texts.get("calendar.makeup_for", calendar.day(d).name())));
    }
    return ExitCode.OK;
  }
}
