package org.zhidu.core.scoring;

import java.time.LocalDate;

/** What a report covers: a quarter (2026Q3) or a year (2026). */
public sealed interface Period {

  /**
   * The period's first day.
   *
   * @return 1 January, or the first day of the quarter's first month
   */
  LocalDate from();

  /**
   * The period's last day, included.
   *
   * @return 31 December, or the last day of the quarter's last month
   */
  LocalDate to();

  /**
   * The calendar year the period is in.
   *
   * @return the year, such as 2026
   */
  int year();

  /**
   * As written on the command line and in JSON: 2026Q3 or 2026.
   *
   * @return the id, such as {@code 2026Q3} or {@code 2026}
   */
  String id();

  /**
   * Whether a day falls in the period.
   *
   * @param day any date
   * @return {@code true} when {@code day} is from {@link #from()} to {@link #to()}, both included
   */
  default boolean contains(LocalDate day) {
    return !day.isBefore(from()) && !day.isAfter(to());
  }

  /**
   * A quarter, 1–4.
   *
   * @param year the calendar year
   * @param quarter the quarter, 1 (January to March) to 4 (October to December)
   */
  record Quarter(int year, int quarter) implements Period {
    /**
     * Refuses a quarter outside 1 to 4.
     *
     * @param year the calendar year
     * @param quarter the quarter, 1 (January to March) to 4 (October to December)
     * @throws IllegalArgumentException if {@code quarter} is below 1 or above 4
     */
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

  /**
   * A calendar year.
   *
   * @param year the calendar year
   */
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

  /**
   * The quarter a day falls in.
   *
   * @param day any date
   * @return the quarter of that day's year and month
   */
  static Quarter quarterOf(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
  }

  /**
   * 2026Q3 (or 2026q3) or 2026; {@code null} when it is neither.
   *
   * @param text the period as a user writes it
   * @return the quarter or year, or {@code null} when the text is neither
   */
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
