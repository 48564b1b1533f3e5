package org.zhidu.core.register;

import java.nio.charset.StandardCharsets;
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

  /**
   * A day, or a day and a time when {@code timeAllowed}; -1 when it is neither.
   *
   * @param text the cell's text; surrounding spaces are allowed
   * @param timeAllowed whether a time may follow the day
   * @return the value yyyyMMddHHmm (a day alone has time 0000), or -1
   */
  public static long parse(String text, boolean timeAllowed) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return parse(bytes, 0, bytes.length, timeAllowed);
  }

  /**
   * The same for the characters from {@code from} to {@code to} of the text.
   *
   * @param text the text holding the cell
   * @param from the cell's first character, inclusive
   * @param to the end of the cell, exclusive
   * @param timeAllowed whether a time may follow the day
   * @return the value yyyyMMddHHmm, or -1
   */
  public static long parse(String text, int from, int to, boolean timeAllowed) {
    return parse(text.substring(from, to), timeAllowed);
  }

  /**
   * The same for UTF-8 bytes, read in place: the separators beyond ASCII (年 月 日 时 分 秒 ： and the full-width
   * space) are matched as their three bytes.
   *
   * @param text UTF-8 bytes holding the cell
   * @param from the cell's first byte, inclusive
   * @param to the end of the cell, exclusive
   * @param timeAllowed whether a time may follow the day
   * @return the value yyyyMMddHHmm, or -1
   */
  public static long parse(byte[] text, int from, int to, boolean timeAllowed) {
    int n = to;
    int pos = spaces(text, from, n);
    long r = digits(text, pos, n, 4, 4);
    if (r < 0) {
      return -1;
    }
    int year = value(r);
    pos = separator(text, position(r), n, NIAN);
    r = pos < 0 ? -1 : digits(text, pos, n, 1, 2);
    if (r < 0) {
      return -1;
    }
    int month = value(r);
    pos = month < 1 || month > 12 ? -1 : separator(text, position(r), n, YUE);
    r = pos < 0 ? -1 : digits(text, pos, n, 1, 2);
    if (r < 0) {
      return -1;
    }
    int day = value(r);
    if (day < 1 || day > DAYS[month - 1] || (month == 2 && day == 29 && !leap(year))) {
      return -1;
    }
    pos = position(r) + word(text, position(r), n, RI);
    long date = (year * 100L + month) * 100 + day;
    int afterDate = pos;
    pos = spaces(text, pos, n);
    if (pos == n) {
      return date * 10000;
    }
    if (!timeAllowed) {
      return -1;
    }
    if (pos == afterDate && text[pos] == 'T') {
      pos++;
    }
    r = digits(text, pos, n, 1, 2);
    if (r < 0 || value(r) > 23 || position(r) >= n) {
      return -1;
    }
    int hour = value(r);
    pos = position(r);
    int sep = text[pos] == ':' ? 1 : Math.max(word(text, pos, n, SHI), word(text, pos, n, COLON));
    if (sep == 0) {
      return -1;
    }
    r = digits(text, pos + sep, n, 2, 2);
    if (r < 0 || value(r) > 59) {
      return -1;
    }
    int minute = value(r);
    pos = position(r);
    int fen = word(text, pos, n, FEN);
    if (pos < n && (text[pos] == ':' || fen > 0)) {
      boolean chinese = fen > 0;
      pos += chinese ? fen : 1;
      if (!chinese || pos < n && text[pos] >= '0' && text[pos] <= '9') {
        r = digits(text, pos, n, 2, 2);
        if (r < 0 || value(r) > 59) {
          return -1;
        }
        pos = position(r);
        pos += word(text, pos, n, MIAO);
      }
    }
    return spaces(text, pos, n) == n ? date * 10000 + hour * 100 + minute : -1;
  }

  private static final byte[] NIAN = utf8('年');
  private static final byte[] YUE = utf8('月');
  private static final byte[] RI = utf8('日');
  private static final byte[] SHI = utf8('时');
  private static final byte[] FEN = utf8('分');
  private static final byte[] MIAO = utf8('秒');
  private static final byte[] COLON = utf8('：');
  private static final byte[] FULL_SPACE = utf8('\u3000');

  private static byte[] utf8(char c) {
    return String.valueOf(c).getBytes(StandardCharsets.UTF_8);
  }

  /** The length of the word at {@code pos} (a character beyond ASCII, as its bytes), or 0 when it is not there. */
  private static int word(byte[] text, int pos, int n, byte[] word) {
    if (pos + word.length > n) {
      return 0;
    }
    for (int k = 0; k < word.length; k++) {
      if (text[pos + k] != word[k]) {
        return 0;
      }
    }
    return word.length;
  }

  /**
   * A day as offices write it, or {@code null} when the text is not one (a time is not allowed).
   *
   * @param text the cell's text
   * @return the day, or {@code null}
   */
  public static LocalDate date(String text) {
    long value = parse(text, false);
    return value < 0 ? null : date(value / 10_000);
  }

  /**
   * A day, with or without a time, or {@code null} when the text is neither.
   *
   * @param text the cell's text
   * @return the day at midnight when no time is written, or {@code null}
   */
  public static LocalDateTime dateTime(String text) {
    long value = parse(text, true);
    return value < 0 ? null : date(value / 10_000).atTime((int) (value / 100 % 100), (int) (value % 100));
  }

  private static LocalDate date(long yyyyMMdd) {
    return LocalDate.of((int) (yyyyMMdd / 10_000), (int) (yyyyMMdd / 100 % 100), (int) (yyyyMMdd % 100));
  }

  /**
   * The day of a parsed value, as yyyyMMdd.
   *
   * @param value a value {@link #parse(String, boolean)} gave, not -1
   * @return the day, as yyyyMMdd
   */
  public static long day(long value) {
    return value / 10000;
  }

  private static boolean leap(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** The position after the separator, or -1. */
  private static int separator(byte[] text, int pos, int n, byte[] chinese) {
    if (pos >= n) {
      return -1;
    }
    byte c = text[pos];
    if (c == '-' || c == '/' || c == '.') {
      return pos + 1;
    }
    int w = word(text, pos, n, chinese);
    return w > 0 ? pos + w : -1;
  }

  /** Between min and max digits from pos: the value and the position after them, packed; -1 when too few. */
  private static long digits(byte[] text, int pos, int n, int min, int max) {
    int value = 0;
    int count = 0;
    int p = pos;
    while (p < n && count < max) {
      int c = text[p];
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

  private static int spaces(byte[] text, int pos, int n) {
    int p = pos;
    while (p < n) {
      if (text[p] == ' ') {
        p++;
      } else if (word(text, p, n, FULL_SPACE) > 0) {
        p += 3;
      } else {
        break;
      }
    }
    return p;
  }
}
