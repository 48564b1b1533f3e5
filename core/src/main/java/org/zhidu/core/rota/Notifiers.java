package org.zhidu.core.rota;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.finding.Severity;
import org.zhidu.core.office.Office;

/**
 * Who notifies each day's duty person (R6, 值班工作制度 四(二), 五(二)1② and 五(三)3).
 *
 * <ul>
 *   <li>A statutory holiday day: the duty section (综合股), which sends the holiday rota to the duty people and
 *       leaders before the holiday (四(二)).
 *   <li>Sunday and Monday: the previous day's duty person (五(三)3).
 *   <li>Tuesday to Saturday after a working day: the duty section, before the end of that working day (五(二)1②).
 *   <li>Tuesday to Saturday after a day that is not a working day (just after a holiday, or a weekend day after one):
 *       the clause is silent (X-GAP); the previous day's duty person, as on Sunday and Monday, and a finding says so.
 * </ul>
 *
 * When the previous day had two clerks (a holiday day), the one who notifies is its leader's linked clerk, listed
 * first: the holiday rota names that clerk with the leader, and they are the one of the two the leader can reach
 * (X-GAP, declared in the pack); a finding names the day, both clerks and the reason. When the previous day is outside
 * the rota and no earlier rota is given, the notifier is unknown and a finding says so.
 */
public final class Notifiers {

  private Notifiers() {}

  /**
   * The notifier of a day, given the previous day's notifying duty person ({@code null} when unknown).
   *
   * @param date the duty day
   * @param previousDuty the previous day's notifying duty person, or {@code null} when unknown
   * @param calendar the working calendar, for holidays and the previous day's type
   * @param policy the pack's numbers, for the duty section
   * @return a {@link Notifier.BySection} or a {@link Notifier.PreviousDuty}, never {@code null}
   * @throws org.zhidu.core.calendar.YearNotAnnouncedException if the day or the day before is in a year not announced
   */
  public static Notifier of(LocalDate date, String previousDuty, WorkCalendar calendar, RotaPolicy policy) {
    if (calendar.dayType(date) == DayType.HOLIDAY) {
      return new Notifier.BySection(policy.dutySection());
    }
    DayOfWeek weekday = date.getDayOfWeek();
    if (weekday == DayOfWeek.SUNDAY || weekday == DayOfWeek.MONDAY) {
      return new Notifier.PreviousDuty(previousDuty, true);
    }
    if (calendar.isWorkday(date.minusDays(1))) {
      return new Notifier.BySection(policy.dutySection());
    }
    return new Notifier.PreviousDuty(previousDuty, false);
  }

  /**
   * Of the previous day's duty people, the one who notifies: the first listed, which on a holiday day is its leader's
   * linked clerk; {@code null} when the day had nobody.
   */
  static String notifying(DutyDay previous) {
    return previous == null || previous.duty().isEmpty() ? null : previous.duty().get(0);
  }

  /** The days with their notifiers, and the findings on the days the clause does not cover or where it is unknown. */
  static List<DutyDay> assign(
      List<DutyDay> days, DutyDay before, WorkCalendar calendar, RotaPolicy policy, Office office,
      List<Finding> findings) {
    List<DutyDay> out = new ArrayList<>(days.size());
    List<String> gaps = new ArrayList<>();
    DutyDay previous = before;
    for (DutyDay day : days) {
      boolean adjacent = previous != null && previous.date().plusDays(1).equals(day.date());
      String previousDuty = adjacent ? notifying(previous) : null;
      Notifier notifier = of(day.date(), previousDuty, calendar, policy);
      if (notifier instanceof Notifier.PreviousDuty p) {
        if (!p.byClause()) {
          gaps.add(day.date().toString());
        }
        if (p.name() == null) {
          findings.add(RotaProblem.NOTIFIER_UNKNOWN.on(day.date(), day.date().minusDays(1).toString()));
        } else if (previous.duty().size() > 1) {
          boolean linked = previous.leader() != null
              && office.linkedClerks(previous.leader()).stream().anyMatch(c -> c.name().equals(p.name()));
          findings.add(RotaProblem.NOTIFIER_OF_TWO.on(day.date(), String.join("、", previous.duty()), p.name(),
              linked ? "@rota.reason.notifier_linked" : "@rota.reason.notifier_first"));
        }
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
