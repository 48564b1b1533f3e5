package org.zhidu.core.naming;

import java.time.LocalDate;

/**
 * A date as written in a name. The clause fixes yyyy.mm.dd; N4 lists the shapes people use instead, which are
 * recognised so they can be fixed: 2014-03-14, 2014.3.14, 20140314, 2014年3月14日 (digits may be full-width).
 *
 * @param year the year as written
 * @param month the month as written (may be out of range)
 * @param day the day as written (may be out of range)
 * @param canonical whether it is written exactly yyyy.mm.dd with ASCII digits
 */
record DateText(int year, int month, int day, boolean canonical) {

  /** Whether it names a real calendar day. */
  boolean isReal() {
    return month >= 1 && month <= 12 && day >= 1 && day <= lengthOfMonth(year, month);
  }

  /** The day, when {@link #isReal()}. */
  LocalDate toLocalDate() {
    return LocalDate.of(year, month, day);
  }

  static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** The date written in the whole text (spaces allowed around its parts), or {@code null} when it is none. */
  static DateText parse(String text) {
    return parse(text, 0, text.length());
  }

  /** The date written in {@code text[from, to)}, or {@code null}. */
  static DateText parse(CharSequence text, int from, int to) {
    int[] numbers = new int[3];
    int[] widths = new int[3];
    int part = 0;
    boolean ascii = true;
    char separator = 0;
    boolean chinese = false;
    int i = from;
    while (i < to && Characters.isSpace(text.charAt(i))) {
      i++;
    }
    while (i < to) {
      char c = text.charAt(i);
      if (Characters.isAnyDigit(c)) {
        if (part > 2) {
          return null;
        }
        ascii &= Characters.isAsciiDigit(c);
        numbers[part] = numbers[part] * 10 + Characters.digitValue(c);
        if (++widths[part] > (part == 0 ? 8 : 2)) {
          return null;
        }
        i++;
        continue;
      }
      if (Characters.isSpace(c)) {
        i++;
        continue;
      }
      if (part > 2 || widths[part] == 0) {
        return null;
      }
      char expected = chinese ? (part == 0 ? '年' : part == 1 ? '月' : '日') : separator;
      if (part == 0 && separator == 0 && !chinese) {
        if (c == '年') {
          chinese = true;
        } else if (c == '.' || c == '-' || c == '/' || c == '．' || c == '－' || c == '／') {
          separator = c;
        } else {
          return null;
        }
      } else if (c != expected) {
        return null;
      }
      if (chinese && part == 2) {
        part = 3;
        i++;
        continue;
      }
      part++;
      i++;
    }
    if (widths[0] == 8 && part == 0) {
      // 20140314
      int all = numbers[0];
      return new DateText(all / 10000, all / 100 % 100, all % 100, false);
    }
    if (chinese) {
      if (part != 3 || widths[0] != 4) {
        return null;
      }
    } else if (part != 2 || widths[0] != 4 || widths[2] == 0) {
      return null;
    }
    boolean canonical =
        ascii && separator == '.' && widths[1] == 2 && widths[2] == 2 && to - from == 10;
    return new DateText(numbers[0], numbers[1], numbers[2], canonical);
  }
}
