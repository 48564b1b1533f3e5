package org.zhidu.cli.options;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.zhidu.cli.Texts;
import org.zhidu.core.calendar.IsoDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Dates on the command line (yyyy-mm-dd, months yyyy-mm) and their words in reports. */
public final class Dates {

  /** The years an office's calendar spans: a date beyond them is a slip of the hand, not a question. */
  public static final int FIRST_YEAR = 1949;
  public static final int LAST_YEAR = 2199;

  /**
   * The check day of {@code --as-of}: the day given, else today by the command's clock; a day outside
   * {@link #FIRST_YEAR}–{@link #LAST_YEAR} is a usage error.
   */
  public static java.time.LocalDate checkDay(java.time.LocalDate asOf, java.time.Clock clock) {
    java.time.LocalDate day = asOf != null ? asOf : java.time.LocalDate.now(clock);
    if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
      throw new org.zhidu.core.finding.InputException(new org.zhidu.core.finding.Location(null, 0, 0, "--as-of"),
          org.zhidu.core.finding.Message.of("cli.bad_as_of", day.toString()));
    }
    return day;
  }

  /**
   * A year a calendar command is asked about, within {@link #FIRST_YEAR}–{@link #LAST_YEAR}; beyond them it is a
   * usage error naming the option or parameter that gave it (a billion years would be a slip of the hand, and a
   * minute's hang or a date Java cannot hold).
   */
  public static void requireYear(int year, String option) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new org.zhidu.core.finding.InputException(new org.zhidu.core.finding.Location(null, 0, 0, option),
          org.zhidu.core.finding.Message.of("calendar.year_range", Integer.toString(year),
              Integer.toString(FIRST_YEAR), Integer.toString(LAST_YEAR)));
    }
  }

  /**
   * The day of a cell as {@link org.zhidu.core.register.Table.Row#time} reads it (yyyyMMddHHmm, -1 for none), or
   * {@code null} when it is none or its year is outside {@link #FIRST_YEAR}–{@link #LAST_YEAR} (a typo no office
   * register holds).
   */
  public static LocalDate cellDay(long value) {
    int year = (int) (value / 100_000_000L);
    if (value < 0 || year < FIRST_YEAR || year > LAST_YEAR) {
      return null;
    }
    long day = value / 10_000;
    return LocalDate.of(year, (int) (day / 100 % 100), (int) (day % 100));
  }

  /** The same, with the cell's time (00:00 for a day written without one). */
  public static java.time.LocalDateTime cellTime(long value) {
    LocalDate day = cellDay(value);
    return day == null ? null : day.atTime((int) (value / 100 % 100), (int) (value % 100));
  }

  private Dates() {}

  /** Reads yyyy-mm-dd; anything else is a usage error that says how to write it (the message is a key). */
  public static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      LocalDate day = IsoDate.dayOrNull(value);
      if (day == null) {
        throw new TypeConversionException("option.value.date");
      }
      return day;
    }
  }

  /** Reads yyyy-mm. */
  public static final class MonthConverter implements ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
      YearMonth month = IsoDate.monthOrNull(value);
      if (month == null) {
        throw new TypeConversionException("option.value.month");
      }
      return month;
    }
  }

  public static String weekday(DayOfWeek day, Texts texts) {
    return texts.get("calendar.weekday." + day.getValue());
  }
}
