package org.zhidu.cli.score;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.zhidu.cli.Context;
import org.zhidu.cli.input.TableFile;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.RowPlace;
import org.zhidu.core.register.CellTime;
import org.zhidu.core.register.Table;
import org.zhidu.core.scoring.ScoreEvent;
import org.zhidu.core.scoring.ScoreProblem;
import org.zhidu.policies.register.InputSchemas;

/**
 * The events register, as {@link InputSchemas#events()} describes it. A cell that cannot be read, or a row with more
 * or fewer cells than the header, is a finding at that cell and its row is not counted.
 */
final class EventsCsv {

  private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "√", "✓", "严重");
  private static final Set<String> NO = Set.of("", "否", "n", "no", "false", "0");

  record Read(List<ScoreEvent> events, List<Finding> findings) {}

  private EventsCsv() {}

  static Read read(Context context, Path path) {
    return of(TableFile.read(context, path, InputSchemas.events()));
  }

  /** The events of a register's decoded text; {@code file} names it in locations. */
  static Read parse(String file, String text) {
    return of(Table.read(file, text, InputSchemas.events()));
  }

  private static Read of(Table table) {
    List<ScoreEvent> events = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (Table.Row row : table.rows()) {
      RowPlace place = row::at;
      String dateText = row.text("日期");
      LocalDate day = CellTime.date(dateText);
      if (day == null) {
        findings.add(ScoreProblem.CELL_BAD_DATE.at(place.at("日期"), dateText));
        continue;
      }
      String countText = row.text("次数");
      int times;
      try {
        times = countText.isEmpty() ? 1 : Integer.parseInt(countText);
      } catch (NumberFormatException e) {
        findings.add(ScoreProblem.CELL_BAD_COUNT.at(place.at("次数"), countText));
        continue;
      }
      String submittedText = row.text("提交日期");
      LocalDate submittedDay = submittedText.isEmpty() ? null : CellTime.date(submittedText);
      if (!submittedText.isEmpty() && submittedDay == null) {
        findings.add(ScoreProblem.CELL_BAD_DATE.at(place.at("提交日期"), submittedText));
        continue;
      }
      String seriousText = row.text("情节严重");
      String flag = seriousText.toLowerCase(java.util.Locale.ROOT);
      if (!YES.contains(flag) && !NO.contains(flag)) {
        findings.add(ScoreProblem.CELL_BAD_FLAG.at(place.at("情节严重"), seriousText));
        continue;
      }
      String evidenceText = row.text("依据股室");
      events.add(new ScoreEvent(day, row.text("对象"), row.text("事项"), times,
          evidenceText.isEmpty() ? null : evidenceText, submittedDay, YES.contains(flag), row.text("备注"), place));
    }
    if (!table.problems().isEmpty()) {
      for (Table.Problem p : table.problems()) {
        ScoreProblem shape = p.message().key().equals(ScoreProblem.TOO_MANY_CELLS.messageKey())
            ? ScoreProblem.TOO_MANY_CELLS : ScoreProblem.TOO_FEW_CELLS;
        findings.add(shape.at(p.location(), p.message().args().toArray(String[]::new)));
      }
      findings.sort(Comparator.comparingInt(f -> f.location().line()));
    }
    return new Read(events, findings);
  }
}
