package org.zhidu.cli.obligation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhidu.cli.input.CellList;
import org.zhidu.cli.options.Dates;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.obligation.Activity;
import org.zhidu.core.obligation.ObligationProblem;
import org.zhidu.core.obligation.ScheduleChecker;
import org.zhidu.core.obligation.WorkChecker;
import org.zhidu.core.register.Table;
import org.zhidu.core.rule.RuleId;
import org.zhidu.policies.register.InputSchemas;

/**
 * An activity log ({@link InputSchemas#activities()}) read into its rows; a row whose day or item cannot be read is a
 * finding at its cell, under the rule given, and is left out.
 */
final class ActivitiesCsv {

  /**
   * The rows read and the findings of those that could not be.
   *
   * @param noticed the day of notice of the rows that write one (M5), {@code null} where it could not be read
   * @param noticeColumn whether the log has a column for it
   * @param header where the log's header is
   */
  record Read(List<Activity> activities, List<WorkChecker.Details> details, List<Finding> findings,
      Map<Activity, LocalDate> noticed, boolean noticeColumn, Location header) {}

  private ActivitiesCsv() {}

  static Read read(String file, String text, RuleId rule) {
    List<Activity> activities = new ArrayList<>();
    List<WorkChecker.Details> details = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Map<Activity, LocalDate> noticed = new HashMap<>();
    Table.Scan scan = Table.scan(file, text, InputSchemas.activities(), row -> {
      String item = row.text(Activity.ITEM);
      LocalDate date = Dates.cellDay(row.time(Activity.DATE, false));
      if (date == null) {
        String cell = row.text(Activity.DATE);
        findings.add(cell.isEmpty()
            ? ObligationProblem.CELL_BLANK.at(rule, row.at(Activity.DATE), Activity.DATE)
            : ObligationProblem.CELL_BAD_DATE.at(rule, row.at(Activity.DATE), cell));
        return;
      }
      if (item.isEmpty()) {
        findings.add(ObligationProblem.CELL_BLANK.at(rule, row.at(Activity.ITEM), Activity.ITEM));
        return;
      }
      LocalDate end = null;
      String endCell = row.text(Activity.END);
      if (!endCell.isEmpty()) {
        end = Dates.cellDay(row.time(Activity.END, false));
        if (end == null) {
          findings.add(ObligationProblem.CELL_BAD_DATE.at(rule, row.at(Activity.END), endCell));
          return;
        }
      }
      Boolean overnight = null;
      String night = row.text(Activity.OVERNIGHT);
      if (!night.isEmpty()) {
        overnight = switch (night) {
          case "是", "有", "过夜", "Y", "y", "yes", "1" -> Boolean.TRUE;
          case "否", "无", "不过夜", "N", "n", "no", "0" -> Boolean.FALSE;
          default -> null;
        };
        if (overnight == null) {
          findings.add(ObligationProblem.CELL_BAD_YES_NO.at(rule, row.at(Activity.OVERNIGHT), night));
          return;
        }
      }
      Activity activity = new Activity(date, item, end, overnight, row.place());
      activities.add(activity);
      String noticeCell = row.text(ScheduleChecker.NOTICED);
      if (!noticeCell.isEmpty()) {
        // the meeting was held all the same: a day of notice that cannot be read is said, the row still counts
        LocalDate notice = Dates.cellDay(row.time(ScheduleChecker.NOTICED, false));
        if (notice == null) {
          findings.add(ObligationProblem.CELL_BAD_DATE.at(rule, row.at(ScheduleChecker.NOTICED), noticeCell));
        }
        noticed.put(activity, notice);
      }
      // research and exams: the row's kind, assignment day, marks and score, where it gives any
      String kind = row.text(WorkChecker.KIND);
      String assignedCell = row.text(WorkChecker.ASSIGNED);
      String marksCell = row.text(WorkChecker.MARKS);
      String scoreCell = row.text(WorkChecker.SCORE);
      if (kind.isEmpty() && assignedCell.isEmpty() && marksCell.isEmpty() && scoreCell.isEmpty()) {
        return;
      }
      LocalDate assigned = null;
      if (!assignedCell.isEmpty()) {
        assigned = Dates.cellDay(row.time(WorkChecker.ASSIGNED, false));
        if (assigned == null) {
          findings.add(ObligationProblem.CELL_BAD_DATE.at(rule, row.at(WorkChecker.ASSIGNED), assignedCell));
          return;
        }
      }
      List<BigDecimal> marks = new ArrayList<>();
      for (String mark : CellList.split(marksCell)) {
        BigDecimal m = mark(mark);
        if (m == null) {
          findings.add(ObligationProblem.CELL_BAD_MARK.at(rule, row.at(WorkChecker.MARKS), mark));
          return;
        }
        marks.add(m);
      }
      BigDecimal score = scoreCell.isEmpty() ? null : mark(scoreCell);
      if (!scoreCell.isEmpty() && score == null) {
        findings.add(ObligationProblem.CELL_BAD_MARK.at(rule, row.at(WorkChecker.SCORE), scoreCell));
        return;
      }
      details.add(new WorkChecker.Details(activity, kind, assigned, marks, score));
    });
    for (Table.Problem p : scan.problems()) {
      ObligationProblem shape = p.message().key().equals(ObligationProblem.TOO_MANY_CELLS.messageKey())
          ? ObligationProblem.TOO_MANY_CELLS : ObligationProblem.TOO_FEW_CELLS;
      findings.add(shape.at(rule, p.location(), p.message().args().toArray(String[]::new)));
    }
    for (Table.Problem p : scan.nearMisses()) {
      findings.add(ObligationProblem.COLUMN_NEAR.at(rule, p.location(), p.message().args().toArray(String[]::new)));
    }
    return new Read(activities, details, findings, noticed, scan.has(ScheduleChecker.NOTICED),
        new Location(file, 1, 1, null));
  }

  /** A mark from 0 to 1000 in figures (85, 87.5); {@code null} for anything else. */
  private static BigDecimal mark(String text) {
    if (text.length() > 12 || !text.matches("\\d{1,4}(\\.\\d{1,3})?")) {
      return null;
    }
    BigDecimal m = new BigDecimal(text);
    return m.compareTo(BigDecimal.valueOf(1000)) > 0 ? null : m;
  }
}
