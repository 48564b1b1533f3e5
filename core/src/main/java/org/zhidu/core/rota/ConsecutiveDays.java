package org.zhidu.core.rota;

import java.util.List;
import java.util.function.BiPredicate;
import org.zhidu.core.calendar.Day;
import org.zhidu.core.calendar.DayType;

/**
 * Removes back-to-back duties where it can without touching fairness: it only exchanges two clerks' movable places on
 * two days of the same kind (ordinary days of the same weekday, or two holiday days), so every total, holiday count
 * and weekday count stays as the flow left it, and it only makes an exchange that lowers the number of back-to-back
 * duties of the two clerks.
 */
final class ConsecutiveDays {

  private ConsecutiveDays() {}

  /**
   * @param days the days
   * @param movable each day's clerks that may be exchanged (changed in place)
   * @param fixed each day's clerks that stay
   * @param onDayBefore the clerks on duty the day before the first day (from the history)
   * @param available whether clerk i is available on day j
   * @param keeps whether day j's movable clerks still meet what the day needs of them (a holiday leader's linked
   *     clerk, R4); an exchange never takes a day from meeting it to not meeting it
   */
  static void spread(
      List<Day> days,
      List<List<Integer>> movable,
      List<List<Integer>> fixed,
      List<Integer> onDayBefore,
      BiPredicate<Integer, Integer> available,
      BiPredicate<Integer, List<Integer>> keeps) {
    int d = days.size();
    for (int round = 0; round < 3; round++) {
      boolean changed = false;
      for (int j = 0; j < d; j++) {
        for (int p = 0; p < movable.get(j).size(); p++) {
          int clerk = movable.get(j).get(p);
          if (!onDuty(clerk, j - 1, movable, fixed, onDayBefore) && !onDuty(clerk, j + 1, movable, fixed, onDayBefore)) {
            continue;
          }
          if (exchange(days, j, p, movable, fixed, onDayBefore, available, keeps)) {
            changed = true;
          }
        }
      }
      if (!changed) {
        return;
      }
    }
  }

  private static boolean exchange(
      List<Day> days,
      int j,
      int p,
      List<List<Integer>> movable,
      List<List<Integer>> fixed,
      List<Integer> onDayBefore,
      BiPredicate<Integer, Integer> available,
      BiPredicate<Integer, List<Integer>> keeps) {
    int clerk = movable.get(j).get(p);
    for (int k = 0; k < days.size(); k++) {
      if (k == j || !sameKind(days.get(j), days.get(k))) {
        continue;
      }
      for (int q = 0; q < movable.get(k).size(); q++) {
        int other = movable.get(k).get(q);
        if (other == clerk
            || onDuty(other, j, movable, fixed, onDayBefore)
            || onDuty(clerk, k, movable, fixed, onDayBefore)
            || !available.test(other, j)
            || !available.test(clerk, k)) {
          continue;
        }
        int before = adjacent(clerk, movable, fixed, onDayBefore) + adjacent(other, movable, fixed, onDayBefore);
        boolean keptJ = keeps.test(j, movable.get(j));
        boolean keptK = keeps.test(k, movable.get(k));
        movable.get(j).set(p, other);
        movable.get(k).set(q, clerk);
        int after = adjacent(clerk, movable, fixed, onDayBefore) + adjacent(other, movable, fixed, onDayBefore);
        boolean stillKept = (!keptJ || keeps.test(j, movable.get(j))) && (!keptK || keeps.test(k, movable.get(k)));
        if (after < before && stillKept) {
          return true;
        }
        movable.get(j).set(p, clerk);
        movable.get(k).set(q, other);
      }
    }
    return false;
  }

  private static boolean sameKind(Day a, Day b) {
    boolean holiday = a.type() == DayType.HOLIDAY;
    if (holiday != (b.type() == DayType.HOLIDAY)) {
      return false;
    }
    return holiday || a.date().getDayOfWeek() == b.date().getDayOfWeek();
  }

  /** The clerk's back-to-back duties over the days (and the day before them). */
  private static int adjacent(
      int clerk, List<List<Integer>> movable, List<List<Integer>> fixed, List<Integer> onDayBefore) {
    int count = 0;
    boolean previous = onDayBefore.contains(clerk);
    for (int j = 0; j < movable.size(); j++) {
      boolean now = movable.get(j).contains(clerk) || fixed.get(j).contains(clerk);
      if (now && previous) {
        count++;
      }
      previous = now;
    }
    return count;
  }

  static boolean onDuty(
      int clerk, int j, List<List<Integer>> movable, List<List<Integer>> fixed, List<Integer> onDayBefore) {
    if (j < 0) {
      return j == -1 && onDayBefore.contains(clerk);
    }
    if (j >= movable.size()) {
      return false;
    }
    return movable.get(j).contains(clerk) || fixed.get(j).contains(clerk);
  }
}
