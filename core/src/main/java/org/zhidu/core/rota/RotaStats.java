package org.zhidu.core.rota;

import org.zhidu.core.finding.Finding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Role;

/** Counts a rota per person (R9): duty days, holiday days apart, by weekday, weeks and holiday days led. */
public final class RotaStats {

  private RotaStats() {}

  /**
   * Clerks first, then the section-level cadres and county-level leaders, each in the office's order.
   *
   * @param office the office file
   * @return the names, clerks then section-level cadres then county-level leaders
   */
  public static List<String> order(Office office) {
    List<String> order = new ArrayList<>();
    for (Role role : List.of(Role.CLERK, Role.SECTION_CADRE, Role.COUNTY_LEADER)) {
      office.withRole(role).forEach(p -> order.add(p.name()));
    }
    return order;
  }

  /**
   * The days a count may rest on (R9): a date given twice counts once (R3, an error at the second), and with an
   * office file a name it does not hold counts for nobody (R1 for a clerk, R2 for a leader, an error at its cell),
   * so that no one is credited with days that are not theirs.
   *
   * @param days the rota's days as read
   * @param office the office file, or {@code null} when none is given (names are then taken as written)
   * @param locator where each day's cells are, for the findings
   * @return the days kept, and a finding for each date or name left out
   */
  public static Countable countable(List<DutyDay> days, Office office, RowLocator locator) {
    List<DutyDay> kept = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    for (DutyDay day : days) {
      if (!seen.add(day.date())) {
        findings.add(RotaProblem.DUPLICATE_DAY.on(day.date(), locator.locate(day.date(), "日期")));
        continue;
      }
      if (office == null) {
        kept.add(day);
        continue;
      }
      List<String> known = new ArrayList<>();
      for (String name : day.duty()) {
        if (office.person(name).isPresent()) {
          known.add(name);
        } else {
          findings.add(RotaProblem.UNKNOWN_DUTY_PERSON.on(day.date(), locator.locate(day.date(), "值班人员"),
              name));
        }
      }
      String leader = day.leader();
      if (leader != null && office.person(leader).isEmpty()) {
        findings.add(RotaProblem.UNKNOWN_LEADER.on(day.date(), locator.locate(day.date(), "带班领导"), leader));
        leader = null;
      }
      kept.add(new DutyDay(day.date(), day.type(), known, leader, day.notifier()));
    }
    return new Countable(kept, findings);
  }

  /**
   * The days a count rests on, and why some of what the sheet says was left out.
   *
   * @param days the days, each once, with the names of the office
   * @param findings a date given twice, a name the office does not hold
   */
  public record Countable(List<DutyDay> days, List<Finding> findings) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @param days the days, each once, with the names of the office
     * @param findings a date given twice, a name the office does not hold
     * @throws NullPointerException if {@code days} or {@code findings} is {@code null}
     */
    public Countable {
      days = List.copyOf(days);
      findings = List.copyOf(findings);
    }
  }

  /**
   * Every person who appears in the days, those of {@code order} first and in that order (with zero counts when
   * they do not appear), then the others in order of first appearance.
   *
   * @param days the days to count, each once (see {@link #countable})
   * @param order the names to list first, such as {@link #order(Office)} gives
   * @return one load per person: the clerks' duty days and the leaders' weeks and holiday days led
   */
  public static List<PersonLoad> loads(List<DutyDay> days, List<String> order) {
    Map<String, Counter> counters = new LinkedHashMap<>();
    for (String name : order) {
      counters.put(name, new Counter());
    }
    for (DutyDay day : days) {
      int weekday = day.date().getDayOfWeek().getValue() - 1;
      for (String name : day.duty()) {
        Counter c = counters.computeIfAbsent(name, n -> new Counter());
        c.total++;
        c.byWeekday[weekday]++;
        if (day.isHoliday()) {
          c.holidays++;
        } else {
          c.ordinaryByWeekday[weekday]++;
        }
      }
      if (day.leader() != null) {
        Counter c = counters.computeIfAbsent(day.leader(), n -> new Counter());
        if (day.isHoliday()) {
          c.leaderHolidays++;
        } else {
          c.weeksLed.add(Weeks.monday(day.date()));
        }
      }
    }
    List<PersonLoad> out = new ArrayList<>(counters.size());
    counters.forEach((name, c) -> out.add(c.load(name)));
    return out;
  }

  private static final class Counter {
    int total;
    int holidays;
    final int[] byWeekday = new int[7];
    final int[] ordinaryByWeekday = new int[7];
    final Set<LocalDate> weeksLed = new HashSet<>();
    int leaderHolidays;

    PersonLoad load(String name) {
      return new PersonLoad(name, total, holidays, boxed(byWeekday), boxed(ordinaryByWeekday), weeksLed.size(),
          leaderHolidays);
    }

    private static List<Integer> boxed(int[] counts) {
      return Arrays.stream(counts).boxed().toList();
    }
  }
}
