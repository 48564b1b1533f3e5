package org.zhidu.cli.obligation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.cli.Context;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.cli.options.Dates;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.obligation.Obligation;
import org.zhidu.core.obligation.ObligationProblem;
import org.zhidu.core.obligation.ObligationRules;
import org.zhidu.core.obligation.Occurrence;
import org.zhidu.core.obligation.Period;
import org.zhidu.core.obligation.Task;
import org.zhidu.core.obligation.TaskPolicy;
import org.zhidu.core.obligation.Window;
import org.zhidu.core.register.Table;
import org.zhidu.policies.register.InputSchemas;

/**
 * The 督查 register ({@link InputSchemas#tasks()}, G14) read into its items; a date that cannot be read is a finding at
 * its cell and its item is left out (立项日期, which no check reads, only the finding).
 */
final class TasksCsv {

  /** The items read and the findings of the cells that could not be. */
  record Read(List<Task> tasks, List<Finding> findings) {}

  private TasksCsv() {}

  static Read read(Context context, Path file) {
    String shown = file.toString();
    return read(shown, TextDecoding.read(context.workingDirectory().resolve(file), shown));
  }

  static Read read(String file, String text) {
    List<Task> tasks = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Table.Scan scan = Table.scan(file, text, InputSchemas.tasks(), row -> {
      LocalDate due = date(row, Task.DUE, findings);
      LocalDate done = date(row, Task.DONE, findings);
      date(row, Task.OPENED, findings); // no check reads it, but an impossible day is said, as in any date cell
      if (due == BAD || done == BAD) {
        return;
      }
      tasks.add(new Task(row.text(Task.MATTER), row.text(Task.UNIT), row.text(Task.PERSON), due, done, row.place()));
    });
    for (Table.Problem p : scan.problems()) {
      ObligationProblem shape = p.message().key().equals(ObligationProblem.TOO_MANY_CELLS.messageKey())
          ? ObligationProblem.TOO_MANY_CELLS : ObligationProblem.TOO_FEW_CELLS;
      findings.add(shape.at(ObligationRules.G14, p.location(), p.message().args().toArray(String[]::new)));
    }
    for (Table.Problem p : scan.nearMisses()) {
      findings.add(ObligationProblem.COLUMN_NEAR.at(ObligationRules.G14, p.location(),
          p.message().args().toArray(String[]::new)));
    }
    return new Read(tasks, findings);
  }

  /** Marks a cell already reported as unreadable. */
  private static final LocalDate BAD = LocalDate.MIN;

  private static LocalDate date(Table.Row row, String field, List<Finding> findings) {
    String cell = row.text(field);
    if (cell.isEmpty()) {
      return null;
    }
    LocalDate day = Dates.cellDay(row.time(field, false));
    if (day == null) {
      findings.add(ObligationProblem.CELL_BAD_DATE.at(ObligationRules.G14, row.at(field), cell));
      return BAD;
    }
    return day;
  }

  /** The open items due in the year, as occurrences of the plan: each due on its deadline, never moved. */
  static List<Occurrence> occurrences(List<Task> tasks, int year, TaskPolicy policy) {
    List<Occurrence> out = new ArrayList<>();
    for (Task t : tasks) {
      if (t.done() != null || t.due() == null || t.due().getYear() != year) {
        continue;
      }
      String who = t.unit().isEmpty() ? t.person() : t.person().isEmpty() ? t.unit() : t.unit() + "（" + t.person() + "）";
      Obligation item = new Obligation(t.matter(), List.of(), ObligationRules.G14, policy.clause(), who, Period.YEAR,
          Window.whole(Period.YEAR), 1, 1, false);
      out.add(new Occurrence(item, t.due(), t.due(), t.due(), false));
    }
    return out;
  }
}
