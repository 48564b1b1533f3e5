package org.zhidu.core.obligation;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where in each period an obligation is done: from one day to another, counted from the period's start. For a week,
 * the days are weekdays (1 Monday … 7 Sunday) and the months are 1; otherwise a month is counted from the period's
 * first (1 is its first month) and a day of 31 is the month's last day, whatever its length ("30日前" in February is
 * the month's end: the pack says so where it matters).
 *
 * @param fromMonth the month the window opens in, 1-based within the period
 * @param fromDay the day it opens on
 * @param toMonth the month it closes in
 * @param toDay the day it closes on: the due day
 */
public record Window(int fromMonth, int fromDay, int toMonth, int toDay) {

  /**
   * Refuses a window that does not open and close within a period's months and days, or closes before it opens.
   *
   * @param fromMonth the month the window opens in, 1-based within the period
   * @param fromDay the day it opens on
   * @param toMonth the month it closes in
   * @param toDay the day it closes on: the due day
   * @throws IllegalArgumentException if a month is below 1, a day outside 1 to 31, or the window closes before it opens
   */
  public Window {
    if (fromMonth < 1 || toMonth < fromMonth || fromDay < 1 || fromDay > 31 || toDay < 1 || toDay > 31
        || fromMonth == toMonth && toDay < fromDay) {
      throw new IllegalArgumentException("a window from month " + fromMonth + " day " + fromDay + " to month "
          + toMonth + " day " + toDay);
    }
  }

  /**
   * The whole period.
   *
   * @param period the kind of period
   * @return Monday to Sunday for a week, else the first day of the first month to the last day of the last
   */
  public static Window whole(Period period) {
    return period == Period.WEEK ? new Window(1, 1, 1, 7) : new Window(1, 1, period.months(), 31);
  }

  /**
   * Whether the window fits in a period of this kind.
   *
   * @param period the kind of period
   * @return {@code true} when the window closes inside a period of that kind
   */
  public boolean fits(Period period) {
    return period == Period.WEEK ? toMonth == 1 && toDay <= 7 : toMonth <= period.months();
  }

  /**
   * The first day of the window in the period that starts on {@code start}.
   *
   * @param period the kind of period
   * @param start the period's first day
   * @return the day the window opens
   */
  public LocalDate from(Period period, LocalDate start) {
    return day(period, start, fromMonth, fromDay);
  }

  /**
   * The last day (the due day) of the window in the period that starts on {@code start}.
   *
   * @param period the kind of period
   * @param start the period's first day
   * @return the due day
   */
  public LocalDate to(Period period, LocalDate start) {
    return day(period, start, toMonth, toDay);
  }

  private static LocalDate day(Period period, LocalDate start, int month, int day) {
    if (period == Period.WEEK) {
      return start.plusDays(day - 1L);
    }
    YearMonth m = YearMonth.from(start).plusMonths(month - 1L);
    return m.atDay(Math.min(day, m.lengthOfMonth()));
  }
}
