package org.zhidu.core.rota;

import java.util.List;

/**
 * The fairness figures of a rota over its clerks (R3, R4): how far apart their duty days, holiday days and weekday
 * spreads are, and how many back-to-back duties there are.
 *
 * @param clerks the number of clerks counted
 * @param minTotal the fewest duty days of a clerk
 * @param maxTotal the most
 * @param minHolidays the fewest holiday duty days
 * @param maxHolidays the most
 * @param worstWeekdaySpread the largest difference between a clerk's most and least frequent weekday, days other
 *     than statutory holidays
 * @param consecutive duties on the day after the same clerk's previous duty
 */
public record Fairness(
    int clerks,
    int minTotal,
    int maxTotal,
    int minHolidays,
    int maxHolidays,
    int worstWeekdaySpread,
    int consecutive) {

  /**
   * The figures over the given loads (clerks only) and count of back-to-back duties.
   *
   * @param clerks the clerks' loads; the figures of an empty list are all {@code 0}
   * @param consecutive the number of back-to-back duties, as {@link #consecutive(List)} counts them
   * @return the figures
   */
  public static Fairness of(List<PersonLoad> clerks, int consecutive) {
    if (clerks.isEmpty()) {
      return new Fairness(0, 0, 0, 0, 0, 0, consecutive);
    }
    int minTotal = Integer.MAX_VALUE;
    int maxTotal = 0;
    int minHolidays = Integer.MAX_VALUE;
    int maxHolidays = 0;
    int weekdaySpread = 0;
    for (PersonLoad p : clerks) {
      minTotal = Math.min(minTotal, p.total());
      maxTotal = Math.max(maxTotal, p.total());
      minHolidays = Math.min(minHolidays, p.holidays());
      maxHolidays = Math.max(maxHolidays, p.holidays());
      weekdaySpread = Math.max(weekdaySpread, p.weekdaySpread());
    }
    return new Fairness(clerks.size(), minTotal, maxTotal, minHolidays, maxHolidays, weekdaySpread, consecutive);
  }

  /**
   * How far apart the clerks' duty days are (R3): the most less the fewest.
   *
   * @return {@code maxTotal - minTotal}, in days; {@code 0} is perfectly even
   */
  public int totalSpread() {
    return maxTotal - minTotal;
  }

  /**
   * How far apart the clerks' holiday duty days are (R4): the most less the fewest.
   *
   * @return {@code maxHolidays - minHolidays}, in days
   */
  public int holidaySpread() {
    return maxHolidays - minHolidays;
  }

  /**
   * Back-to-back duties in the days: a clerk on duty on a day and the next.
   *
   * @param days the rota's days in date order; a gap in the dates breaks a run
   * @return how many times a clerk on duty on one day is on duty the next day too; {@code 0} when none
   */
  public static int consecutive(List<DutyDay> days) {
    int count = 0;
    for (int i = 1; i < days.size(); i++) {
      DutyDay before = days.get(i - 1);
      DutyDay day = days.get(i);
      if (!before.date().plusDays(1).equals(day.date())) {
        continue;
      }
      for (String name : day.duty()) {
        if (before.duty().contains(name)) {
          count++;
        }
      }
    }
    return count;
  }
}
