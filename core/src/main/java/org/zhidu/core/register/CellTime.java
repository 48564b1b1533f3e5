package org.zhidu.core.register;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Dates and times as offices write them, read without regular expressions (a register has a million of them):
 * 2026-03-05, 2026/3/5, 2026.03.05, 2026年3月5日, each optionally followed by a time 14:30, 14:30:05 or 14时30分.
 * The result is a sortable number yyyyMMddHHmm, or -1 when the text is not a real day (and time).
 */
public final class CellTime {

  private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private CellTime() {}

  /** A day, or a day and a time when {@code timeAllowed}; -1 when it is neither. */
  public static long parse(String text, boolean timeAllowed) {
    return parse(text, 0, text.length(), timeAllowed);
  }

  /** The same for the characters from {@code from} to {@code to} of the text. */
  public static long parse(String text, int from, int to, boolean timeAllowed) {
    int n = to;
    int pos = spaces(text, from, n);
    long r = digits(text, pos, n, 4, 4);
    if (r < 0) {
      return -1;
    }
    int year = value(r);
    pos = separator(text, position(r), n, '年');
    r = pos < 0 ? -1 : digits(text, pos, n, 1, 2);
    if (r < 0) {
      return -1;
    }
    int month = value(r);
    pos = month < 1 || month > 12 ? -1 : separator(text, position(r), n, '月');
    r = pos < 0 ? -1 : digits(text, pos, n, 1, 2);
    if (r < 0) {
      return -1;
    }
    int day = value(r);
    if (day < 1 || day > DAYS[month - 1] || (month == 2 && day == 29 && !leap(year))) {
      return -1;
    }
    pos = position(r);
    if (pos < n && text.charAt(pos) == '日') {
      pos++;
    }
    long date = (year * 100L + month) * 100 + day;
    int afterDate = pos;
    pos = spaces(text, pos, n);
    if (pos == n) {
      return date * 10000;
    }
    if (!timeAllowed) {
      return -1;
    }
    if (pos == afterDate && text.charAt(pos) == 'T') {
      pos++;
    }
    r = digits(text, pos, n, 1, 2);
    if (r < 0 || value(r) > 23 || position(r) >= n) {
      return -1;
    }
    int hour = value(r);
    pos = position(r);
    char sep = text.charAt(pos);
    if (sep != ':' && sep != '时' && sep != '：') {
      return -1;
    }
    r = digits(text, pos + 1, n, 2, 2);
    if (r < 0 || value(r) > 59) {
      return -1;
    }
    int minute = value(r);
    pos = position(r);
    if (pos < n && (text.charAt(pos) == ':' || text.charAt(pos) == '分')) {
      boolean chinese = text.charAt(pos) == '分';
      pos++;
      if (!chinese || pos < n && Character.isDigit(text.charAt(pos))) {
        r = digits(text, pos, n, 2, 2);
        if (r < 0 || value(r) > 59) {
          return -1;
        }
        pos = position(r);
        if (pos < n && text.charAt(pos) == '秒') {
          pos++;
        }
      }
    }
    return spaces(text, pos, n) == n ? date * 10000 + hour * 100 + minute : -1;
  }

  /** A day as offices write it, or {@code null} when the text is not one (a time is not allowed). */
  public static LocalDate date(String text) {
    long value = parse(text, false);
    return value < 0 ? null : date(value / 10_000);
  }

  /** A day, with or without a time, or {@code null} when the text is neither. */
  public static LocalDateTime dateTime(String text) {
    long value = parse(text, true);
    return value < 0 ? null : date(value / 10_000).atTime((int) (value / 100 % 100), (int) (value % 100));
  }

  private static LocalDate date(long yyyyMMdd) {
    return LocalDate.of((int) (yyyyMMdd / 10_000), (int) (yyyyMMdd / 100 % 100), (int) (yyyyMMdd % 100));
  }

  /** The day of a parsed value, as yyyyMMdd. */
  public static long day(long value) {
    return value / 10000;
  }

  private static boolean leap(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** The position after the separator, or -1. */
  private static int separator(String text, int pos, int n, char chinese) {
    if (pos >= n) {
      return -1;
    }
    char c = text.charAt(pos);
    return c == '-' || c == '/' || c == '.' || c == chinese ? pos + 1 : -1;
  }

  /** Between min and max digits from pos: the value and the position after them, packed; -1 when too few. */
  private static long digits(String text, int pos, int n, int min, int max) {
    int value = 0;
    int count = 0;
    int p = pos;
    while (p < n && count < max) {
      char c = text.charAt(p);
      if (c < '0' || c > '9') {
        break;
      }
      value = value * 10 + (c - '0');
      count++;
      p++;
    }
    return count < min ? -1 : (long) value << 32 | p;
  }

  private static int value(long packed) {
    return (int) (packed >>> 32);
  }

  private static int position(long packed) {
    return (int) packed;
  }

  private static int spaces(String text, int pos, int n) {
    int p = pos;
    while (p < n && (text.charAt(p) == ' ' || text.charAt(p) == '\u3000')) {
      p++;
    }
    return p;
  }
}
