package org.zhidu.core.register;

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
    int n = text.length();
    int[] pos = {0};
    skipSpaces(text, pos);
    int year = digits(text, pos, 4, 4);
    if (year < 0 || !separator(text, pos, '年')) {
      return -1;
    }
    int month = digits(text, pos, 1, 2);
    if (month < 1 || month > 12 || !separator(text, pos, '月')) {
      return -1;
    }
    int day = digits(text, pos, 1, 2);
    if (day < 1 || day > DAYS[month - 1] || (month == 2 && day == 29 && !leap(year))) {
      return -1;
    }
    if (pos[0] < n && text.charAt(pos[0]) == '日') {
      pos[0]++;
    }
    long date = (year * 100L + month) * 100 + day;
    int afterDate = pos[0];
    skipSpaces(text, pos);
    if (pos[0] == n) {
      return date * 10000;
    }
    if (!timeAllowed) {
      return -1;
    }
    if (pos[0] == afterDate && text.charAt(pos[0]) == 'T') {
      pos[0]++;
    }
    int hour = digits(text, pos, 1, 2);
    if (hour < 0 || hour > 23 || pos[0] >= n) {
      return -1;
    }
    char sep = text.charAt(pos[0]);
    if (sep != ':' && sep != '时' && sep != '：') {
      return -1;
    }
    pos[0]++;
    int minute = digits(text, pos, 2, 2);
    if (minute < 0 || minute > 59) {
      return -1;
    }
    if (pos[0] < n && (text.charAt(pos[0]) == ':' || text.charAt(pos[0]) == '分')) {
      boolean chinese = text.charAt(pos[0]) == '分';
      pos[0]++;
      if (!chinese || pos[0] < n && Character.isDigit(text.charAt(pos[0]))) {
        int second = digits(text, pos, 2, 2);
        if (second < 0 || second > 59) {
          return -1;
        }
        if (pos[0] < n && text.charAt(pos[0]) == '秒') {
          pos[0]++;
        }
      }
    }
    skipSpaces(text, pos);
    return pos[0] == n ? date * 10000 + hour * 100 + minute : -1;
  }

  /** The day of a parsed value, as yyyyMMdd. */
  public static long day(long value) {
    return value / 10000;
  }

  private static boolean leap(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  private static boolean separator(String text, int[] pos, char chinese) {
    if (pos[0] >= text.length()) {
      return false;
    }
    char c = text.charAt(pos[0]);
    if (c == '-' || c == '/' || c == '.' || c == chinese) {
      pos[0]++;
      return true;
    }
    return false;
  }

  private static int digits(String text, int[] pos, int min, int max) {
    int value = 0;
    int count = 0;
    while (pos[0] < text.length() && count < max) {
      char c = text.charAt(pos[0]);
      if (c < '0' || c > '9') {
        break;
      }
      value = value * 10 + (c - '0');
      count++;
      pos[0]++;
    }
    return count < min ? -1 : value;
  }

  private static void skipSpaces(String text, int[] pos) {
    while (pos[0] < text.length() && (text.charAt(pos[0]) == ' ' || text.charAt(pos[0]) == '\u3000')) {
      pos[0]++;
    }
  }
}
