package org.zhidu.core.rota;

import java.util.List;

/**
 * One person's share of a rota (R9: the basis of the duty allowance).
 *
 * @param name the person
 * @param total duty days
 * @param holidays of which on statutory holidays, counted apart (R9)
 * @param byWeekday duty days by weekday, Monday first (7 counts)
 * @param ordinaryByWeekday the same for days other than statutory holidays, which R3 asks to spread evenly
 * @param leaderWeeks weeks led as a section-level cadre (R2)
 * @param leaderHolidays holiday days led as a county-level leader (R2)
 */
public record PersonLoad(
    String name,
    int total,
    int holidays,
    List<Integer> byWeekday,
    List<Integer> ordinaryByWeekday,
    int leaderWeeks,
    int leaderHolidays) {

  /**
   * Keeps unmodifiable copies of the weekday counts.
   *
   * @param name the person
   * @param total duty days
   * @param holidays of which on statutory holidays, counted apart (R9)
   * @param byWeekday duty days by weekday, Monday first (7 counts)
   * @param ordinaryByWeekday the same for days other than statutory holidays, which R3 asks to spread evenly
   * @param leaderWeeks weeks led as a section-level cadre (R2)
   * @param leaderHolidays holiday days led as a county-level leader (R2)
   * @throws NullPointerException if {@code byWeekday} or {@code ordinaryByWeekday} is {@code null}
   */
  public PersonLoad {
    byWeekday = List.copyOf(byWeekday);
    ordinaryByWeekday = List.copyOf(ordinaryByWeekday);
  }

  /**
   * The largest minus the smallest of the ordinary-day weekday counts.
   *
   * @return the spread in days; {@code 0} when every weekday has the same count
   */
  public int weekdaySpread() {
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (int n : ordinaryByWeekday) {
      min = Math.min(min, n);
      max = Math.max(max, n);
    }
    return max - min;
  }
}
