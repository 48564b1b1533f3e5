package org.zhidu.policies.scoring;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.RowPlace;
import org.zhidu.core.register.CellTime;
import org.zhidu.core.register.Table;
import org.zhidu.core.scoring.ScoreEvent;
import org.zhidu.core.scoring.ScoreProblem;
import org.zhidu.policies.TextInput;
import org.zhidu.policies.register.InputSchemas;

/**
 * Reads the events register of the inspection scores (I1–I6), as {@link InputSchemas#events()} describes it (the
 * Chinese column names or their English aliases, in any order), into the {@link ScoreEvent}s that
 * {@link org.zhidu.core.scoring.Scorer#score} counts. A cell that cannot be read, or a row with more or fewer cells than
 * the header, is a finding at that cell and its row is not counted; a text that is no register at all (no header, a
 * required column missing) is an {@link InputException} at its line and column.
 *
 * <p>A caller that holds the events already (rows of its own database) makes {@link ScoreEvent}s itself and needs
 * none of this. Stateless: every method may be called from any number of threads at once.
 */
public final class EventsRegister {

  private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "√", "✓", "严重");
  private static final Set<String> NO = Set.of("", "否", "n", "no", "false", "0");

  /**
   * What a register held.
   *
   * @param events the rows that can be counted, in the register's order
   * @param findings the rows that cannot, each with its day and subject when they could be read
   */
  public record Read(List<ScoreEvent> events, List<RowFinding> findings) {

    /**
     * Copies the lists.
     *
     * @param events the rows that can be counted
     * @param findings the rows that cannot
     */
    public Read {
      events = List.copyOf(events);
      findings = List.copyOf(findings);
    }

    /**
     * The findings alone, in the register's order.
     *
     * @return every row finding's {@link Finding}
     */
    public List<Finding> allFindings() {
      return findings.stream().map(RowFinding::finding).toList();
    }
  }

  /**
   * A finding about a row that could not be counted, with the row's day ({@code null} when it cannot be read) and
   * subject, so that it is shown with the period and the person it belongs to.
   *
   * @param date the row's day, or {@code null}
   * @param subject the row's person or section, or {@code null} when the row could not be read that far
   * @param finding what is wrong, at its cell
   */
  public record RowFinding(LocalDate date, String subject, Finding finding) {}

  /** The optional date columns: when the evidence reached 综合股 (I5), when a leader's task was assigned and finished. */
  private static final List<String> OPTIONAL_DATES = List.of("提交日期", "交办日期", "办结日期");

  private EventsRegister() {}

  /**
   * Reads a register's file, UTF-8 or GB18030 (see {@link TextInput}).
   *
   * @param file the CSV file
   * @return its events and findings
   * @throws InputException when the file cannot be read or is no events register, at its line and column
   */
  public static Read read(Path file) {
    return read(file, file.toString());
  }

  /**
   * Reads a register's file, named in locations as {@code shownAs}.
   *
   * @param file the CSV file
   * @param shownAs how locations name the file (the path as the user wrote it)
   * @return its events and findings
   * @throws InputException when the file cannot be read or is no events register, at its line and column
   */
  public static Read read(Path file, String shownAs) {
    return read(shownAs, TextInput.read(file, shownAs));
  }

  /**
   * Reads a register from a stream of bytes, UTF-8 or GB18030; the stream is not closed.
   *
   * @param source how locations name the register
   * @param in the CSV's bytes
   * @return its events and findings
   * @throws InputException when the text is no events register, at its line and column
   * @throws java.io.UncheckedIOException when reading the stream fails
   */
  public static Read read(String source, InputStream in) {
    return read(source, TextInput.read(in, source));
  }

  /**
   * Reads a register from a reader; the reader is not closed.
   *
   * @param source how locations name the register
   * @param in the CSV's characters
   * @return its events and findings
   * @throws InputException when the text is no events register, at its line and column
   * @throws java.io.UncheckedIOException when reading fails
   */
  public static Read read(String source, Reader in) {
    return read(source, TextInput.read(in));
  }

  /**
   * Reads a register's decoded text.
   *
   * @param source how locations name the register
   * @param text the CSV text, header first
   * @return its events and findings
   * @throws InputException when the text is no events register, at its line and column
   */
  public static Read read(String source, String text) {
    return of(Table.read(source, text, InputSchemas.events()));
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
