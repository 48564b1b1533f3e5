package org.zhidu.core.rota;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhidu.core.calendar.Day;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.office.Person;

/**
 * Fills the open duty places with clerks as a transportation problem (R3, R4, R8), solved by {@link MinCostFlow}:
 *
 * <pre>
 * source ─(total: convex)→ clerk ─(holidays: convex)→ (clerk, holiday) ─(turn)→ [linked place →] holiday ─→ sink
 *                                └(burden)→ (clerk, ordinary) ─(weekday: convex)→ (clerk, weekday) ─(turn)→ day
 * </pre>
 *
 * Only available clerks have arcs to a day, and each clerk at most one to it. On a holiday day whose leader has linked
 * clerks (联系文秘人员, R4) and none of them is on duty yet, one place can only be filled by one of them: they reach
 * the day through a place of its own that must carry one unit, so which of them serves is left to the fairness
 * costs. In order of importance the costs even out the clerks' totals (history and fixed places included), then
 * their holiday days, then each clerk's days over Monday to Sunday (days other than statutory holidays, as 四(一)
 * says), then give the extra ordinary days to the clerks with fewer holiday days (a second pass, once the holiday
 * days are known), and last keep the office's turn, so that among equally fair rotas the one closest to "each in
 * turn" is chosen.
 */
final class ClerkPlanner {

  private static final int TOTAL = 0;
  private static final int HOLIDAY = 1;
  private static final int WEEKDAY = 2;
  private static final int BURDEN = 3;
  private static final int TURN = 4;

  private ClerkPlanner() {}

  /**
   * The clerks (by index) who fill each day's open places.
   *
   * @param clerks the clerks
   * @param days the days
   * @param open how many places each day still has
   * @param taken the clerks each day already has (they get no second place that day)
   * @param linked for each day, the clerks of whom one must fill a place (the holiday leader's linked clerks, R4),
   *     or an empty list when none must
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
      List<List<Integer>> linked,
      int[] totals,
      int[] holidays,
      int[][] weekdays,
      int[] turn) {
    int c = clerks.size();
    List<List<Integer>> first = solve(clerks, days, open, taken, linked, totals, holidays, weekdays, turn, null);
    // The holiday days each clerk ends with; where they differ, the extra ordinary days go to those with fewer.
    long[] burden = new long[c];
    for (int i = 0; i < c; i++) {
      burden[i] = holidays[i];
    }
    for (int j = 0; j < days.size(); j++) {
      if (days.get(j).type() == DayType.HOLIDAY) {
        for (int i : first.get(j)) {
          burden[i]++;
        }
      }
    }
    if (Arrays.stream(burden).distinct().count() <= 1) {
      return first;
    }
    return solve(clerks, days, open, taken, linked, totals, holidays, weekdays, turn, burden);
  }

  private static List<List<Integer>> solve(
      List<Person> clerks,
      List<Day> days,
      int[] open,
      List<List<Integer>> taken,
      List<List<Integer>> linked,
      int[] totals,
      int[] holidays,
      int[][] weekdays,
      int[] turn,
      long[] burden) {
    int c = clerks.size();
    int d = days.size();
    int source = 0;
    int sink = 1;
    int firstClerk = 2;
    int firstHoliday = firstClerk + c;
    int firstOrdinary = firstHoliday + c;
    int firstWeekday = firstOrdinary + c;
    int firstDay = firstWeekday + 7 * c;
    int firstLinked = firstDay + d;
    MinCostFlow flow = new MinCostFlow(firstLinked + d);
    int units = 0;
    for (int i = 0; i < c; i++) {
      flow.convexArc(source, firstClerk + i, TOTAL, totals[i]);
      flow.convexArc(firstClerk + i, firstHoliday + i, HOLIDAY, holidays[i]);
      flow.arc(firstClerk + i, firstOrdinary + i, Integer.MAX_VALUE, BURDEN, burden == null ? 0 : burden[i]);
      for (int w = 0; w < 7; w++) {
        flow.convexArc(firstOrdinary + i, firstWeekday + 7 * i + w, WEEKDAY, weekdays[i][w]);
      }
    }
    int[][] dayArcs = new int[d][];
    for (int j = 0; j < d; j++) {
      dayArcs[j] = new int[c];
      Arrays.fill(dayArcs[j], -1);
      if (open[j] <= 0) {
        continue;
      }
      Day day = days.get(j);
      boolean holiday = day.type() == DayType.HOLIDAY;
      int w = day.date().getDayOfWeek().getValue() - 1;
      int candidates = 0;
      int linkedCandidates = 0;
      for (int i = 0; i < c; i++) {
        if (taken.get(j).contains(i) || !Availability.available(clerks.get(i), day.date())) {
          continue;
        }
        boolean own = linked.get(j).contains(i);
        int from = holiday ? firstHoliday + i : firstWeekday + 7 * i + w;
        int target = own ? firstLinked + j : firstDay + j;
        dayArcs[j][i] = flow.arc(from, target, 1, TURN, Math.floorMod(j - turn[i], c));
        candidates++;
        if (own) {
          linkedCandidates++;
        }
      }
      int places = Math.min(open[j], candidates);
      if (linkedCandidates > 0 && places > 0) {
        // One place is the linked clerks' own; any others of them may also take the remaining places.
        flow.arc(firstLinked + j, sink, 1, TURN, 0);
        flow.arc(firstLinked + j, firstDay + j, linkedCandidates - 1, TURN, 0);
        flow.arc(firstDay + j, sink, places - 1, TURN, 0);
      } else {
        flow.arc(firstDay + j, sink, places, TURN, 0);
      }
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
