package org.zhidu.cli.score;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhidu.cli.Context;
import org.zhidu.cli.input.CsvTable;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.RowPlace;
import org.zhidu.core.register.CellTime;
import org.zhidu.core.scoring.ScoreEvent;
import org.zhidu.core.scoring.ScoreProblem;

/**
 * The events register: 日期, 对象, 事项, 次数, 依据股室, 提交日期, 情节严重, 备注 (or date, subject, item, count, evidence,
 * submitted, serious, note). A cell that cannot be read is a finding at that cell and its row is not counted.
 */
final class EventsCsv {

  private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "√", "✓", "严重");
  private static final Set<String> NO = Set.of("", "否", "n", "no", "false", "0");

  record Read(List<ScoreEvent> events, List<Finding> findings) {}

  private EventsCsv() {}

  static Read read(Context context, Path path) {
    CsvTable table = CsvTable.read(context, path);
    int date = table.required("日期", "date");
    int subject = table.required("对象", "subject");
    int item = table.required("事项", "item");
    int count = table.column("次数", "count");
    int evidence = table.column("依据股室", "evidence");
    int submitted = table.column("提交日期", "submitted");
    int serious = table.column("情节严重", "serious");
    int note = table.column("备注", "note");
    Map<String, Integer> columns = Map.of("日期", date, "对象", subject, "事项", item, "次数", count, "依据股室",
        evidence, "提交日期", submitted, "情节严重", serious, "备注", note);
    List<ScoreEvent> events = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      RowPlace place = field -> table.at(row, columns.getOrDefault(field, 0), field);
      String dateText = CsvTable.cell(row, date);
      LocalDate day = CellTime.date(dateText);
      if (day == null) {
        findings.add(ScoreProblem.CELL_BAD_DATE.at(place.at("日期"), dateText));
        continue;
      }
      String countText = CsvTable.cell(row, count);
      int times;
      try {
        times = countText.isEmpty() ? 1 : Integer.parseInt(countText);
      } catch (NumberFormatException e) {
        findings.add(ScoreProblem.CELL_BAD_COUNT.at(place.at("次数"), countText));
        continue;
      }
      String submittedText = CsvTable.cell(row, submitted);
      LocalDate submittedDay = submittedText.isEmpty() ? null : CellTime.date(submittedText);
      if (!submittedText.isEmpty() && submittedDay == null) {
        findings.add(ScoreProblem.CELL_BAD_DATE.at(place.at("提交日期"), submittedText));
        continue;
      }
      String flag = CsvTable.cell(row, serious).toLowerCase(java.util.Locale.ROOT);
      if (!YES.contains(flag) && !NO.contains(flag)) {
        findings.add(ScoreProblem.CELL_BAD_FLAG.at(place.at("情节严重"), CsvTable.cell(row, serious)));
        continue;
      }
      String evidenceText = CsvTable.cell(row, evidence);
      events.add(new ScoreEvent(day, CsvTable.cell(row, subject), CsvTable.cell(row, item), times,
          evidenceText.isEmpty() ? null : evidenceText, submittedDay, YES.contains(flag), CsvTable.cell(row, note),
          place));
    }
    return new Read(events, findings);
  }
}
