package org.zhidu.cli.options;

import java.nio.file.Path;
import org.zhidu.cli.Context;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Message;
import org.zhidu.policies.calendar.HolidayData;
import picocli.CommandLine.Option;

/** {@code --calendar FILE} and {@code --assume-no-holidays}: where the holiday data comes from. */
public final class CalendarOptions {

  @Option(names = "--calendar", paramLabel = "FILE", descriptionKey = "option.calendar")
  Path file;

  @Option(names = "--assume-no-holidays", descriptionKey = "option.assume_no_holidays")
  boolean assumeNoHolidays;

  /**
   * Why a year's days cannot be told: not announced yet, or (before {@link HolidayData#FIRST_YEAR}) older than the
   * built-in data; either way with how to supply it.
   */
  public static Message notAnnounced(int year) {
    return year < HolidayData.FIRST_YEAR
        ? Message.of("calendar.before_data", Integer.toString(year), Integer.toString(HolidayData.FIRST_YEAR))
        : Message.of("calendar.not_announced", Integer.toString(year));
  }

  /** The built-in calendar, with the user's file applied when one is given. */
  public WorkCalendar load(Context context) {
    String yaml = null;
    String shown = null;
    if (file != null) {
      shown = file.toString();
      yaml = TextDecoding.read(context.workingDirectory().resolve(file), shown);
    }
    WorkCalendar calendar = HolidayData.calendar(shown, yaml);
    return assumeNoHolidays ? calendar.assumingNoHolidays() : calendar;
  }

  /**
   * For a check that needs no working days (names, registers): a calendar file given all the same is read,
   * so that a broken one is reported rather than ignored.
   */
  public void checkGiven(Context context) {
    if (file != null) {
      load(context);
    }
  }

  /** The calendar file, when one is given (an input the report must not replace). */
  public Path file() {
    return file;
  }
}
