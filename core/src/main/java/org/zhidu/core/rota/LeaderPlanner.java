package org.zhidu.core.rota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhidu.core.calendar.Day;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.finding.Severity;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Role;

/**
 * Who leads each day (带班, R2): on statutory holidays a county-level leader, sharing the holiday days evenly and only
 * with their own clerk available (R4); on other days a section-level cadre, one a week (Monday to Sunday) in turn.
 * Nobody away is chosen (R8).
 */
final class LeaderPlanner {

  private final Office office;
  private final List<Person> cadres;
  private final List<Person> countyLeaders;
  private final int[] weeksLed;
  private final int[] holidaysLed;
  /** The week's cadre as earlier days of the same week already fixed it (history or kept days). */
  private final Map<LocalDate, String> weekLeader = new HashMap<>();
  private int nextCountyLeader;

  LeaderPlanner(Office office, List<DutyDay> history) {
    this.office = office;
    this.cadres = office.withRole(Role.SECTION_CADRE);
    this.countyLeaders = office.withRole(Role.COUNTY_LEADER);
    this.weeksLed = new int[cadres.size()];
    this.holidaysLed = new int[countyLeaders.size()];
    Map<String, Set<LocalDate>> weeks = new HashMap<>();
    for (DutyDay day : history) {
      if (day.leader() == null) {
        continue;
      }
      if (day.isHoliday()) {
        int i = indexOf(countyLeaders, day.leader());
        if (i >= 0) {
          holidaysLed[i]++;
          nextCountyLeader = (i + 1) % countyLeaders.size();
        }
      } else {
        weeks.computeIfAbsent(day.leader(), n -> new HashSet<>()).add(Weeks.monday(day.date()));
        weekLeader.put(Weeks.monday(day.date()), day.leader());
      }
    }
    for (int i = 0; i < cadres.size(); i++) {
      weeksLed[i] = weeks.getOrDefault(cadres.get(i).name(), Set.of()).size();
    }
  }

  /** The clerks linked to a county-level leader (联系文秘人员): any of them serves with the leader (R4). */
  List<Person> linkedClerks(String leader) {
    return office.linkedClerks(leader);
  }

  /** Whether one of the leader's linked clerks is available on the day. */
  boolean hasClerkOn(String leader, LocalDate date) {
    return linkedClerks(leader).stream().anyMatch(c -> Availability.available(c, date));
  }

  /** Whether a kept leader may stay: the right kind of leader for the day, available, with their clerk (R4). */
  boolean canLead(String name, Day day) {
    Person p = office.person(name).orElse(null);
    if (p == null || !Availability.available(p, day.date())) {
      return false;
    }
    if (day.type() == DayType.HOLIDAY) {
      return p.role() == Role.COUNTY_LEADER && hasClerkOn(name, day.date());
    }
    return p.role() == Role.SECTION_CADRE;
  }

  /**
   * Chooses the leaders of the days that have none yet. {@code leaders[j]} holds a kept leader or {@code null}; it is
   * filled in place, and the findings say where no leader could be found.
   */
  void plan(List<Day> days, String[] leaders, List<Finding> findings) {
    // Kept days count for the turn, like history.
    for (int j = 0; j < days.size(); j++) {
      if (leaders[j] != null) {
        count(days.get(j), leaders[j]);
      }
    }
    for (int j = 0; j < days.size(); j++) {
      Day day = days.get(j);
      if (leaders[j] != null) {
        continue;
      }
      if (day.type() == DayType.HOLIDAY) {
        leaders[j] = holidayLeader(day, findings);
      } else {
        leaders[j] = weekLeader(days, j, leaders, findings);
      }
    }
    reportLeadersWithoutHoliday(days, leaders, findings);
  }

  /**
   * A county-level leader who leads none of the period's holiday days, and why (R2): away on all of them, no linked
   * clerk in the office file, every linked clerk away whenever the leader could lead (R4) — a warning — or simply
   * fewer holiday days than leaders, the turn passing on to them next time — information.
   */
  private void reportLeadersWithoutHoliday(List<Day> days, String[] leaders, List<Finding> findings) {
    List<LocalDate> holidays = new ArrayList<>();
    Set<String> leading = new HashSet<>();
    for (int j = 0; j < days.size(); j++) {
      if (days.get(j).type() == DayType.HOLIDAY) {
        holidays.add(days.get(j).date());
        if (leaders[j] != null) {
          leading.add(leaders[j]);
        }
      }
    }
    if (holidays.isEmpty()) {
      return;
    }
    String count = Integer.toString(holidays.size());
    for (Person leader : countyLeaders) {
      if (leading.contains(leader.name())) {
        continue;
      }
      List<LocalDate> free = holidays.stream().filter(d -> Availability.available(leader, d)).toList();
      List<Person> clerks = linkedClerks(leader.name());
      String reason;
      String who = "";
      if (free.isEmpty()) {
        reason = "@rota.reason.leader_away";
      } else if (clerks.isEmpty()) {
        reason = "@rota.reason.no_linked_clerk";
      } else if (free.stream().noneMatch(d -> hasClerkOn(leader.name(), d))) {
        reason = "@rota.reason.linked_clerk_away";
        who = String.join("、", clerks.stream().map(Person::name).toList());
      } else {
        findings.add(RotaProblem.LEADER_WITHOUT_HOLIDAY_TURN.at(Location.NOWHERE, leader.name(), count,
            Integer.toString(countyLeaders.size())));
        continue;
      }
      findings.add(who.isEmpty()
          ? RotaProblem.LEADER_WITHOUT_HOLIDAY.at(Location.NOWHERE, leader.name(), count, reason)
          : RotaProblem.LEADER_WITHOUT_HOLIDAY_CLERKS_AWAY.at(Location.NOWHERE, leader.name(), count, reason, who));
    }
  }

  private void count(Day day, String leader) {
    if (day.type() == DayType.HOLIDAY) {
      int i = indexOf(countyLeaders, leader);
      if (i >= 0) {
        holidaysLed[i]++;
      }
    } else {
      LocalDate monday = Weeks.monday(day.date());
      if (!leader.equals(weekLeader.get(monday))) {
        int i = indexOf(cadres, leader);
        if (i >= 0) {
          weeksLed[i]++;
        }
        weekLeader.putIfAbsent(monday, leader);
      }
    }
  }

  private String holidayLeader(Day day, List<Finding> findings) {
    int best = -1;
    boolean bestHasClerk = false;
    int n = countyLeaders.size();
    for (int k = 0; k < n; k++) {
      int i = (nextCountyLeader + k) % n;
      Person leader = countyLeaders.get(i);
      if (!Availability.available(leader, day.date())) {
        continue;
      }
      boolean hasClerk = hasClerkOn(leader.name(), day.date());
      if (best < 0 || (hasClerk && !bestHasClerk)
          || (hasClerk == bestHasClerk && holidaysLed[i] < holidaysLed[best])) {
        best = i;
        bestHasClerk = hasClerk;
      }
    }
    if (best < 0) {
      findings.add(RotaProblem.NO_COUNTY_LEADER.on(day.date()));
      return null;
    }
    holidaysLed[best]++;
    nextCountyLeader = (best + 1) % n;
    String name = countyLeaders.get(best).name();
    if (!bestHasClerk) {
      findings.add(RotaProblem.NO_LINKED_CLERK.on(day.date(), name));
    }
    return name;
  }

  private String weekLeader(List<Day> days, int j, String[] leaders, List<Finding> findings) {
    LocalDate date = days.get(j).date();
    LocalDate monday = Weeks.monday(date);
    String continuing = weekLeader.get(monday);
    if (continuing != null && canLeadOrdinaryDay(continuing, date)) {
      return continuing;
    }
    // The week's days in the period that still need a leader: the cadre chosen must be free on all of them.
    List<LocalDate> week = new ArrayList<>();
    for (int k = j; k < days.size() && Weeks.monday(days.get(k).date()).equals(monday); k++) {
      if (days.get(k).type() != DayType.HOLIDAY && leaders[k] == null) {
        week.add(days.get(k).date());
      }
    }
    int n = cadres.size();
    long turn = Math.floorMod(Weeks.index(date), Math.max(n, 1));
    int best = -1;
    for (int pass = 0; pass < 2 && best < 0; pass++) {
      for (int k = 0; k < n; k++) {
        int i = (int) ((turn + k) % n);
        boolean free = pass == 0
            ? week.stream().allMatch(d -> Availability.available(cadres.get(i), d))
            : Availability.available(cadres.get(i), date);
        if (free && (best < 0 || weeksLed[i] < weeksLed[best])) {
          best = i;
        }
      }
      if (pass == 1 && best >= 0) {
        // A stand-in for this day only; the week keeps no leader of its own.
        return cadres.get(best).name();
      }
    }
    if (best < 0) {
      findings.add(RotaProblem.NO_CADRE.on(date));
      return null;
    }
    weeksLed[best]++;
    String name = cadres.get(best).name();
    weekLeader.put(monday, name);
    return name;
  }

  private boolean canLeadOrdinaryDay(String name, LocalDate date) {
    Person p = office.person(name).orElse(null);
    return p != null && p.role() == Role.SECTION_CADRE && Availability.available(p, date);
  }

  private static int indexOf(List<Person> people, String name) {
    for (int i = 0; i < people.size(); i++) {
      if (people.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
