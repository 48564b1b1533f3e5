package org.zhidu.core.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.rule.RuleId;

/**
 * What a log says of meetings notified ahead (M5) and of one obligation done before another (P2).
 */
public final class ScheduleChecker {

  /** The log's column for the day a meeting was notified. */
  public static final String NOTICED = "通知日期";

  private ScheduleChecker() {}

  /**
   * Checks the notices and the order of the log's rows.
   *
   * @param activities the log's rows
   * @param noticed the day of notice of the rows that write one; {@code null} for a day that could not be read (said
   *     where it was read)
   * @param noticeColumn where the log's 通知日期 column is, or {@code null} when it has none
   * @param header the place of the log's header, for a finding about the log as a whole
   * @param occurrences the year's plan: the window a row of the earlier obligation falls in
   * @param policy the pack's notices and orders
   * @return the findings, in the log's order within each kind
   */
  public static List<Finding> check(List<Activity> activities, Map<Activity, LocalDate> noticed,
      boolean noticeColumn, Location header, List<Occurrence> occurrences, ObligationPolicy policy) {
    List<Finding> out = new ArrayList<>();
    for (Notice notice : policy.notices()) {
      Obligation meeting = policy.named(notice.obligation());
      RuleId rule = meeting == null ? ObligationRules.M5 : meeting.rule();
      boolean any = false;
      for (Activity a : activities) {
        if (!named(meeting, notice.obligation(), a.item())) {
          continue;
        }
        any = true;
        if (!noticeColumn) {
          continue;
        }
        LocalDate day = noticed.get(a);
        if (!noticed.containsKey(a)) {
          out.add(ObligationProblem.NOTICE_BLANK.at(rule, a.where().at(NOTICED), a.item(), a.date().toString(),
              Integer.toString(notice.days()), notice.clause()));
        } else if (day == null) {
          continue; // a day of notice that could not be read: said where it was read
        } else if (day.isAfter(a.date())) {
          out.add(ObligationProblem.NOTICE_AFTER.at(rule, a.where().at(NOTICED), a.item(), a.date().toString(),
              day.toString(), Integer.toString(notice.days()), notice.clause()));
        } else if (day.isAfter(a.date().minusDays(notice.days()))) {
          // "提前10天": a notice on the 10th day before is in time (X-BOUND)
          out.add(ObligationProblem.NOTICE_SHORT.at(rule, a.where().at(NOTICED), a.item(), a.date().toString(),
              day.toString(), Long.toString(a.date().toEpochDay() - day.toEpochDay()),
              Integer.toString(notice.days()), notice.clause()));
        }
      }
      if (any && !noticeColumn) {
        out.add(ObligationProblem.NOTICE_UNRECORDED.at(rule, header, notice.obligation(),
            Integer.toString(notice.days()), NOTICED));
      }
    }
    for (Precedes order : policy.precedes()) {
      Obligation first = policy.named(order.first());
      Obligation then = policy.named(order.then());
      RuleId rule = first == null ? ObligationRules.P2 : first.rule();
      for (Activity a : activities) {
        if (!named(first, order.first(), a.item())) {
          continue;
        }
        // the window the row falls in: what comes after it there is what it was to come before
        LocalDate from = a.date();
        for (Occurrence o : occurrences) {
          if (o.obligation() == first && !a.date().isBefore(o.from()) && !a.date().isAfter(o.to())) {
            from = o.from();
            break;
          }
        }
        for (Activity b : activities) {
          if (named(then, order.then(), b.item()) && !b.date().isBefore(from) && !b.date().isAfter(a.date())) {
            out.add(ObligationProblem.NOT_BEFORE.at(rule, a.where().at(Activity.DATE), a.item(),
                a.date().toString(), b.item(), b.date().toString(), order.clause()));
            break;
          }
        }
      }
    }
    return out;
  }

  private static boolean named(Obligation obligation, String name, String item) {
    return obligation == null ? name.equals(item) : obligation.named(item);
  }
}
