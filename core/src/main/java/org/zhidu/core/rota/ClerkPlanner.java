package org.zhidu.core.rota;

import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.calendar.Day;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.office.Person;

/**
 * Fills the open duty places with clerks as a transportation problem (R3, R4, R8), solved by {@link MinCostFlow}:
 *
 * <pre>
 * source ─(total: convex)→ clerk ─(weekday count: convex)→ (clerk, weekday) ─(turn)→ ordinary day ─→ sink
 *                                └(holiday count: convex)→ (clerk, holiday) ─(turn)→ holiday day ─→ sink
 * </pre>
 *
 * Only available clerks have arcs to a day, and each clerk at most one to it. In order of importance the costs even
 * out the clerks' totals (history and fixed places included), then their holiday days, then each clerk's days over
 * Monday to Sunday (days other than statutory holidays, as 四(一) says), and last keep the office's turn, so that
 * among equally fair rotas the one closest to "each in turn" is chosen.
 */
final class ClerkPlanner {

  private static final int TOTAL = 0;
  private static final int HOLIDAY = 1;
  private static final int WEEKDAY = 2;
  private static final int TURN = 3;

  private ClerkPlanner() {}

  /**
   * The clerks (by index) who fill each day's open places.
   *
   * @param clerks the clerks
   * @param days the days
   * @param open how many places each day still has
   * @param taken the clerks each day already has (they get no second place that day)
   * @param totals each clerk's duty days so far (history and fixed places)
   * @param holidays each clerk's holiday duty days so far
   * @param weekdays each clerk's ordinary duty days so far by weekday, Monday first
   * @param turn each clerk's place in the turn (0 goes first)
   */
  static List<List<Integer>> assign(
      List<Person> clerks,
      List<Day> days,
      int[] open,
      List<List<Integer>> taken,
      int[] totals,
      int[] holidays,
      int[][] weekdays,
      int[] turn) {
    int c = clerks.size();
    int d = days.size();
    int source = 0;
    int sink = 1;
    int firstClerk = 2;
    int firstHoliday = firstClerk + c;
    int firstWeekday = firstHoliday + c;
    int firstDay = firstWeekday + 7 * c;
    MinCostFlow flow = new MinCostFlow(firstDay + d);
    int units = 0;
    for (int i = 0; i < c; i++) {
      flow.convexArc(source, firstClerk + i, TOTAL, totals[i]);
      flow.convexArc(firstClerk + i, firstHoliday + i, HOLIDAY, holidays[i]);
      for (int w = 0; w < 7; w++) {
        flow.convexArc(firstClerk + i, firstWeekday + 7 * i + w, WEEKDAY, weekdays[i][w]);
      }
    }
    int[][] dayArcs = new int[d][];
    for (int j = 0; j < d; j++) {
      dayArcs[j] = new int[c];
      java.util.Arrays.fill(dayArcs[j], -1);
      if (open[j] <= 0) {
        continue;
      }
      Day day = days.get(j);
      boolean holiday = day.type() == DayType.HOLIDAY;
      int w = day.date().getDayOfWeek().getValue() - 1;
      int candidates = 0;
      for (int i = 0; i < c; i++) {
        if (taken.get(j).contains(i) || !Availability.available(clerks.get(i), day.date())) {
          continue;
        }
        int from = holiday ? firstHoliday + i : firstWeekday + 7 * i + w;
        dayArcs[j][i] = flow.arc(from, firstDay + j, 1, TURN, Math.floorMod(j - turn[i], c));
        candidates++;
      }
      int places = Math.min(open[j], candidates);
      flow.arc(firstDay + j, sink, places, TURN, 0);
      units += places;
    }
    flow.run(source, sink, units);
    List<List<Integer>> out = new ArrayList<>(d);
    for (int j = 0; j < d; j++) {
      List<Integer> chosen = new ArrayList<>();
      for (int i = 0; i < c; i++) {
        if (dayArcs[j][i] >= 0 && flow.flow(dayArcs[j][i]) > 0) {
          chosen.add(i);
        }
      }
      out.add(chosen);
    }
    return out;
  }
}
