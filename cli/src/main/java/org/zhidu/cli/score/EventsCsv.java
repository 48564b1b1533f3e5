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

  record Read(List<ScoreEvent> events, List<RowFinding> findings) {}

  /**
   * A finding about a row that could not be counted, with the row's day ({@code null} when it cannot be read) and
   * subject, so that it is shown with the period and the person it belongs to.
   */
  record RowFinding(LocalDate date, String subject, Finding finding) {}

  /** The optional date columns: when the evidence reached 综合股 (I5), when a leader's task was assigned and finished. */
  private static final List<String> OPTIONAL_DATES = List.of("提交日期", "交办日期", "办结日期");

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
    List<RowFinding> findings = new ArrayList<>();
    for (Table.Row row : table.rows()) {
      RowPlace place = row::at;
      String dateText = row.text("日期");
      LocalDate day = CellTime.date(dateText);
      String subject = row.text("对象");
      if (day == null) {
        findings.add(new RowFinding(null, subject, ScoreProblem.CELL_BAD_DATE.at(place.at("日期"), dateText)));
        continue;
      }
      String countText = row.text("次数");
      int times;
      try {
        times = countText.isEmpty() ? 1 : Integer.parseInt(countText);
      } catch (NumberFormatException e) {
        findings.add(new RowFinding(day, subject, ScoreProblem.CELL_BAD_COUNT.at(place.at("次数"), countText)));
        continue;
      }
      LocalDate[] dates = new LocalDate[OPTIONAL_DATES.size()];
      boolean readable = true;
      for (int i = 0; i < dates.length && readable; i++) {
        String text = row.text(OPTIONAL_DATES.get(i));
        dates[i] = text.isEmpty() ? null : CellTime.date(text);
        if (!text.isEmpty() && dates[i] == null) {
          findings.add(new RowFinding(day, subject,
              ScoreProblem.CELL_BAD_DATE.at(place.at(OPTIONAL_DATES.get(i)), text)));
          readable = false;
        }
      }
      if (!readable) {
        continue;
      }
      String seriousText = row.text("情节严重");
      String flag = seriousText.toLowerCase(java.util.Locale.ROOT);
      if (!YES.contains(flag) && !NO.contains(flag)) {
        findings.add(new RowFinding(day, subject, ScoreProblem.CELL_BAD_FLAG.at(place.at("情节严重"), seriousText)));
        continue;
      }
      String evidenceText = row.text("依据股室");
      events.add(new ScoreEvent(day, subject, row.text("事项"), times,
          evidenceText.isEmpty() ? null : evidenceText, dates[0], YES.contains(flag), row.text("备注"), dates[1],
          dates[2], place));
    }
    for (Table.Problem p : table.nearMisses()) {
      findings.add(0, new RowFinding(null, null,
          ScoreProblem.COLUMN_NEAR.at(p.location(), p.message().args().toArray(String[]::new))));
    }
    if (!table.problems().isEmpty()) {
      for (Table.Problem p : table.problems()) {
        ScoreProblem shape = p.message().key().equals(ScoreProblem.TOO_MANY_CELLS.messageKey())
            ? ScoreProblem.TOO_MANY_CELLS : ScoreProblem.TOO_FEW_CELLS;
        findings.add(new RowFinding(null, null, shape.at(p.location(), p.message().args().toArray(String[]::new))));
      }
      findings.sort(Comparator.comparingInt(f -> f.finding().location().line()));
    }
    return new Read(events, findings);
  }
}
