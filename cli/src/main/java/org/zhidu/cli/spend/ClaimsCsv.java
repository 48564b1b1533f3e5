package org.zhidu.cli.spend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.zhidu.cli.input.CellList;
import org.zhidu.cli.input.PartedScan;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.cli.options.Dates;
import org.zhidu.core.finding.RowPlace;
import org.zhidu.core.money.Amounts;
import org.zhidu.core.register.Table;
import org.zhidu.core.spending.Claim;
import org.zhidu.core.spending.ClaimChecker;
import org.zhidu.core.spending.SpendProblem;
import org.zhidu.policies.register.InputSchemas;

/**
 * A claims register, as {@link InputSchemas#claims()} describes it, read row by row into a {@link ClaimChecker}.
 * Amounts are read exactly ({@link Amounts}: 1500, 1,500.00, 1500元, 壹仟伍佰元整); lists (附件, 审批人, 报账签字,
 * 发票号码) are separated by 、 , ; / or →. A cell that cannot be read is a finding at that cell and its row is not
 * checked; an unclosed quote stops the command (exit 2).
 */
final class ClaimsCsv {

  /** The most people one meal claim is for: a larger count is a typo, not a meal. */
  static final int MOST_PERSONS = 10_000;

  private ClaimsCsv() {}

  /** Reads the register's decoded text into the checker; {@code file} names it in locations. */
  static Table.Scan read(String file, String text, ClaimChecker checker) {
    return read(file, TextDecoding.Chunks.of(text), checker, null);
  }

  /**
   * Reads a register that comes in chunks of whole lines, the chunks after the first on this thread and a helper
   * the executor runs ({@code null}: this thread only), each into a part of the checker, absorbed in file order.
   */
  static Table.Scan read(String file, TextDecoding.Chunks chunks, ClaimChecker checker, Executor helper) {
    Table.Scan scan = PartedScan.scan(file, chunks, InputSchemas.claims(), checker, ClaimChecker::part,
        ClaimChecker::absorb, Reader::new, helper);
    for (Table.Problem p : scan.problems()) {
      SpendProblem shape = p.message().key().equals(SpendProblem.TOO_MANY_CELLS.messageKey())
          ? SpendProblem.TOO_MANY_CELLS : SpendProblem.TOO_FEW_CELLS;
      checker.unreadable(shape.at(checker.rule(), p.location(), p.message().args().toArray(String[]::new)));
    }
    for (Table.Problem p : scan.nearMisses()) {
      checker.unreadable(SpendProblem.COLUMN_NEAR.at(checker.rule(), p.location(),
          p.message().args().toArray(String[]::new)));
    }
    return scan;
  }

  /** Turns each row into a claim, or a finding at the cell that cannot be read. */
  private static final class Reader implements Consumer<Table.Row> {
    private final ClaimChecker checker;
    /** Papers, approvers and signers: the same few lists on most rows. */
    private final CellList.Splits lists = CellList.Splits.ofThisThread();
    /** Which optional columns the header has, asked once. */
    private boolean[] has;

    private static final String[] OPTIONAL = {Claim.ATTACHMENTS, Claim.APPROVERS, Claim.APPROVED, Claim.SIGNERS,
      Claim.RETURNED, Claim.CLAIMED, Claim.DECISION, Claim.BUDGETED, Claim.ASSET_NUMBER, Claim.UNIT_PRICE,
      Claim.PERSONS, Claim.INVOICES, Claim.REPORTED};

    Reader(ClaimChecker checker) {
      this.checker = checker;
    }

    private boolean has(int optional) {
      return has[optional];
    }

    @Override
    public void accept(Table.Row row) {
      if (has == null) {
        has = new boolean[OPTIONAL.length];
        for (int i = 0; i < OPTIONAL.length; i++) {
          has[i] = row.has(OPTIONAL[i]);
        }
        checker.header(row::has);
      }
      Claim claim = claim(row);
      if (claim != null) {
        checker.accept(claim);
      } else if (has(11)) {
        checker.invoicesOfUnreadable(CellList.split(halfWidth(row.text(Claim.INVOICES))), row);
      }
    }

    private Claim claim(Table.Row row) {
      LocalDate date = date(row, Claim.DATE, true);
      if (date == null) {
        return null;
      }
      String handler = row.text(Claim.HANDLER);
      String kind = row.text(Claim.KIND);
      if (handler.isEmpty() || kind.isEmpty()) {
        String field = handler.isEmpty() ? Claim.HANDLER : Claim.KIND;
        return bad(SpendProblem.CELL_BLANK, row, field, field);
      }
      BigDecimal amount = amount(row, Claim.AMOUNT, true);
      if (amount == null) {
        return null;
      }
      LocalDateTime approved = null;
      if (has(2)) {
        approved = Dates.cellTime(row.time(Claim.APPROVED, true));
        if (approved == null && !row.text(Claim.APPROVED).isEmpty()) {
          return bad(SpendProblem.CELL_BAD_DATE, row, Claim.APPROVED, row.text(Claim.APPROVED));
        }
      }
      LocalDate returned = has(4) ? date(row, Claim.RETURNED, false) : null;
      LocalDate claimed = has(5) ? date(row, Claim.CLAIMED, false) : null;
      if (returned == BAD || claimed == BAD) {
        return null;
      }
      Boolean budgeted = null;
      if (has(7)) {
        String text = row.text(Claim.BUDGETED);
        budgeted = budgeted(text);
        if (budgeted == null && !text.isEmpty()) {
          return bad(SpendProblem.CELL_BAD_BUDGETED, row, Claim.BUDGETED, text);
        }
      }
      BigDecimal unitPrice = has(9) ? amount(row, Claim.UNIT_PRICE, false) : null;
      if (unitPrice == BAD_AMOUNT) {
        return null;
      }
      Integer persons = null;
      if (has(10)) {
        String text = row.text(Claim.PERSONS);
        if (!text.isEmpty()) {
          persons = persons(text);
          if (persons == null) {
            return bad(SpendProblem.CELL_BAD_COUNT, row, Claim.PERSONS, text);
          }
        }
      }
      return new Claim(date, handler, kind, amount,
          has(0) ? lists.of(row.text(Claim.ATTACHMENTS)) : null,
          has(1) ? lists.of(row.text(Claim.APPROVERS)) : null, approved,
          has(3) ? lists.of(row.text(Claim.SIGNERS)) : null, returned, claimed,
          has(6) ? row.text(Claim.DECISION) : null, budgeted,
          has(8) ? row.text(Claim.ASSET_NUMBER) : null, unitPrice, persons,
          has(11) ? CellList.split(halfWidth(row.text(Claim.INVOICES))) : null,
          has(12) ? row.text(Claim.REPORTED) : null, row);
    }

    /**
     * The cell's day: {@code null} when blank and not {@code required}, {@link #BAD} (or {@code null} when
     * required) after a finding.
     */
    private LocalDate date(Table.Row row, String field, boolean required) {
      LocalDate day = Dates.cellDay(row.time(field, false));
      if (day != null) {
        return day;
      }
      String text = row.text(field);
      if (text.isEmpty() && !required) {
        return null;
      }
      bad(text.isEmpty() ? SpendProblem.CELL_BLANK : SpendProblem.CELL_BAD_DATE, row, field,
          text.isEmpty() ? field : text);
      return required ? null : BAD;
    }

    /** The cell's amount; as {@link #date} for a blank or unreadable cell. */
    private BigDecimal amount(Table.Row row, String field, boolean required) {
      String text = row.text(field);
      if (text.isEmpty() && !required) {
        return null;
      }
      BigDecimal amount = Amounts.parse(text);
      if (amount != null) {
        return amount;
      }
      bad(text.isEmpty() ? SpendProblem.CELL_BLANK : SpendProblem.CELL_BAD_AMOUNT, row, field,
          text.isEmpty() ? field : text);
      return required ? null : BAD_AMOUNT;
    }

    private Claim bad(SpendProblem problem, RowPlace place, String field, String text) {
      checker.unreadable(problem.at(checker.rule(), place.at(field), text));
      return null;
    }
  }

  /** Marks a cell already reported as unreadable (a blank optional cell is {@code null}). */
  private static final LocalDate BAD = LocalDate.MIN;
  private static final BigDecimal BAD_AMOUNT = new BigDecimal("-1");

  /** 是/否, 预算内/预算外, yes/no, true/false, Y/N, 1/0; {@code null} for anything else. */
  static Boolean budgeted(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "是", "预算内", "yes", "y", "true", "1" -> {
        return Boolean.TRUE;
      }
      case "否", "预算外", "no", "n", "false", "0" -> {
        return Boolean.FALSE;
      }
      default -> {
        return null;
      }
    }
  }

  /** A count of people from 1 to {@link #MOST_PERSONS}, written in figures (人 after it allowed); else {@code null}. */
  static Integer persons(String text) {
    String t = halfWidth(text.endsWith("人") ? text.substring(0, text.length() - 1).strip() : text);
    if (t.isEmpty() || t.length() > 5) {
      return null;
    }
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      n = n * 10 + (c - '0');
    }
    return n >= 1 && n <= MOST_PERSONS ? n : null;
  }

  /**
   * Full-width letters and digits (５１０１０００１, as a Chinese input method types them) as their ASCII selves, so that
   * an invoice number typed either way is one number.
   */
  static String halfWidth(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, (char) (c - 0xFEE0));
      }
    }
    return out == null ? text : out.toString();
  }
}
