package org.zhidu.cli.signoff;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.zhidu.cli.input.PartedScan;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.core.finding.RowPlace;
import org.zhidu.core.register.Table;
import org.zhidu.core.signoff.SignoffProblem;
import org.zhidu.core.signoff.TrailChecker;
import org.zhidu.core.signoff.TrailRow;
import org.zhidu.policies.register.InputSchemas;

/**
 * A register of sign-off trails, as {@link InputSchemas#trail()} describes it, read row by row into a
 * {@link TrailChecker}: one row a signature. A cell that cannot be read (a time, a mark, a blank 文件, 发文类型 or 环节)
 * is a finding at that cell and its row is not taken; a header without the required columns or an unclosed quote
 * stops the command (exit 2).
 */
final class TrailCsv {

  private TrailCsv() {}

  /**
   * Reads a register that comes in parts of whole lines, the parts after the first on this thread and a helper the
   * executor runs ({@code null}: this thread only), each into a part of the checker, absorbed in file order.
   */
  static void read(String file, TextDecoding.Chunks chunks, TrailChecker checker, Executor helper) {
    Table.Scan scan = PartedScan.scan(file, chunks, InputSchemas.trail(), checker, TrailChecker::part,
        TrailChecker::absorb, Reader::new, helper);
    for (Table.Problem p : scan.problems()) {
      SignoffProblem shape = p.message().key().equals(SignoffProblem.TOO_MANY_CELLS.messageKey())
          ? SignoffProblem.TOO_MANY_CELLS : SignoffProblem.TOO_FEW_CELLS;
      checker.unreadable(shape.at(p.location(), p.message().args().toArray(String[]::new)));
    }
    for (Table.Problem p : scan.nearMisses()) {
      checker.unreadable(SignoffProblem.COLUMN_NEAR.at(p.location(), p.message().args().toArray(String[]::new)));
    }
  }

  /** Turns each row into a signature, or a finding at the cell that cannot be read. */
  private static final class Reader implements Consumer<Table.Row> {
    private final TrailChecker checker;

    Reader(TrailChecker checker) {
      this.checker = checker;
    }

    @Override
    public void accept(Table.Row row) {
      for (String field : new String[] {TrailRow.FILE, TrailRow.TYPE, TrailRow.STEP}) {
        if (row.text(field).isEmpty()) {
          checker.unreadable(SignoffProblem.CELL_BLANK.at(row.at(field), field));
          return;
        }
      }
      long day = row.time(TrailRow.TIME, false);
      long time = day >= 0 ? day + TrailChecker.DAY_ONLY : row.time(TrailRow.TIME, true);
      if (time < 0) {
        String text = row.text(TrailRow.TIME);
        if (text.isEmpty()) {
          time = TrailRow.BLANK;
        } else {
          checker.unreadable(SignoffProblem.BAD_TIME.at(row.at(TrailRow.TIME), text));
          time = TrailRow.UNREADABLE;
        }
      }
      String markText = row.text(TrailRow.MARK);
      TrailRow.Mark mark = TrailRow.Mark.parse(markText);
      if (mark == null) {
        checker.unreadable(SignoffProblem.BAD_MARK.at(row.at(TrailRow.MARK), markText));
        return;
      }
      long meeting = -1;
      if (row.has(TrailRow.MEETING)) {
        long held = row.time(TrailRow.MEETING, true);
        String text = row.text(TrailRow.MEETING);
        if (held < 0 && !text.isEmpty()) {
          checker.unreadable(SignoffProblem.BAD_TIME.at(row.at(TrailRow.MEETING), text));
          return;
        }
        meeting = held < 0 ? -1 : held / 10_000;
      }
      RowPlace place = row;
      checker.accept(new TrailRow(row.text(TrailRow.FILE), row.text(TrailRow.TYPE), row.text(TrailRow.STEP),
          row.text(TrailRow.NAME), row.text(TrailRow.OPINION), time, mark, meeting, place));
    }
  }
}
