package org.zhidu.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Days written yyyy-mm-dd and months written yyyy-mm, read as {@link LocalDate#parse} and {@link YearMonth#parse}
 * read them with a year of four digits (a day that exists: no 30 February). A day is read without java.time's
 * formatters, whose setting up takes longer than the rest of a short command; a month is a {@link YearMonth}, whose
 * loading still sets one up.
 */
public final class IsoDate {

  private IsoDate() {}

  /**
   * The day written {@code yyyy-mm-dd}.
   *
   * @param text the text
   * @return the day, or {@code null} when the text is not a day so written
   */
  public static LocalDate dayOrNull(CharSequence text) {
    if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day); // not through YearMonth, whose loading sets up a formatter
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The month written {@code yyyy-mm}.
   *
   * @param text the text
   * @return the month, or {@code null} when the text is not a month so written
   */
  public static YearMonth monthOrNull(CharSequence text) {
    if (text == null || text.length() != 7 || text.charAt(4) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    return year < 0 || month < 1 || month > 12 ? null : YearMonth.of(year, month);
  }

  /** The number the ASCII digits from {@code from} to {@code to} write, or -1 when one is no such digit. */
  private static int digits(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
