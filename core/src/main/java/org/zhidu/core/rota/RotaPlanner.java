package org.zhidu.core.rota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.zhidu.core.calendar.Day;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Severity;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Role;

/**
 * Plans a duty rota (R1–R8): leaders first ({@link LeaderPlanner}), then each holiday day's leader's own clerk, then
 * every open place by a minimum-cost flow that evens out the clerks' loads ({@link ClerkPlanner}), then exchanges
 * that remove back-to-back duties without changing any count ({@link ConsecutiveDays}), then who notifies whom
 * ({@link Notifiers}). The same request always gives the same rota, on any thread: the planner keeps no state, and
 * any number of threads may plan at once with one office, calendar and policy.
 */
public final class RotaPlanner {

  private RotaPlanner() {}

  /**
   * Plans the rota of the request's days.
   *
   * @param request the office, calendar, numbers, period, history and rota to keep
   * @return the plan: a day for every date of the period, the loads, the fairness figures and the findings; the same
   *     request always gives the same plan
   * @throws org.zhidu.core.calendar.YearNotAnnouncedException if a day is in a year the calendar does not know
   */
  public static RotaPlan plan(RotaRequest request) {
    List<Day> days = request.calendar().days(request.from(), request.to());
    List<Person> clerks = request.office().withRole(Role.CLERK);
    List<String> clerkNames = clerks.stream().map(Person::name).toList();
    Map<String, Integer> clerkIndex = new HashMap<>();
    for (int i = 0; i < clerks.size(); i++) {
      clerkIndex.put(clerks.get(i).name(), i);
    }
    List<DutyDay> history = request.history().stream()
        .filter(day -> day.date().isBefore(request.from()))
        .sorted(Comparator.comparing(DutyDay::date))
        .toList();
    Map<LocalDate, DutyDay> kept = new HashMap<>();
    for (DutyDay day : request.keep()) {
      kept.put(day.date(), day);
    }
    List<Finding> findings = new ArrayList<>();
    int d = days.size();

    // 1. Leaders (R2), keeping every kept leader who may still lead.
    LeaderPlanner leaderPlanner = new LeaderPlanner(request.office(), history);
    String[] leaders = new String[d];
    for (int j = 0; j < d; j++) {
      DutyDay old = kept.get(days.get(j).date());
      if (old != null && old.leader() != null && leaderPlanner.canLead(old.leader(), days.get(j))) {
        leaders[j] = old.leader();
      }
    }
    leaderPlanner.plan(days, leaders, findings);

    // 2. Fixed places: kept clerks still available (R8). On a holiday day one place is the leader's: any of their
    // available linked clerks (R4) fills it, and the flow chooses which; a kept day keeps room for one of them.
    int[] open = new int[d];
    List<List<Integer>> fixed = new ArrayList<>(d);
    List<List<Integer>> own = new ArrayList<>(d);
    List<List<Integer>> linked = new ArrayList<>(d);
    for (int j = 0; j < d; j++) {
      Day day = days.get(j);
      boolean holiday = day.type() == DayType.HOLIDAY;
      int places = holiday ? request.policy().clerksPerHoliday() : request.policy().clerksPerDay();
      List<Integer> ownHere = new ArrayList<>();
      if (holiday && leaders[j] != null) {
        for (Person p : leaderPlanner.linkedClerks(leaders[j])) {
          Integer i = clerkIndex.get(p.name());
          if (i != null && Availability.available(p, day.date())) {
            ownHere.add(i);
          }
        }
      }
      List<Integer> here = new ArrayList<>();
      DutyDay old = kept.get(day.date());
      if (old != null) {
        for (String name : old.duty()) {
          Integer i = clerkIndex.get(name);
          if (i == null || here.size() >= places || here.contains(i)
              || !Availability.available(clerks.get(i), day.date())) {
            continue;
          }
          boolean roomForOwn = ownHere.isEmpty() || ownHere.contains(i) || here.stream().anyMatch(ownHere::contains)
              || here.size() < places - 1;
          if (roomForOwn) {
            here.add(i);
          }
        }
      }
      fixed.add(here);
      own.add(ownHere);
      linked.add(here.stream().anyMatch(ownHere::contains) ? List.of() : ownHere);
      open[j] = places - here.size();
    }

    // 3. The loads so far: history (newcomers level with the least loaded), then the fixed places.
    int c = clerks.size();
    int[] totals = new int[c];
    int[] holidays = new int[c];
    int[][] weekdays = new int[c][7];
    baseFromHistory(history, clerkNames, totals, holidays, weekdays);
    for (int j = 0; j < d; j++) {
      for (int i : fixed.get(j)) {
        count(days.get(j), i, totals, holidays, weekdays);
      }
    }
    int[] turn = turnOrder(history, clerkNames);

    // 4. Open places by the flow, then exchanges against back-to-back duties.
    List<List<Integer>> free = ClerkPlanner.assign(clerks, days, open, fixed, linked, totals, holidays, weekdays,
        turn);
    List<Integer> dayBefore = new ArrayList<>();
    if (!history.isEmpty() && history.get(history.size() - 1).date().equals(request.from().minusDays(1))) {
      for (String name : history.get(history.size() - 1).duty()) {
        Integer i = clerkIndex.get(name);
        if (i != null) {
          dayBefore.add(i);
        }
      }
    }
    ConsecutiveDays.spread(days, free, fixed, dayBefore,
        (i, j) -> Availability.available(clerks.get(i), days.get(j).date()),
        (j, movable) -> linked.get(j).isEmpty() || movable.stream().anyMatch(linked.get(j)::contains));

    // 5. The days, with who notifies whom (R6).
    List<DutyDay> planned = new ArrayList<>(d);
    for (int j = 0; j < d; j++) {
      List<String> duty = new ArrayList<>();
      for (int i : fixed.get(j)) {
        duty.add(clerkNames.get(i));
      }
      for (int i : free.get(j)) {
        duty.add(clerkNames.get(i));
      }
      // The leader's own clerk first on a holiday day (R4).
      List<Integer> ownHere = own.get(j);
      duty.sort(Comparator.comparing((String n) -> !ownHere.contains(clerkIndex.get(n))));
      planned.add(new DutyDay(days.get(j).date(), days.get(j).type(), duty, leaders[j], null));
      int missing = open[j] - free.get(j).size();
      if (missing > 0) {
        findings.add(uncovered(days.get(j), missing, clerks));
      }
    }
    DutyDay previous = history.isEmpty() ? null : history.get(history.size() - 1);
    planned = Notifiers.assign(planned, previous, request.calendar(), request.policy(), request.office(),
        findings);

    // 6. What is left uneven although it was unavoidable, and the figures.
    List<PersonLoad> loads = RotaStats.loads(planned, RotaStats.order(request.office()));
    Fairness fairness = Fairness.of(serving(loads, clerks, days), Fairness.consecutive(planned));
    Fairness cumulative = null;
    if (!history.isEmpty()) {
      List<DutyDay> all = new ArrayList<>(history);
      all.addAll(planned);
      cumulative = Fairness.of(serving(RotaStats.loads(all, clerkNames), clerks, days), Fairness.consecutive(all));
    }
    reportBackToBack(planned, dayBefore.isEmpty() ? null : previous, kept, findings);
    findings.sort(Comparator.comparing((Finding f) -> f.message().args().isEmpty() ? "" : f.message().args().get(0)));
    return new RotaPlan(planned, loads, fairness, cumulative, findings, changedDays(planned, kept));
  }

  /**
   * The loads of the clerks who could serve on at least one of the days: a clerk away for the whole period (上派学习
   * for three months) is not part of its fairness.
   */
  static List<PersonLoad> serving(List<PersonLoad> loads, List<Person> clerks, List<Day> days) {
    List<PersonLoad> out = new ArrayList<>();
    for (int i = 0; i < clerks.size(); i++) {
      Person clerk = clerks.get(i);
      if (days.stream().anyMatch(day -> Availability.available(clerk, day.date()))) {
        out.add(loads.get(i));
      }
    }
    return out;
  }

  /**
   * Counts the history. A clerk who does not appear in it (a newcomer) starts level with the least loaded clerk who
   * does: the documents say nothing about what a newcomer owes (X-GAP), and making them serve the office's past
   * would put them on duty day after day.
   */
  private static void baseFromHistory(
      List<DutyDay> history, List<String> clerkNames, int[] totals, int[] holidays, int[][] weekdays) {
    if (history.isEmpty()) {
      return;
    }
    List<PersonLoad> loads = RotaStats.loads(history, clerkNames);
    boolean[] present = new boolean[clerkNames.size()];
    int minTotal = Integer.MAX_VALUE;
    int minHolidays = Integer.MAX_VALUE;
    int[] minWeekday = new int[7];
    java.util.Arrays.fill(minWeekday, Integer.MAX_VALUE);
    for (int i = 0; i < clerkNames.size(); i++) {
      PersonLoad p = loads.get(i);
      present[i] = p.total() > 0;
      if (present[i]) {
        minTotal = Math.min(minTotal, p.total());
        minHolidays = Math.min(minHolidays, p.holidays());
        for (int w = 0; w < 7; w++) {
          minWeekday[w] = Math.min(minWeekday[w], p.ordinaryByWeekday().get(w));
        }
      }
    }
    for (int i = 0; i < clerkNames.size(); i++) {
      PersonLoad p = loads.get(i);
      totals[i] = present[i] ? p.total() : minTotal == Integer.MAX_VALUE ? 0 : minTotal;
      holidays[i] = present[i] ? p.holidays() : minHolidays == Integer.MAX_VALUE ? 0 : minHolidays;
      for (int w = 0; w < 7; w++) {
        weekdays[i][w] = present[i] ? p.ordinaryByWeekday().get(w)
            : minWeekday[w] == Integer.MAX_VALUE ? 0 : minWeekday[w];
      }
    }
  }

  private static void count(Day day, int i, int[] totals, int[] holidays, int[][] weekdays) {
    totals[i]++;
    if (day.type() == DayType.HOLIDAY) {
      holidays[i]++;
    } else {
      weekdays[i][day.date().getDayOfWeek().getValue() - 1]++;
    }
  }

  /** The turn continues from the history: who served longest ago goes first; then the office's order. */
  private static int[] turnOrder(List<DutyDay> history, List<String> clerkNames) {
    Map<String, LocalDate> last = new HashMap<>();
    for (DutyDay day : history) {
      for (String name : day.duty()) {
        last.put(name, day.date());
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < clerkNames.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> last.getOrDefault(clerkNames.get(i), LocalDate.MIN))
        .thenComparing(i -> i));
    int[] turn = new int[clerkNames.size()];
    for (int k = 0; k < order.size(); k++) {
      turn[order.get(k)] = k;
    }
    return turn;
  }

  private static Finding uncovered(Day day, int missing, List<Person> clerks) {
    List<String> away = new ArrayList<>();
    for (Person p : clerks) {
      String reason = Availability.inOffice(p, day.date()) ? Availability.absence(p, day.date()) : null;
      if (reason != null) {
        away.add(p.name() + "（" + reason + "）");
      }
    }
    return (day.type() == DayType.HOLIDAY ? RotaProblem.UNCOVERED_HOLIDAY : RotaProblem.UNCOVERED).on(day.date(),
        Integer.toString(missing), away.isEmpty() ? "—" : String.join("、", away));
  }

  private static void reportBackToBack(
      List<DutyDay> days, DutyDay before, Map<LocalDate, DutyDay> kept, List<Finding> findings) {
    DutyDay previous = before;
    for (DutyDay day : days) {
      if (previous != null && previous.date().plusDays(1).equals(day.date())) {
        for (String name : day.duty()) {
          if (previous.duty().contains(name)) {
            // Back-to-back days both taken over from the kept rota are its choice, not the planner's.
            boolean keptBoth = kept.containsKey(day.date()) && kept.get(day.date()).duty().contains(name)
                && kept.containsKey(previous.date()) && kept.get(previous.date()).duty().contains(name);
            findings.add((keptBoth ? RotaProblem.BACK_TO_BACK_EDITED : RotaProblem.BACK_TO_BACK).on(day.date(),
                name, previous.date().toString()));
          }
        }
      }
      previous = day;
    }
  }

  private static List<LocalDate> changedDays(List<DutyDay> planned, Map<LocalDate, DutyDay> kept) {
    TreeSet<LocalDate> changed = new TreeSet<>();
    for (DutyDay day : planned) {
      DutyDay old = kept.get(day.date());
      if (old == null && !kept.isEmpty()) {
        changed.add(day.date());
      } else if (old != null && (!new TreeSet<>(old.duty()).equals(new TreeSet<>(day.duty()))
          || !java.util.Objects.equals(old.leader(), day.leader()))) {
        changed.add(day.date());
      }
    }
    return new ArrayList<>(changed);
  }
}
