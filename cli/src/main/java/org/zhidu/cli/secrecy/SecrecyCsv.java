package org.zhidu.cli.secrecy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.zhidu.cli.input.CellList;
import org.zhidu.cli.input.PartedScan;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.cli.options.Dates;
import org.zhidu.core.register.Schema;
import org.zhidu.core.register.Table;
import org.zhidu.core.rule.RuleId;
import org.zhidu.core.secrecy.CarrierRecord;
import org.zhidu.core.secrecy.CopyRecord;
import org.zhidu.core.secrecy.DeviceRecord;
import org.zhidu.core.secrecy.KeptRecord;
import org.zhidu.core.secrecy.Level;
import org.zhidu.core.secrecy.SecrecyChecker;
import org.zhidu.core.secrecy.SecrecyProblem;
import org.zhidu.core.secrecy.SecrecyRules;
import org.zhidu.core.secrecy.SecretRecord;
import org.zhidu.policies.register.InputSchemas;

/**
 * A register of classified material read row by row into a {@link SecrecyChecker}, as its schema (recognised from
 * its header) describes it. A cell that cannot be read is a finding at that cell, under the register's rule, and its
 * row is not checked.
 */
final class SecrecyCsv {

  private SecrecyCsv() {}

  /**
   * Reads one register; a large one in parts on this thread and the helper ({@code null}: this thread only). The
   * carriers' register (S1) is read by the whole checker alone.
   */
  static Table.Scan read(String file, TextDecoding.Chunks chunks, Schema schema, SecrecyChecker checker,
      Executor helper) {
    RuleId rule = RuleId.of(schema.id());
    boolean carriers = rule.equals(SecrecyRules.S1);
    Table.Scan scan = carriers
        ? PartedScan.scan(file, chunks, schema, checker, c -> c, (whole, part) -> { }, c -> new Reader(c, schema),
            null)
        : PartedScan.scan(file, chunks, schema, checker, SecrecyChecker::part, SecrecyChecker::absorb,
            c -> new Reader(c, schema), helper);
    for (Table.Problem p : scan.problems()) {
      SecrecyProblem shape = p.message().key().equals(SecrecyProblem.TOO_MANY_CELLS.messageKey())
          ? SecrecyProblem.TOO_MANY_CELLS : SecrecyProblem.TOO_FEW_CELLS;
      checker.unreadable(shape.at(rule, p.location(), p.message().args().toArray(String[]::new)));
    }
    for (Table.Problem p : scan.nearMisses()) {
      checker.unreadable(SecrecyProblem.COLUMN_NEAR.at(rule, p.location(), p.message().args().toArray(String[]::new)));
    }
    return scan;
  }

  /** Turns each row into the record of its register, or a finding at the cell that cannot be read. */
  private static final class Reader implements Consumer<Table.Row> {
    private final SecrecyChecker checker;
    private final RuleId rule;
    /** The register, as its place in {@link InputSchemas#secrecy()}: asked once, not row by row. */
    private final int register;
    private final CellList.Splits lists = CellList.Splits.ofThisThread();
    /** Whether the header has a 销毁地点 column, asked on the first row. */
    private Boolean hasSite;

    Reader(SecrecyChecker checker, Schema schema) {
      this.checker = checker;
      this.rule = RuleId.of(schema.id());
      this.register = InputSchemas.secrecy().indexOf(schema);
    }

    @Override
    public void accept(Table.Row row) {
      try {
        // in the order of InputSchemas.secrecy(): S1, S6, S2, S5, S7, S4
        switch (register) {
          case 0 -> carrier(row);
          case 1 -> record(row);
          case 2 -> copy(row);
          case 3 -> device(row);
          case 4 -> kept(row, KeptRecord.VISITS, "来访时间", true);
          case 5 -> kept(row, KeptRecord.MEETINGS, "会议日期", false);
          default -> throw new IllegalStateException("not a register of classified material: " + rule.value());
        }
      } catch (Unreadable e) {
        // the finding is made: the row is not checked
      }
    }

    private void carrier(Table.Row row) {
      checker.accept(new CarrierRecord(text(row, CarrierRecord.NUMBER), text(row, CarrierRecord.KIND),
          level(row, CarrierRecord.LEVEL), lists.of(row.text(CarrierRecord.CONTENTS)), row.place()));
    }

    private void record(Table.Row row) {
      String number = text(row, SecretRecord.NUMBER);
      Level level = level(row, SecretRecord.LEVEL);
      String kindText = text(row, SecretRecord.KIND);
      SecretRecord.Kind kind = SecretRecord.Kind.of(kindText);
      if (kind == null) {
        throw bad(SecrecyProblem.CELL_BAD_KIND, row, SecretRecord.KIND, kindText, "借阅、收文、发文、销毁");
      }
      String handler = text(row, SecretRecord.HANDLER);
      LocalDateTime at = time(row, SecretRecord.AT, true, false);
      LocalDateTime due = time(row, SecretRecord.DUE, false, true);
      LocalDateTime returned = time(row, SecretRecord.RETURNED, false, false);
      checker.accept(new SecretRecord(number, level, kind, handler, at, row.text(SecretRecord.APPROVER), due,
          returned, site(row) ? row.text(SecretRecord.SITE) : null, row.text(SecretRecord.DESTROYER),
          row.text(SecretRecord.WITNESS), row));
    }

    private void copy(Table.Row row) {
      String original = text(row, CopyRecord.ORIGINAL);
      Level level = level(row, CopyRecord.LEVEL);
      Level copyLevel = row.text(CopyRecord.COPY_LEVEL).isEmpty() ? null : level(row, CopyRecord.COPY_LEVEL);
      LocalDateTime at = time(row, CopyRecord.AT, true, false);
      checker.accept(new CopyRecord(original, row.text(CopyRecord.KIND), level, copyLevel, at,
          row.text(CopyRecord.APPROVER), row.has(CopyRecord.DEPARTMENT) ? row.text(CopyRecord.DEPARTMENT) : null,
          row.text(CopyRecord.MEDIUM), row));
    }

    private void device(Table.Row row) {
      checker.accept(new DeviceRecord(text(row, DeviceRecord.NUMBER), yes(row, DeviceRecord.CLASSIFIED),
          yes(row, DeviceRecord.NETWORKED), row.text(DeviceRecord.WIRELESS), row));
    }

    private void kept(Table.Row row, String kind, String dateField, boolean visit) {
      String number = text(row, KeptRecord.NUMBER);
      LocalDateTime date = time(row, dateField, true, false);
      LocalDateTime approved = visit ? time(row, "批准时间", false, false) : null;
      LocalDateTime destroyed = time(row, KeptRecord.DESTROYED, false, false);
      // kept until the check ends (S4 lists what may go): the row's place, not the row
      checker.accept(new KeptRecord(kind, number, date, approved, visit,
          destroyed == null ? null : destroyed.toLocalDate(), row.place()));
    }

    private boolean site(Table.Row row) {
      if (hasSite == null) {
        hasSite = row.has(SecretRecord.SITE);
      }
      return hasSite;
    }

    /** A required text cell. */
    private String text(Table.Row row, String field) {
      String text = row.text(field);
      if (text.isEmpty()) {
        throw bad(SecrecyProblem.CELL_BLANK, row, field, field);
      }
      return text;
    }

    private Level level(Table.Row row, String field) {
      String text = text(row, field);
      Level level = Level.of(text);
      if (level == null) {
        throw bad(SecrecyProblem.CELL_BAD_LEVEL, row, field, text);
      }
      return level;
    }

    /** 是/否 and their kin; an unreadable cell is a finding. */
    private boolean yes(Table.Row row, String field) {
      String text = text(row, field);
      return switch (text) {
        case "是", "有", "Y", "y", "yes", "true", "1", "涉密", "联网" -> true;
        case "否", "无", "N", "n", "no", "false", "0", "非涉密", "不联网", "未联网" -> false;
        default -> throw bad(SecrecyProblem.CELL_BAD_YES_NO, row, field, text);
      };
    }

    /**
     * A day, or a day and a time: {@code null} for a blank cell that is not {@code required}. A day without its time
     * is the day's start, or its end when {@code endOfDay} (a loan due on a day is in time all that day).
     */
    private LocalDateTime time(Table.Row row, String field, boolean required, boolean endOfDay) {
      LocalDate day = Dates.cellDay(row.time(field, false));
      if (day != null) {
        return endOfDay ? day.atTime(23, 59) : day.atStartOfDay();
      }
      LocalDateTime time = Dates.cellTime(row.time(field, true));
      if (time != null) {
        return time;
      }
      String text = row.text(field);
      if (text.isEmpty() && !required) {
        return null;
      }
      throw text.isEmpty() ? bad(SecrecyProblem.CELL_BLANK, row, field, field)
          : bad(SecrecyProblem.CELL_BAD_DATE, row, field, text);
    }

    private Unreadable bad(SecrecyProblem problem, Table.Row row, String field, String... args) {
      checker.unreadable(problem.at(rule, row.at(field), args));
      return new Unreadable();
    }
  }

  /** A row that could not be read: its finding is made, and the row is left. */
  private static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable() {
      super(null, null, false, false);
    }
  }

}
