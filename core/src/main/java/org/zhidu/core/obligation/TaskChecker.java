package org.zhidu.core.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Finding;

/**
 * The 督查 register (G14) on a check day: each item with its unit, its person and its deadline ("明确承办部门、单位、
 * 责任人和落实时限"), one item a matter ("一事一项"), finished by its deadline; an open item within the pack's days of its
 * deadline is reminded of, one past it is overdue.
 */
public final class TaskChecker {

  private TaskChecker() {}

  /**
   * Checks the 督查 register (G14).
   *
   * @param tasks the register's rows
   * @param policy the pack's reading
   * @param calendar the work calendar, for the reminder's working days
   * @param asOf the check day
   * @return the findings, in the register's order
   * @throws org.zhidu.core.calendar.YearNotAnnouncedException if the reminder's working days reach a year the calendar
   *     does not know
   */
  public static List<Finding> check(List<Task> tasks, TaskPolicy policy, WorkCalendar calendar, LocalDate asOf) {
    List<Finding> out = new ArrayList<>();
    Map<String, Task> matters = new HashMap<>();
    LocalDate remindUntil = policy.remindDays() == 0 ? asOf : calendar.addWorkdays(asOf, policy.remindDays());
    for (Task t : tasks) {
      Task first = matters.putIfAbsent(t.matter(), t);
      if (first != null) {
        out.add(ObligationProblem.TASK_TWICE.at(t.where().at(Task.MATTER), t.matter(),
            Integer.toString(first.where().at(Task.MATTER).line()), policy.clause()));
      }
      for (String field : new String[] {Task.UNIT, Task.PERSON}) {
        if ((field.equals(Task.UNIT) ? t.unit() : t.person()).isEmpty()) {
          out.add(ObligationProblem.TASK_UNSTATED.at(t.where().at(field), t.matter(), field, policy.clause()));
        }
      }
      if (t.due() == null) {
        out.add(ObligationProblem.TASK_UNSTATED.at(t.where().at(Task.DUE), t.matter(), Task.DUE, policy.clause()));
        continue;
      }
      if (t.done() != null) {
        if (t.done().isAfter(t.due())) {
          out.add(ObligationProblem.TASK_LATE.at(t.where().at(Task.DONE), t.matter(), t.done().toString(),
              t.due().toString(), policy.clause()));
        }
      } else if (t.due().isBefore(asOf)) {
        out.add(ObligationProblem.TASK_OVERDUE.at(t.where().at(Task.DUE), t.matter(), t.due().toString(),
            asOf.toString(), t.unit().isEmpty() ? "—" : t.unit(), t.person().isEmpty() ? "—" : t.person(),
            policy.clause()));
      } else if (!t.due().isAfter(remindUntil)) {
        out.add(ObligationProblem.TASK_REMIND.at(t.where().at(Task.DUE), t.matter(), t.due().toString(),
            t.unit().isEmpty() ? "—" : t.unit(), t.person().isEmpty() ? "—" : t.person(), policy.clause()));
      }
    }
    return out;
  }
}
