package org.zhidu.cli.leave;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.zhidu.cli.input.CellList;
import org.zhidu.cli.input.PartedScan;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.core.calendar.HalfDay;
import org.zhidu.core.calendar.YearNotAnnouncedException;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.finding.RowPlace;
import org.zhidu.core.leave.LeaveChecker;
import org.zhidu.core.leave.LeaveMode;
import org.zhidu.core.leave.LeaveProblem;
import org.zhidu.core.leave.LeaveRequest;
import org.zhidu.core.register.CellTime;
import org.zhidu.core.register.Table;
import org.zhidu.policies.register.InputSchemas;

/**
 * A leave register, as {@link InputSchemas#leave()} describes it, read row by row into a {@link LeaveChecker} (a G5
 * register's 请假 rows too: its 加班 and 值班 rows are passed over). The
 * period is one column (起止时间: {@code 2026-03-02 上午 至 2026-03-03}) or two (开始时间, 结束时间); a day alone
 * starts in the morning and ends in the afternoon, {@code 上午}/{@code 下午} or a time (before noon: the morning) say
 * which half. The approvers are one cell, in order, separated by 、 , ; / or →. A cell that cannot be read is a
 * finding at that cell and its row is not checked; a header without the period, an unclosed quote or a year the
 * calendar does not know stops the command (exit 2).
 */
final class LeaveCsv {

  private LeaveCsv() {}

  /** The kinds of a G5 register (请假、加班、值班登记) that are not leave: their rows are passed over. */
  private static final java.util.Set<String> NOT_LEAVE = java.util.Set.of("加班", "值班");

  /** The cells that hold a time besides the period, in the order of the request's fields. */
  private static final String[] TIMES = {LeaveRequest.APPLIED, LeaveRequest.APPROVED, LeaveRequest.COMPLETED,
    LeaveRequest.RETURNED};

  /** Reads the register's decoded text into the checker; {@code file} names it in locations. */
  static void read(String file, String text, LeaveChecker checker) {
    read(file, TextDecoding.Chunks.of(text), checker, null);
  }

  /**
   * Reads a register that comes in chunks of whole lines, the chunks after the first on this thread and a helper
   * the executor runs ({@code null}: this thread only), each into a part of the checker, absorbed in file order.
   */
  static void read(String file, TextDecoding.Chunks chunks, LeaveChecker checker, Executor helper) {
    Table.Scan scan = PartedScan.scan(file, chunks, InputSchemas.leave(), checker, LeaveChecker::part,
        LeaveChecker::absorb, Reader::new, helper);
    if (!scan.has(LeaveRequest.PERIOD) && !(scan.has(LeaveRequest.START) && scan.has(LeaveRequest.END))) {
      throw noPeriod(file);
    }
    for (Table.Problem p : scan.problems()) {
      LeaveProblem shape = p.message().key().equals(LeaveProblem.TOO_MANY_CELLS.messageKey())
          ? LeaveProblem.TOO_MANY_CELLS : LeaveProblem.TOO_FEW_CELLS;
      checker.unreadable(shape.at(checker.rule(), p.location(), p.message().args().toArray(String[]::new)));
    }
    for (Table.Problem p : scan.nearMisses()) {
      checker.unreadable(LeaveProblem.COLUMN_NEAR.at(checker.rule(), p.location(),
          p.message().args().toArray(String[]::new)));
    }
  }

  private static InputException noPeriod(String file) {
    return new InputException(new Location(file, 1, 1, null), Message.of("csv.missing_column",
        LeaveRequest.START + " + " + LeaveRequest.END + " / " + LeaveRequest.PERIOD));
  }

  /** Turns each row into a request, or a finding at the cell that cannot be read. */
  private static final class Reader implements Consumer<Table.Row> {
    private final LeaveChecker checker;
    private final CellList.Splits approvers = CellList.Splits.ofThisThread();
    private Boolean single;

    Reader(LeaveChecker checker) {
      this.checker = checker;
    }

    @Override
    public void accept(Table.Row row) {
      if (single == null) {
        single = !(row.has(LeaveRequest.START) && row.has(LeaveRequest.END));
        if (single && !row.has(LeaveRequest.PERIOD)) {
          throw noPeriod(row.start().file());
        }
      }
      // the row is its own place while the checker takes the request (the checker keeps what it needs of it)
      RowPlace place = single ? field -> row.at(field.equals(LeaveRequest.START) || field.equals(LeaveRequest.END)
          ? LeaveRequest.PERIOD : field) : row;
      LeaveRequest request = request(row, place);
      if (request == null) {
        return;
      }
      try {
        checker.accept(request);
      } catch (YearNotAnnouncedException e) {
        throw new InputException(place.at(LeaveRequest.START),
            org.zhidu.cli.options.CalendarOptions.notAnnounced(e.year()));
      }
    }

    private LeaveRequest request(Table.Row row, RowPlace place) {
      String person = row.text(LeaveRequest.PERSON);
      String kind = row.text(LeaveRequest.KIND);
      if (person.isEmpty() || kind.isEmpty()) {
        String field = person.isEmpty() ? LeaveRequest.PERSON : LeaveRequest.KIND;
        return bad(LeaveProblem.CELL_BLANK, place, field, field);
      }
      if (NOT_LEAVE.contains(kind)) {
        return null; // the G5 register's overtime and duty rows
      }
      String startField = single ? LeaveRequest.PERIOD : LeaveRequest.START;
      String endField = single ? LeaveRequest.PERIOD : LeaveRequest.END;
      HalfDay start;
      HalfDay end;
      String startText;
      String endText;
      if (single) {
        String period = row.text(LeaveRequest.PERIOD);
        int[] cut = cut(period);
        if (cut == null) {
          return bad(LeaveProblem.CELL_BAD_TIME, place, LeaveRequest.PERIOD, period);
        }
        startText = period.substring(0, cut[0]).strip();
        endText = period.substring(cut[1]).strip();
        start = halfDay(startText, false);
        end = halfDay(endText, true);
      } else {
        // a day or a time is read in place; a cell with 上午/下午 (or anything else) as text
        long from = row.time(LeaveRequest.START, true);
        long to = row.time(LeaveRequest.END, true);
        startText = from >= 0 ? null : row.text(LeaveRequest.START);
        endText = to >= 0 ? null : row.text(LeaveRequest.END);
        start = from >= 0 ? halfDay(from, false) : halfDay(startText, false);
        end = to >= 0 ? halfDay(to, true) : halfDay(endText, true);
      }
      if (start == null) {
        return bad(LeaveProblem.CELL_BAD_TIME, place, startField, startText);
      }
      if (end == null) {
        return bad(LeaveProblem.CELL_BAD_TIME, place, endField, endText);
      }
      return rest(row, place, start, end);
    }

    /** The request once its period is read: the other cells. */
    private LeaveRequest rest(Table.Row row, RowPlace place, HalfDay start, HalfDay end) {
      LocalDateTime[] times = new LocalDateTime[4];
      for (int i = 0; i < TIMES.length; i++) {
        long value = row.time(TIMES[i], true);
        if (value >= 0) {
          times[i] = time(value);
          continue;
        }
        String text = row.text(TIMES[i]);
        if (!text.isEmpty()) {
          times[i] = time(text);
          if (times[i] == null) {
            return bad(LeaveProblem.CELL_BAD_TIME, place, TIMES[i], text);
          }
        }
      }
      String modeText = row.text(LeaveRequest.MODE);
      LeaveMode mode = modeText.isEmpty() ? LeaveMode.WRITTEN : LeaveMode.parse(modeText);
      if (mode == null) {
        return bad(LeaveProblem.CELL_BAD_MODE, place, LeaveRequest.MODE, modeText);
      }
      String daysText = row.text(LeaveRequest.DAYS);
      BigDecimal days = null;
      if (!daysText.isEmpty()) {
        days = days(daysText);
        if (days == null) {
          return bad(LeaveProblem.CELL_BAD_DAYS, place, LeaveRequest.DAYS, daysText);
        }
      }
      return new LeaveRequest(row.text(LeaveRequest.PERSON), row.text(LeaveRequest.KIND), start, end, times[0],
          approvers.of(row.text(LeaveRequest.APPROVERS)),
          times[1], mode, times[2], row.text(LeaveRequest.CERTIFICATE), row.text(LeaveRequest.COVER), times[3], days,
          place);
    }

    private LeaveRequest bad(LeaveProblem problem, RowPlace place, String field, String text) {
      checker.unreadable(problem.at(checker.rule(), place.at(field), text));
      return null;
    }
  }

  /** Where the period's two ends are cut: the end of the first and the start of the second; {@code null} if none. */
  static int[] cut(String period) {
    for (String word : new String[] {"至", "到", "~", "～", "—", " - "}) {
      int at = period.indexOf(word);
      if (at > 0) {
        return new int[] {at, at + word.length()};
      }
    }
    return null;
  }

  /**
   * A half day: a day alone is its morning as a start ({@code end} false), its afternoon as an end; 上午 and 下午 (or
   * AM, PM) say which; a time before noon falls in the morning, and an end at noon ends the morning.
   */
  static HalfDay halfDay(String text, boolean end) {
    long value = halfOrTime(text);
    return value < 0 ? null : halfDay(value, end);
  }

  /** The half day of a parsed value ({@link #halfOrTime}): as a start ({@code end} false) or as an end. */
  private static HalfDay halfDay(long value, boolean end) {
    LocalDate day = day(value);
    int hm = hoursMinutes(value);
    int minutes = hm / 100 * 60 + hm % 100;
    if (hm == HALF_MORNING || hm == HALF_AFTERNOON) {
      return new HalfDay(day, hm == HALF_AFTERNOON);
    }
    boolean afternoon = minutes == 0 ? end : end ? minutes > 12 * 60 : minutes >= 12 * 60;
    return new HalfDay(day, afternoon);
  }

  /** A time: a day with or without a time, or a day and 上午/下午 (the half's first hour). */
  static LocalDateTime time(String text) {
    long value = halfOrTime(text);
    return value < 0 ? null : time(value);
  }

  private static LocalDateTime time(long value) {
    int hm = hoursMinutes(value);
    if (hm == HALF_MORNING || hm == HALF_AFTERNOON) {
      return day(value).atTime(hm == HALF_AFTERNOON ? 12 : 0, 0);
    }
    return day(value).atTime(hm / 100, hm % 100);
  }

  /** Marks, in the minutes of a parsed value, a day written with 上午 or 下午 (no real time has 24 or 25 hours). */
  private static final int HALF_MORNING = 2400;
  private static final int HALF_AFTERNOON = 2500;

  /** The HHmm of a parsed value (one division of a long: the rest in ints, a million rows over). */
  private static int hoursMinutes(long value) {
    return (int) (value - value / 10_000 * 10_000);
  }

  /**
   * A cell as {@link CellTime} reads it (yyyyMMddHHmm), or a day followed by 上午/下午 (AM/PM) with the minutes
   * {@link #HALF_MORNING} or {@link #HALF_AFTERNOON}; -1 when it is neither.
   */
  private static long halfOrTime(String text) {
    int n = text.length();
    while (n > 0 && Character.isWhitespace(text.charAt(n - 1))) {
      n--;
    }
    // a time or a day ends in a digit (or 日, 分, 秒); only the half-day words end otherwise
    char lastChar = n > 0 ? text.charAt(n - 1) : '0';
    boolean halfWord = lastChar == '午' || lastChar == 'M' || lastChar == 'm';
    for (int w = 0; halfWord && w < HALF_WORDS.length; w++) {
      String word = HALF_WORDS[w];
      if (n > word.length() && text.regionMatches(true, n - word.length(), word, 0, word.length())) {
        long day = CellTime.parse(text, 0, n - word.length(), false);
        return day < 0 ? -1 : day + (w % 2 == 0 ? HALF_MORNING : HALF_AFTERNOON);
      }
    }
    return CellTime.parse(text, 0, n, true);
  }

  private static final String[] HALF_WORDS = {"上午", "下午", "AM", "PM"};

  private static LocalDate day(long value) {
    int d = (int) (value / 10_000);
    return LocalDate.of(d / 10_000, d / 100 % 100, d % 100);
  }

  /** Days as written: 1, 1.5, 0.5, 1天; {@code null} for anything else or a negative number. */
  static BigDecimal days(String text) {
    String t = text.strip();
    if (t.endsWith("天")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.isEmpty() || t.length() > 8 || !t.matches("[0-9]+(\\.[0-9]+)?")) {
      return null; // no sign, no exponent: 1e9 is not a number of days
    }
    try {
      BigDecimal d = new BigDecimal(t);
      return d.signum() < 0 ? null : d.stripTrailingZeros();
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
