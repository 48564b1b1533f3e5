package org.zhidu.core.scoring;

import java.time.LocalDate;

/** What a report covers: a quarter (2026Q3) or a year (2026). */
public sealed interface Period {

  LocalDate from();

  LocalDate to();

  int year();

  /** As written on the command line and in JSON: 2026Q3 or 2026. */
  String id();

  /** Whether a day falls in the period. */
  default boolean contains(LocalDate day) {
    return !day.isBefore(from()) && !day.isAfter(to());
  }

  /** A quarter, 1–4. */
  record Quarter(int year, int quarter) implements Period {
    public Quarter {
      if (quarter < 1 || quarter > 4) {
        throw new IllegalArgumentException("a quarter is 1–4: " + quarter);
      }
    }

    @Override
    public LocalDate from() {
      return LocalDate.of(year, 3 * quarter - 2, 1);
    }

    @Override
    public LocalDate to() {
      LocalDate lastMonth = LocalDate.of(year, 3 * quarter, 1);
      return lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
    }

    @Override
    public String id() {
      return year + "Q" + quarter;
    }
  }

  /** A calendar year. */
  record Year(int year) implements Period {
    @Override
    public LocalDate from() {
      return LocalDate.of(year, 1, 1);
    }

    @Override
    public LocalDate to() {
      return LocalDate.of(year, 12, 31);
    }

    @Override
    public String id() {
      return Integer.toString(year);
    }
  }

  /** The quarter a day falls in. */
  static Quarter quarterOf(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
  }

  /** 2026Q3 (or 2026q3) or 2026; {@code null} when it is neither. */
  static Period parse(String text) {
    if (text.matches("\\d{4}")) {
      return new Year(Integer.parseInt(text));
    }
    if (text.matches("\\d{4}[Qq][1-4]")) {
      return new Quarter(Integer.parseInt(text.substring(0, 4)), text.charAt(5) - '0');
    }
    return null;
  }
}
