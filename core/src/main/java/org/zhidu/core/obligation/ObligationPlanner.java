package org.zhidu.core.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zhidu.core.calendar.WorkCalendar;

/**
 * A year's plan: every occurrence of every obligation, on the work calendar. The plan depends on the obligations and
 * the calendar only, never on the order the pack lists them in.
 */
public final class ObligationPlanner {

  /** In the order of their due days, then their first days, then their names. */
  public static final Comparator<Occurrence> ORDER = Comparator.comparing(Occurrence::due)
      .thenComparing(Occurrence::from).thenComparing(o -> o.obligation().name());

  private ObligationPlanner() {}

  /**
   * The year's occurrences of the obligations.
   *
   * @param obligations what comes round
   * @param year the year planned
   * @param calendar the work calendar, which must know the year (or assume no holidays)
   * @param restDay what a due day that is not a working day becomes
   * @return every occurrence whose window closes in the year, in {@link #ORDER}
   * @throws org.zhidu.core.calendar.YearNotAnnouncedException if the calendar does not know a due day's year
   */
  public static List<Occurrence> plan(List<Obligation> obligations, int year, WorkCalendar calendar,
      RestDay restDay) {
    List<Occurrence> out = new ArrayList<>();
    for (Obligation o : obligations) {
      for (LocalDate start : o.period().starts(year)) {
        LocalDate from = o.window().from(o.period(), start);
        LocalDate to = o.window().to(o.period(), start);
        if (to.getYear() != year) {
          continue; // a week whose window closes in the year before or after: planned there
        }
        LocalDate due = working(to, calendar, restDay);
        out.add(new Occurrence(o, due.isBefore(from) ? due : from, to, due, !due.equals(to)));
      }
    }
    out.sort(ORDER);
    return out;
  }

  /** The due day by the reading: the day itself when it is a working day. */
  static LocalDate working(LocalDate day, WorkCalendar calendar, RestDay restDay) {
    if (restDay == RestDay.KEEP || calendar.isWorkday(day)) {
      return day;
    }
    if (restDay == RestDay.LATER) {
      return calendar.nextWorkday(day);
    }
    LocalDate d = day.minusDays(1);
    while (!calendar.isWorkday(d)) {
      d = d.minusDays(1);
    }
    return d;
  }
}
