package org.zhidu.core.rota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Message;
import org.zhidu.core.finding.Severity;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Role;

/**
 * Checks a rota made or edited by hand against every hard rule (R1–R4, R8) day by day, and its fairness figures
 * against the fairest rota the planner finds for the same office and days (R3, R4). Pure and stateless: any number
 * of threads may check at once.
 */
public final class RotaChecker {

  private RotaChecker() {}

  /**
   * The findings and the figures of a checked rota.
   *
   * @param findings every problem found, day by day and then over the whole rota
   * @param fairness the rota's figures over its clerks
   * @param best the figures of the fairest rota the planner finds for the same office and days, the yardstick for the
   *     unevenness warnings
   */
  public record Report(List<Finding> findings, Fairness fairness, Fairness best) {
    /**
     * Keeps an unmodifiable copy of the findings.
     *
     * @param findings every problem found, day by day and then over the whole rota
     * @param fairness the rota's figures over its clerks
     * @param best the figures of the fairest rota the planner finds for the same office and days, the yardstick for the
     *     unevenness warnings
     * @throws NullPointerException if {@code findings} is {@code null}
     */
    public Report {
      findings = List.copyOf(findings);
    }
  }

  /**
   * Checks a rota without a 通知人 column.
   *
   * @param office the office file, for roles, linked clerks and absences
   * @param calendar the working calendar, for each day's true type
   * @param policy the pack's numbers
   * @param days the rota's days as read (their {@code type} as the file states it)
   * @param locator where each day's cells are
   * @return the findings and figures
   * @throws org.zhidu.core.calendar.YearNotAnnouncedException if a day is in a year not announced
   */
  public static Report check(
      Office office, WorkCalendar calendar, RotaPolicy policy, List<DutyDay> days, RowLocator locator) {
    return check(office, calendar, policy, days, locator, null);
  }

  /**
   * Checks a rota, its 通知人 column included.
   *
   * @param office the office file, for roles, linked clerks and absences
   * @param calendar the working calendar, for each day's true type
   * @param policy the pack's numbers
   * @param days the rota's days as read (their {@code type} as the file states it)
   * @param locator where each day's cells are
   * @param notifiers the 通知人 column as written, by day ({@code null} when the file has no such column): each is
   *     checked against who R6 says notifies that day
   * @return the findings and figures
   * @throws org.zhidu.core.calendar.YearNotAnnouncedException if a day is in a year not announced
   */
  public static Report check(
      Office office, WorkCalendar calendar, RotaPolicy policy, List<DutyDay> days, RowLocator locator,
      Map<LocalDate, String> notifiers) {
    List<Finding> findings = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    LeaderPlanner leaders = new LeaderPlanner(office, List.of());
    Map<LocalDate, String> weekLeader = new HashMap<>();
    List<DutyDay> typed = new ArrayList<>();
    for (DutyDay day : days) {
      LocalDate date = day.date();
      if (!seen.add(date)) {
        findings.add(error(RotaProblem.DUPLICATE_DAY, locator, date, "日期"));
        continue;
      }
      DayType actual = calendar.dayType(date);
      if (actual != day.type()) {
        findings.add(error(RotaProblem.WRONG_TYPE, locator, date, "类型", "@calendar.type." + day.type().id(),
            "@calendar.type." + actual.id()));
      }
      DutyDay checked = new DutyDay(date, actual, day.duty(), day.leader(), day.notifier());
      typed.add(checked);
      checkDuty(office, policy, checked, leaders, locator, findings);
      checkLeader(office, checked, leaders, weekLeader, locator, findings);
    }
    typed.sort(java.util.Comparator.comparing(DutyDay::date));
    if (!typed.isEmpty()) {
      for (LocalDate d = typed.get(0).date(); d.isBefore(typed.get(typed.size() - 1).date()); d = d.plusDays(1)) {
        if (!seen.contains(d)) {
          findings.add(RotaProblem.MISSING_DAY.on(d, locator.locate(d.plusDays(1), "日期")));
        }
      }
    }
    if (notifiers != null) {
      checkNotifiers(calendar, policy, typed, notifiers, locator, findings);
    }
    for (int i = 1; i < typed.size(); i++) {
      DutyDay before = typed.get(i - 1);
      DutyDay day = typed.get(i);
      if (before.date().plusDays(1).equals(day.date())) {
        for (String name : day.duty()) {
          if (before.duty().contains(name)) {
            findings.add(error(RotaProblem.BACK_TO_BACK_EDITED, locator, day.date(), "值班人员", name,
                before.date().toString()));
          }
        }
      }
    }
    List<Person> clerks = office.withRole(Role.CLERK);
    List<org.zhidu.core.calendar.Day> period = typed.isEmpty() ? List.of()
        : calendar.days(typed.get(0).date(), typed.get(typed.size() - 1).date());
    Fairness fairness = Fairness.of(
        RotaPlanner.serving(RotaStats.loads(typed, clerks.stream().map(Person::name).toList()), clerks, period),
        Fairness.consecutive(typed));
    Fairness best = null;
    if (!typed.isEmpty()) {
      best = RotaPlanner.plan(RotaRequest.of(office, calendar, policy, typed.get(0).date(),
          typed.get(typed.size() - 1).date())).fairness();
      compare(fairness, best, findings);
    }
    return new Report(findings, fairness, best);
  }

  private static void checkDuty(
      Office office, RotaPolicy policy, DutyDay day, LeaderPlanner leaders, RowLocator locator,
      List<Finding> findings) {
    LocalDate date = day.date();
    int places = day.isHoliday() ? policy.clerksPerHoliday() : policy.clerksPerDay();
    if (day.isHoliday() && day.duty().size() > places) {
      // "原则上每天2人": a principle, so more clerks than that is a warning (R4).
      findings.add(error(RotaProblem.EXTRA_HOLIDAY_CLERK, locator, date, "值班人员",
          Integer.toString(day.duty().size()), Integer.toString(places)));
    } else if (day.duty().size() != places) {
      findings.add(error(day.isHoliday() ? RotaProblem.WRONG_COUNT_HOLIDAY : RotaProblem.WRONG_COUNT, locator, date,
          "值班人员",
          Integer.toString(day.duty().size()), Integer.toString(places)));
    }
    for (String name : day.duty()) {
      Person p = office.person(name).orElse(null);
      if (p == null) {
        findings.add(error(RotaProblem.UNKNOWN_DUTY_PERSON, locator, date, "值班人员", name));
      } else if (p.role() != Role.CLERK) {
        findings.add(error(RotaProblem.NOT_CLERK, locator, date, "值班人员", name, p.role().label()));
      } else {
        away(p, date, locator, "值班人员", findings);
      }
    }
    if (day.isHoliday() && day.leader() != null) {
      // Any of the leader's linked clerks serves with them (R4).
      List<String> own = leaders.linkedClerks(day.leader()).stream().map(Person::name).toList();
      if (!own.isEmpty() && own.stream().noneMatch(day.duty()::contains)) {
        findings.add(error(RotaProblem.LINKED_CLERK_MISSING, locator, date, "值班人员", String.join("、", own),
            day.leader()));
      }
    }
  }

  /**
   * The 通知人 column against R6: a holiday day and a Tuesday to Saturday after a working day are notified by the duty
   * section; otherwise by the previous day's duty person (either of two, the clause naming neither). A blank cell, or
   * a day whose previous day is outside the rota, is reported or left alone as the case may be; a trailing {@code *}
   * (the printed rota's mark for the X-GAP days) is ignored.
   */
  private static void checkNotifiers(
      WorkCalendar calendar, RotaPolicy policy, List<DutyDay> typed, Map<LocalDate, String> notifiers,
      RowLocator locator, List<Finding> findings) {
    Map<LocalDate, DutyDay> byDate = new HashMap<>();
    for (DutyDay day : typed) {
      byDate.put(day.date(), day);
    }
    for (DutyDay day : typed) {
      String written = notifiers.getOrDefault(day.date(), "").trim();
      if (written.endsWith("*")) {
        written = written.substring(0, written.length() - 1).trim();
      }
      DutyDay previous = byDate.get(day.date().minusDays(1));
      Notifier expected = Notifiers.of(day.date(), Notifiers.notifying(previous), calendar, policy);
      List<String> allowed = expected instanceof Notifier.BySection s ? List.of(s.name())
          : previous == null ? List.of() : previous.duty();
      if (written.isEmpty() && !allowed.isEmpty()) {
        findings.add(error(RotaProblem.NOTIFIER_BLANK, locator, day.date(), "通知人", String.join("或", allowed)));
      } else if (!written.isEmpty() && !allowed.isEmpty() && !allowed.contains(written)) {
        findings.add(error(RotaProblem.WRONG_NOTIFIER, locator, day.date(), "通知人", written,
            String.join("或", allowed),
            expected instanceof Notifier.BySection ? day.isHoliday() ? "@rota.reason.notify_holiday"
                : "@rota.reason.notify_section"
                : expected.rule().equals(RotaRules.R6) ? "@rota.reason.notify_previous"
                : "@rota.reason.notify_gap"));
      }
    }
  }

  private static void checkLeader(
      Office office, DutyDay day, LeaderPlanner leaders, Map<LocalDate, String> weekLeader, RowLocator locator,
      List<Finding> findings) {
    LocalDate date = day.date();
    if (day.leader() == null) {
      findings.add(error(RotaProblem.NO_LEADER, locator, date, "带班领导"));
      return;
    }
    Person p = office.person(day.leader()).orElse(null);
    if (p == null) {
      findings.add(error(RotaProblem.UNKNOWN_LEADER, locator, date, "带班领导", day.leader()));
      return;
    }
    Role expected = day.isHoliday() ? Role.COUNTY_LEADER : Role.SECTION_CADRE;
    if (p.role() != expected) {
      findings.add(error(RotaProblem.WRONG_LEADER_ROLE, locator, date, "带班领导", day.leader(), p.role().label(),
          expected.label()));
      return;
    }
    away(p, date, locator, "带班领导", findings);
    if (!day.isHoliday()) {
      String usual = weekLeader.putIfAbsent(Weeks.monday(date), day.leader());
      if (usual != null && !usual.equals(day.leader())
          && office.person(usual).map(u -> Availability.available(u, date)).orElse(false)) {
        findings.add(error(RotaProblem.LEADER_CHANGED_IN_WEEK, locator, date, "带班领导", day.leader(), usual));
      }
    }
  }

  private static void away(Person p, LocalDate date, RowLocator locator, String field, List<Finding> findings) {
    if (!Availability.inOffice(p, date)) {
      findings.add(error(RotaProblem.NOT_IN_OFFICE, locator, date, field, p.name()));
    } else if (p.isAbsentOn(date)) {
      findings.add(error(RotaProblem.AWAY, locator, date, field, p.name(), Availability.absence(p, date)));
    }
  }

  /** Unevenness the planner shows was avoidable: a warning with both figures. */
  private static void compare(Fairness actual, Fairness best, List<Finding> findings) {
    if (actual.totalSpread() > best.totalSpread()) {
      findings.add(fairness(RotaProblem.UNEVEN_TOTALS, actual.minTotal(), actual.maxTotal(), best.totalSpread()));
    }
    if (actual.holidaySpread() > best.holidaySpread()) {
      findings.add(fairness(RotaProblem.UNEVEN_HOLIDAYS, actual.minHolidays(), actual.maxHolidays(),
          best.holidaySpread()));
    }
    if (actual.worstWeekdaySpread() > best.worstWeekdaySpread()) {
      findings.add(fairness(RotaProblem.UNEVEN_WEEKDAYS, actual.worstWeekdaySpread(), actual.worstWeekdaySpread(),
          best.worstWeekdaySpread()));
    }
  }

  private static Finding fairness(RotaProblem problem, int min, int max, int possible) {
    return problem.at(org.zhidu.core.finding.Location.NOWHERE, Integer.toString(min), Integer.toString(max),
        Integer.toString(possible));
  }

  /** A problem of one day, at the day's cell of a field. */
  private static Finding error(RotaProblem problem, RowLocator locator, LocalDate date, String field,
      String... args) {
    return problem.on(date, locator.locate(date, field), args);
  }
}
