package org.zhidu.cli.obligation;

import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.Context;
import org.zhidu.cli.options.CalendarOptions;
import org.zhidu.cli.options.Dates;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.obligation.ObligationPlanner;
import org.zhidu.core.obligation.ObligationPolicy;
import org.zhidu.core.obligation.Occurrence;
import org.zhidu.policies.Pack;

/** A pack's obligations planned for a year on the calendar the options give: what every obligations command reads. */
record Plan(Pack pack, int year, ObligationPolicy policy, List<Occurrence> occurrences) {

  static Plan of(Context context, Pack pack, int year, CalendarOptions calendarOptions) {
    return of(context, pack, year, calendarOptions, List.of());
  }

  /** The same, with the open items of a 督查 register (G14) due in the year. */
  static Plan of(Context context, Pack pack, int year, CalendarOptions calendarOptions, List<Occurrence> tasks) {
    Dates.requireYear(year, "--year");
    WorkCalendar calendar = calendarOptions.load(context);
    ObligationPolicy policy = pack.obligations();
    List<Occurrence> all = new ArrayList<>(ObligationPlanner.plan(policy.obligations(), year, calendar,
        policy.restDay()));
    all.addAll(tasks);
    all.sort(ObligationPlanner.ORDER);
    return new Plan(pack, year, policy, all);
  }
}
