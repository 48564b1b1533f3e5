package org.zhidu.cli.obligation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhidu.cli.Context;
import org.zhidu.cli.options.CalendarOptions;
import org.zhidu.cli.options.Dates;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.obligation.ObligationPlanner;
import org.zhidu.core.obligation.ObligationPolicy;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Section;
import org.zhidu.core.obligation.Occurrence;
import org.zhidu.policies.Pack;

/** A pack's obligations planned for a year on the calendar the options give: what every obligations command reads. */
record Plan(Pack pack, int year, ObligationPolicy policy, List<Occurrence> occurrences, Map<String, String> people) {

  Plan(Pack pack, int year, ObligationPolicy policy, List<Occurrence> occurrences) {
    this(pack, year, policy, occurrences, Map.of());
  }

  /**
   * The same plan with the names of the people behind each responsible section or post of the office file: a
   * section's head (信息股 → its head), or the people who hold a post (分管文秘科级干部 → who holds it).
   */
  Plan withOffice(Office office) {
    Map<String, String> named = new HashMap<>();
    for (Occurrence o : occurrences) {
      String who = o.obligation().responsible();
      if (who.isEmpty() || named.containsKey(who)) {
        continue;
      }
      String head = office.section(who).map(Section::head).orElse(null);
      List<String> holders = office.withPosition(who).stream().map(Person::name).toList();
      if (head != null && !head.isBlank()) {
        named.put(who, head);
      } else if (!holders.isEmpty()) {
        named.put(who, String.join("、", holders));
      }
    }
    return new Plan(pack, year, policy, occurrences, named);
  }

  /** Who is responsible for an occurrence as the plan shows it: the section or post, and its people where known. */
  String responsible(Occurrence o) {
    String who = o.obligation().responsible();
    String names = people.get(who);
    return names == null ? who : who + "（" + names + "）";
  }

  /** The people behind an occurrence's responsible section or post, or {@code null} when the plan knows none. */
  String person(Occurrence o) {
    return people.get(o.obligation().responsible());
  }

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
