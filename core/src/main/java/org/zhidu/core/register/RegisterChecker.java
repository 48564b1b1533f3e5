package org.zhidu.core.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.finding.Severity;

/**
 * Checks one register's text against its schema (G1–G13): required columns present and cells filled, dates and
 * times that parse, positive counts, enum values, ends not before starts, things lent and not returned by the as-of
 * day, fields required by another's value, rows with too many or too few cells, duplicate rows. Every finding has the
 * file, line, column and field.
 */
public final class RegisterChecker {

  private RegisterChecker() {}

  /**
   * The header of a register's text (its first record, trailing empty cells dropped), or an error when it has none.
   */
  public static List<String> header(String file, String text) {
    List<String> header = new ArrayList<>();
    CsvText.parse(text, (cells, count, lines, columns, unterminated) -> {
      int width = count;
      while (width > 0 && cells[width - 1].isBlank()) {
        width--;
      }
      header.addAll(Arrays.asList(cells).subList(0, width));
      return false;
    });
    if (header.isEmpty()) {
      throw new InputException(new Location(file, 1, 1, null), Message.of("register.empty"));
    }
    return header;
  }

  /** Which of the schemas the header is. */
  public static Recognition recognise(List<String> header, List<Schema> schemas) {
    return Recognition.of(header, schemas);
  }

  /**
   * @param file the file's name, for findings
   * @param text the decoded text
   * @param schema the register
   * @param asOf the day by which things lent should be back, as yyyyMMdd
   * @param maxFindings stop after this many findings (0: no limit)
   */
  public static RegisterReport check(String file, String text, Schema schema, long asOf, int maxFindings) {
    RowChecks checks = new RowChecks(file, schema, asOf, maxFindings);
    CsvText.parse(text, checks::record);
    return checks.report();
  }

  /** The state of one pass over a register. */
  private static final class RowChecks {
    private final String file;
    private final Schema schema;
    private final long asOf;
    private final int maxFindings;
    private final List<Finding> findings = new ArrayList<>();
    private final DuplicateRows duplicates = new DuplicateRows();
    private Field[] columns;
    private int width;
    private int[] indexOf;
    private long[] times;
    private int rows;
    private boolean truncated;

    RowChecks(String file, Schema schema, long asOf, int maxFindings) {
      this.file = file;
      this.schema = schema;
      this.asOf = asOf;
      this.maxFindings = maxFindings;
    }

    boolean record(String[] cells, int count, int[] lines, int[] cols, boolean unterminated) {
      if (columns == null) {
        header(cells, count, lines, cols);
        return !truncated;
      }
      rows++;
      int line = lines[0];
      if (unterminated) {
        add(Severity.ERROR, new Location(file, lines[count - 1], cols[count - 1], null), "register.unterminated");
      }
      int used = count;
      while (used > width && cells[used - 1].isBlank()) {
        used--;
      }
      if (used != width) {
        String key = used > width ? "register.too_many_cells" : "register.too_few_cells";
        int at = Math.min(used, width) - 1;
        add(Severity.ERROR, new Location(file, lines[Math.max(at, 0)], cols[Math.max(at, 0)], null), key,
            Integer.toString(used), Integer.toString(width));
        return !truncated;
      }
      Arrays.fill(times, Long.MIN_VALUE);
      for (int c = 0; c < width; c++) {
        Field f = columns[c];
        if (f == null) {
          continue;
        }
        String cell = strip(cells[c]);
        Location at = new Location(file, lines[c], cols[c], f.name());
        if (cell.isEmpty()) {
          if (f.required()) {
            add(Severity.ERROR, at, "register.required", f.name());
          }
          continue;
        }
        switch (f.type()) {
          case DATE, DATETIME -> {
            long t = CellTime.parse(cell, f.type() == FieldType.DATETIME);
            if (t < 0) {
              add(Severity.ERROR, at, f.type() == FieldType.DATE ? "register.bad_date" : "register.bad_datetime",
                  cell);
            } else {
              times[c] = t;
            }
          }
          case INTEGER -> {
            if (!positive(cell)) {
              add(Severity.ERROR, at, "register.bad_count", cell);
            }
          }
          case ENUM -> {
            if (!f.values().contains(cell)) {
              add(Severity.ERROR, at, "register.bad_value", cell, String.join("、", f.values()));
            }
          }
          default -> { }
        }
      }
      for (RowRule rule : schema.rules()) {
        check(rule, cells, lines, cols, line);
      }
      int first = duplicates.firstLine(cells, width, line);
      if (first > 0) {
        add(Severity.WARNING, new Location(file, line, 1, null), "register.duplicate", Integer.toString(first));
      }
      return !truncated;
    }

    private void header(String[] cells, int count, int[] lines, int[] cols) {
      width = count;
      while (width > 0 && cells[width - 1].isBlank()) {
        width--;
      }
      columns = new Field[width];
      indexOf = new int[schema.fields().size()];
      Arrays.fill(indexOf, -1);
      times = new long[width];
      for (int c = 0; c < width; c++) {
        Field f = schema.fieldForHeader(cells[c]);
        if (f != null && indexOf[schema.fields().indexOf(f)] < 0) {
          columns[c] = f;
          indexOf[schema.fields().indexOf(f)] = c;
        }
      }
      for (int i = 0; i < schema.fields().size(); i++) {
        Field f = schema.fields().get(i);
        if (f.required() && indexOf[i] < 0) {
          add(Severity.ERROR, new Location(file, lines[0], 1, f.name()), "register.missing_column", f.name());
        }
      }
    }

    private void check(RowRule rule, String[] cells, int[] lines, int[] cols, int line) {
      if (rule instanceof RowRule.EndNotBeforeStart r) {
        int s = column(r.start());
        int e = column(r.end());
        if (s >= 0 && e >= 0 && times[s] != Long.MIN_VALUE && times[e] != Long.MIN_VALUE && times[e] < times[s]) {
          add(Severity.ERROR, new Location(file, lines[e], cols[e], r.end()), "register.end_before_start",
              r.end(), strip(cells[e]), r.start(), strip(cells[s]));
        }
      } else if (rule instanceof RowRule.Returned r) {
        int l = column(r.lent());
        int back = column(r.returned());
        if (l >= 0 && times[l] != Long.MIN_VALUE && CellTime.day(times[l]) <= asOf
            && (back < 0 || strip(cells[back]).isEmpty())) {
          int at = back >= 0 ? back : l;
          add(Severity.WARNING, new Location(file, lines[at], cols[at], r.returned()), "register.not_returned",
              strip(cells[l]), asOfText());
        }
      } else if (rule instanceof RowRule.RequiredWhen r) {
        int when = column(r.field());
        if (when >= 0 && strip(cells[when]).equals(r.equals())) {
          for (String needed : r.required()) {
            int c = column(needed);
            if (c < 0 || strip(cells[c]).isEmpty()) {
              int at = c >= 0 ? c : when;
              add(Severity.ERROR, new Location(file, lines[at], cols[at], needed), "register.required_when",
                  needed, r.field(), r.equals());
            }
          }
        }
      }
    }

    private String asOfText() {
      return String.format("%04d-%02d-%02d", asOf / 10000, asOf / 100 % 100, asOf % 100);
    }

    private int column(String fieldName) {
      Field f = schema.field(fieldName);
      return f == null ? -1 : indexOf[schema.fields().indexOf(f)];
    }

    private void add(Severity severity, Location at, String key, String... args) {
      if (maxFindings > 0 && findings.size() >= maxFindings) {
        truncated = true;
        return;
      }
      findings.add(new Finding(schema.id(), severity, at, Message.of(key, args), null));
    }

    RegisterReport report() {
      return new RegisterReport(schema, rows, findings, truncated);
    }
  }

  /** Cells are compared without surrounding spaces or full-width spaces. */
  static String strip(String cell) {
    int start = 0;
    int end = cell.length();
    while (start < end && isSpace(cell.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(cell.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == cell.length() ? cell : cell.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000' || c == '\t';
  }

  private static boolean positive(String cell) {
    if (cell.isEmpty() || cell.length() > 9 || cell.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < cell.length(); i++) {
      if (cell.charAt(i) < '0' || cell.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
