package org.zhidu.core.rota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Role;

/** Counts a rota per person (R9): duty days, holiday days apart, by weekday, weeks and holiday days led. */
public final class RotaStats {

  private RotaStats() {}

  /** Clerks first, then the section-level cadres and county-level leaders, each in the office's order. */
  public static List<String> order(Office office) {
    List<String> order = new ArrayList<>();
    for (Role role : List.of(Role.CLERK, Role.SECTION_CADRE, Role.COUNTY_LEADER)) {
      office.withRole(role).forEach(p -> order.add(p.name()));
    }
    return order;
  }

  /**
   * Every person who appears in the days, those of {@code order} first and in that order (with zero counts when
   * they do not appear), then the others in order of first appearance.
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
