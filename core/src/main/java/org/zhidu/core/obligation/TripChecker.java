package org.zhidu.core.obligation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Finding;

/** Each trip of an activity log within its limits: its days, its working days, its nights (P2). */
public final class TripChecker {

  private TripChecker() {}

  /**
   * The findings of the trips in an activity log (P2).
   *
   * @param trips the pack's kinds of trip and their limits
   * @param activities the log's rows; those that name no trip are passed over
   * @param calendar the working calendar, for the working-day limits
   * @return the findings, in the log's order
   * @throws org.zhidu.core.calendar.YearNotAnnouncedException if a trip's days are in a year the calendar does not know
   */
  public static List<Finding> check(List<Trip> trips, List<Activity> activities, WorkCalendar calendar) {
    List<Finding> out = new ArrayList<>();
    for (Activity a : activities) {
      for (Trip t : trips) {
        if (!t.named(a.item())) {
          continue;
        }
        LocalDate end = a.end() == null ? a.date() : a.end();
        if (end.isBefore(a.date())) {
          out.add(ObligationProblem.TRIP_BACKWARDS.at(t.rule(), a.where().at(Activity.END), a.item(),
              a.date().toString(), end.toString()));
          break;
        }
        long days = ChronoUnit.DAYS.between(a.date(), end) + 1;
        if (t.days() > 0 && days > t.days()) {
          out.add(ObligationProblem.TRIP_TOO_LONG.at(t.rule(), a.where().at(Activity.END), a.item(),
              a.date().toString(), end.toString(), Long.toString(days), Integer.toString(t.days()), t.clause()));
        }
        if (t.workdays() > 0) {
          int working = calendar.countWorkdays(a.date().minusDays(1), end);
          if (working > t.workdays()) {
            out.add(ObligationProblem.TRIP_TOO_MANY_WORKDAYS.at(t.rule(), a.where().at(Activity.END), a.item(),
                a.date().toString(), end.toString(), Integer.toString(working), Integer.toString(t.workdays()),
                t.clause()));
          }
        }
        boolean night = Boolean.TRUE.equals(a.overnight()) || end.isAfter(a.date());
        if (!t.overnight() && night) {
          out.add(ObligationProblem.TRIP_OVERNIGHT.at(t.rule(), a.where().at(a.overnight() != null
              ? Activity.OVERNIGHT : Activity.END), a.item(), a.date().toString(), end.toString(), t.clause()));
        }
        break;
      }
    }
    return out;
  }
}
