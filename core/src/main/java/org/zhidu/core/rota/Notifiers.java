package org.zhidu.core.rota;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.finding.Severity;

/**
 * Who notifies each day's duty person (R6, 值班工作制度 五(二)1② and 五(三)3).
 *
 * <ul>
 *   <li>Sunday and Monday: the previous day's duty person (五(三)3).
 *   <li>Tuesday to Saturday after a working day: the duty section (综合股), before the end of that working day
 *       (五(二)1②).
 *   <li>Tuesday to Saturday after a day that is not a working day (inside or just after a holiday): the clause is
 *       silent (X-GAP); the previous day's duty person, as on Sunday and Monday, and a finding says so.
 * </ul>
 */
public final class Notifiers {

  private Notifiers() {}

  /** The notifier of a day, given the previous day's first duty person ({@code null} when unknown). */
  public static Notifier of(LocalDate date, String previousDuty, WorkCalendar calendar, RotaPolicy policy) {
    DayOfWeek weekday = date.getDayOfWeek();
    if (weekday == DayOfWeek.SUNDAY || weekday == DayOfWeek.MONDAY) {
      return new Notifier.PreviousDuty(previousDuty, true);
    }
    if (calendar.isWorkday(date.minusDays(1))) {
      return new Notifier.BySection(policy.dutySection());
    }
    return new Notifier.PreviousDuty(previousDuty, false);
  }

  /** The days with their notifiers, and one information finding listing the days the clause does not cover. */
  static List<DutyDay> assign(
      List<DutyDay> days, DutyDay before, WorkCalendar calendar, RotaPolicy policy, List<Finding> findings) {
    List<DutyDay> out = new ArrayList<>(days.size());
    List<String> gaps = new ArrayList<>();
    DutyDay previous = before;
    for (DutyDay day : days) {
      String previousDuty = previous != null && previous.date().plusDays(1).equals(day.date())
          && !previous.duty().isEmpty() ? previous.duty().get(0) : null;
      Notifier notifier = of(day.date(), previousDuty, calendar, policy);
      if (notifier instanceof Notifier.PreviousDuty p && !p.byClause()) {
        gaps.add(day.date().toString());
      }
      out.add(day.withNotifier(notifier));
      previous = day;
    }
    if (!gaps.isEmpty()) {
      findings.add(RotaProblem.NOTIFIER_GAP.at(Location.NOWHERE, String.join("、", gaps)));
    }
    return out;
  }
}
