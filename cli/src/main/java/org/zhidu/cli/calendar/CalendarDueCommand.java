package org.zhidu.cli.calendar;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.options.TextOrJsonOption;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.core.calendar.Day;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.rule.CrossCutting;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code zhidu calendar due D N}: the date N working days after D, and the rule it serves. */
@Command(name = "due", mixinStandardHelpOptions = true)
public final class CalendarDueCommand extends CalendarReportCommand {

  @Parameters(index = "0", paramLabel = "D", converter = Dates.DateConverter.class,
      descriptionKey = "calendar.due.from")
  LocalDate from;

  @Parameters(index = "1", paramLabel = "N", descriptionKey = "calendar.due.workdays")
  int workdays;

  @Mixin TextOrJsonOption format;

  @Override
  int write(WorkCalendar calendar, PrintWriter out) throws IOException {
    Dates.requireYear(from.getYear(), "D");
    if (workdays < 0) {
      throw new InputException(Location.NOWHERE, Message.of("calendar.negative", Integer.toString(workdays)));
    }
    // the answer must lie within the calendar's years too: never more working days than there are days to the end
    // of its last year (2,147,483,647 took 13 s to reach the year 8233480)
    LocalDate last = LocalDate.of(Dates.LAST_YEAR, 12, 31);
    if (workdays > ChronoUnit.DAYS.between(from, last)) {
      throw beyond();
    }
    LocalDate due = calendar.addWorkdays(from, workdays);
    if (due.isAfter(last)) {
      throw beyond();
    }
    Texts texts = context.texts();
    if (format.json()) {
      try (JsonGenerator json = Json.generator(out)) {
        Json.start(json, JsonContract.CALENDAR_DUE);
        json.writeStringField("from", from.toString());
        json.writeNumberField("workdays", workdays);
        json.writeStringField("due", due.toString());
        json.writeStringField("rule", CrossCutting.X_WORKDAY.value());
        json.writeEndObject();
        json.writeRaw('\n');
      }
      return ExitCode.OK;
    }
    Day day = calendar.day(due);
    out.println(texts.get("calendar.due", from, workdays, due, Dates.weekday(due.getDayOfWeek(), texts),
        texts.get("calendar.type." + day.type().id())));
    out.println(texts.get("calendar.due.rule"));
    return ExitCode.OK;
  }

  private InputException beyond() {
    return new InputException(new Location(null, 0, 0, "N"), Message.of("calendar.due_beyond",
        Integer.toString(workdays), from.toString(), Integer.toString(Dates.FIRST_YEAR),
        Integer.toString(Dates.LAST_YEAR)));
  }
}
