package org.zhidu.core.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.finding.RowPlace;

/**
 * A CSV input read whole by the registers' tokenizer ({@link CsvText}) and described by a {@link Schema}: the rota
 * sheet, the swap log, the events register, any small register a command reads row by row. Columns are found by the
 * schema's header matching (a field's name or one of its aliases), cells by field name, each with the file, line and
 * column where it begins. What a cell must hold is left to the caller; the table only refuses what cannot be read as
 * a table of that schema:
 *
 * <ul>
 *   <li>no header at all, a header wider than {@link HeaderNames#MOST_COLUMNS}, or a header without a required
 *       column: an {@link InputException} at the header's line naming every missing column with its aliases;
 *   <li>a quote the file never closes: an {@link InputException} where the quote opens;
 *   <li>a row with more or fewer cells than the header (blank cells past the last column not counted): a
 *       {@link Problem} at that row, as the registers report it, and the row is left out of {@link #rows()}.
 * </ul>
 *
 * Blank lines and lines of nothing but commas are skipped.
 */
public final class Table {

  /**
   * A row that is not a row of the table (too many or too few cells), at the cell where it goes wrong.
   *
   * @param location the cell where the row goes wrong
   * @param message what is wrong, as a catalogue message
   */
  public record Problem(Location location, Message message) {}

  private final String file;
  private final Schema schema;
  /** The column of each field of the schema, by the field's name; absent when the header lacks it. */
  private final Map<String, Integer> columns;
  private final List<Row> rows;
  private final List<Problem> problems;
  private final List<Problem> nearMisses;

  private Table(String file, Schema schema, Map<String, Integer> columns, List<Row> rows, List<Problem> problems,
      List<Problem> nearMisses) {
    this.file = file;
    this.schema = schema;
    this.columns = columns;
    this.rows = List.copyOf(rows);
    this.problems = List.copyOf(problems);
    this.nearMisses = List.copyOf(nearMisses);
  }

  /**
   * Reads a table.
   *
   * @param file the file's name as the user wrote it, for locations ({@code null} for input without a file)
   * @param text the decoded text (a leading byte-order mark is ignored)
   * @param schema what the columns are
   * @return the table, with its rows, the rows that are not rows of it, and the header's near misses
   * @throws InputException when the text has no header, lacks a required column or leaves a quote open
   */
  public static Table read(String file, String text, Schema schema) {
    List<Row> rows = new ArrayList<>();
    Reading reading = new Reading(file, schema, rows::add, false);
    CsvText.scan(TextPart.of(text), reading::record);
    if (reading.columns == null) {
      throw new InputException(new Location(file, 1, 1, null), Message.of("csv.empty"));
    }
    return new Table(file, schema, reading.columns, rows, reading.problems, reading.nearMisses);
  }

  /**
   * Reads a table row by row without keeping its rows, for a register too large to hold (a million leave requests):
   * each row is handed to {@code each} in file order, read in place without copying its cells: a row is valid only
   * while {@code each} runs (its {@link Row#place()} may be kept).
   *
   * @param file the file's name as the user wrote it, for locations ({@code null} for input without a file)
   * @param text the decoded text
   * @param schema what the columns are
   * @param each receives each row while it is read
   * @return the header's columns and the rows that were not rows of the table
   * @throws InputException as {@link #read} does
   */
  public static Scan scan(String file, String text, Schema schema, Consumer<Row> each) {
    Reading reading = new Reading(file, schema, each, true);
    CsvText.scan(TextPart.of(text), reading::record);
    if (reading.columns == null) {
      throw new InputException(new Location(file, 1, 1, null), Message.of("csv.empty"));
    }
    return new Scan(reading.columns, reading.problems, reading.nearMisses);
  }

  /**
   * Reads a table given as consecutive parts of whole lines (the chunks of a large file, the first holding the
   * header), the later parts at once on the caller's thread and a helper the caller's executor runs: each part's rows
   * go, in order, to the consumer {@code each} makes for it, the parts in any order. Problems come back in file order.
   * Core starts no thread of its own: the executor is the caller's, {@code null} to read every part on this thread.
   *
   * @param file the file's name as the user wrote it, for locations
   * @param texts the parts, in file order
   * @param schema what the columns are
   * @param each makes the consumer of run {@code k}'s rows; called once per run, on the thread that reads it
   * @param helper runs a second reader of the later runs, or {@code null}
   * @return the header's columns and the rows that were not rows of the table
   * @throws InputException as {@link #read} does; of several, the first in file order
   */
  public static Scan scan(String file, List<TextPart> texts, Schema schema, IntFunction<Consumer<Row>> each,
      Executor helper) {
    return scan(file, texts, schema, each, k -> { }, helper);
  }

  /**
   * The same, telling {@code read} of each part once all its rows have been handed over (on the thread that read
   * it, part 0 first and before any other is read; a part whose reading failed is not told of). The parts up to the
   * one with the header (after parts of nothing but blank lines) go to the first part's consumer; {@code each} is
   * not asked for theirs.
   *
   * @param file the file's name as the user wrote it, for locations
   * @param texts the parts, in file order
   * @param schema what the columns are
   * @param each makes the consumer of part {@code k}'s rows; called once per part, on the thread that reads it
   * @param read told of each part once its rows are handed over
   * @param helper runs a second reader of the later parts, or {@code null}
   * @return the header's columns and the rows that were not rows of the table
   * @throws InputException as {@link #read} does; of several, the first in file order
   */
  public static Scan scan(String file, List<TextPart> texts, Schema schema, IntFunction<Consumer<Row>> each,
      IntConsumer read, Executor helper) {
    CellStrings mine = new CellStrings();
    Reading first = new Reading(file, schema, each.apply(0), true, mine);
    // the header is in the first part, or in a later one after parts of nothing but blank lines
    int header = 0;
    CsvText.scan(texts.get(0), first::record);
    while (first.columns == null && header + 1 < texts.size()) {
      CsvText.scan(texts.get(++header), first::record);
    }
    if (first.columns == null) {
      throw new InputException(new Location(file, 1, 1, null), Message.of("csv.empty"));
    }
    for (int k = 0; k <= header; k++) {
      read.accept(k);
    }
    Reading[] readings = new Reading[texts.size()];
    java.util.Arrays.fill(readings, 0, header + 1, first);
    Throwable[] failures = new Throwable[texts.size()];
    AtomicInteger next = new AtomicInteger(header + 1);
    Thread caller = Thread.currentThread();
    Runnable work = () -> {
      CellStrings strings = Thread.currentThread() == caller ? mine : new CellStrings();
      for (int k = next.getAndIncrement(); k < texts.size(); k = next.getAndIncrement()) {
        try {
          Reading reading = first.continued(each.apply(k), strings);
          readings[k] = reading;
          CsvText.scan(texts.get(k), reading::record);
          read.accept(k);
        } catch (RuntimeException | Error e) {
          failures[k] = e; // handed to the caller's thread, in file order: never a trace of a helper thread
        }
      }
    };
    CompletableFuture<Void> second = helper == null || texts.size() - header < 3 ? null
        : CompletableFuture.runAsync(work, helper);
    work.run();
    if (second != null) {
      second.join(); // the work catches everything it meets: join returns normally
    }
    List<Problem> problems = new ArrayList<>();
    for (int k = 0; k < texts.size(); k++) {
      if (failures[k] instanceof Error error) {
        throw error;
      }
      if (failures[k] != null) {
        throw (RuntimeException) failures[k];
      }
      if (k == 0 || readings[k] != first) {
        problems.addAll(readings[k].problems);
      }
    }
    return new Scan(first.columns, problems, first.nearMisses);
  }

  /** What a scan found besides its rows: the header's columns and the rows that were not rows of the table. */
  public static final class Scan {
    private final Map<String, Integer> columns;
    private final List<Problem> problems;
    private final List<Problem> nearMisses;

    private Scan(Map<String, Integer> columns, List<Problem> problems, List<Problem> nearMisses) {
      this.columns = columns;
      this.problems = List.copyOf(problems);
      this.nearMisses = List.copyOf(nearMisses);
    }

    /**
     * The header's columns written almost as the schema's, as {@link Table#nearMisses()}.
     *
     * @return the near misses, in header order; empty when there are none
     */
    public List<Problem> nearMisses() {
      return nearMisses;
    }

    /**
     * Whether the header has the field's column.
     *
     * @param field a field's name in the schema
     * @return {@code true} when the header has a column for it
     */
    public boolean has(String field) {
      return columns.containsKey(field);
    }

    /**
     * The rows that could not be read as rows of the table, in file order.
     *
     * @return the problems; empty when every row is a row of the table
     */
    public List<Problem> problems() {
      return problems;
    }
  }

  /**
   * The file's name as the user wrote it, or {@code null} for input without a file.
   *
   * @return the name used in locations
   */
  public String file() {
    return file;
  }

  /**
   * The schema the table was read with.
   *
   * @return the schema
   */
  public Schema schema() {
    return schema;
  }

  /**
   * The rows after the header, in file order, without the blank ones and those listed in {@link #problems()}.
   *
   * @return the rows; unmodifiable
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The rows that could not be read as rows of the table, in file order.
   *
   * @return the problems; unmodifiable, empty when every row is a row of the table
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The header's columns the schema does not know but that are written almost as one it does (次數 or 次数(次) for
   * 次数): a warning each, at the cell, naming both ({@code csv.column_near}); the column is not read.
   *
   * @return the near misses, in header order; unmodifiable, empty when there are none
   */
  public List<Problem> nearMisses() {
    return nearMisses;
  }

  /**
   * Whether the header has the field's column.
   *
   * @param field a field's name in the schema (not an alias)
   * @return {@code true} when the header has a column for it
   * @throws IllegalArgumentException if the schema has no such field
   */
  public boolean has(String field) {
    return columns.containsKey(known(schema, field));
  }

  private static String known(Schema schema, String field) {
    if (schema.field(field) == null) {
      throw new IllegalArgumentException(schema.id() + " has no field " + field);
    }
    return field;
  }

  /** One row: its cells by field, and where each begins. */
  public static final class Row implements RowPlace {
    private final String file;
    private final Schema schema;
    private final Layout layout;
    /** The cells as strings (a row kept by {@link #read}), or {@code null} for a row seen during a scan. */
    private final String[] cells;
    /** During a scan: the tokenizer's record, read in place while the row is handed over. */
    private final Cells live;
    private final CellStrings strings;
    private final int generation;
    private final int[] lines;
    /** The columns of a kept row; a row of a scan counts its own when first located. */
    private final int[] cols;

    private Row(Reading table, String[] cells, Cells live, int[] lines, int[] cols) {
      this.file = table.file;
      this.schema = table.schema;
      this.layout = table.layout;
      this.strings = table.strings;
      this.cells = cells;
      this.live = live;
      this.generation = live == null ? 0 : live.generation;
      this.lines = lines;
      this.cols = cols;
    }

    /** The record a row of a scan reads, refused once the scan has moved on (a kept row would read the next). */
    private Cells current() {
      if (live.generation != generation) {
        throw new IllegalStateException("a row of Table.scan is read only while it is handed over; keep place()");
      }
      return live;
    }

    private int[] columns() {
      return live == null ? cols : current().columns();
    }

    /**
     * The field's cell read as a day, or a day and a time when {@code timeAllowed} ({@link CellTime}'s yyyyMMddHHmm),
     * without making a string of it; -1 when it is neither or the header has no such column.
     *
     * @param field a field's name in the schema
     * @param timeAllowed whether a time may follow the day
     * @return the value yyyyMMddHHmm, or -1
     * @throws IllegalStateException if the row of a scan is read after it was handed over
     */
    public long time(String field, boolean timeAllowed) {
      int c = layout.column(field);
      if (c < 0) {
        return -1;
      }
      if (cells != null) {
        return CellTime.parse(cells[c], timeAllowed);
      }
      Cells now = current();
      return CellTime.parse(now.source[c], now.from[c], now.to[c], timeAllowed);
    }

    /**
     * Whether the header has the field's column.
     *
     * @param field a field's name in the schema (not an alias)
     * @return {@code true} when the header has a column for it
     * @throws IllegalArgumentException if the schema has no such field
     */
    public boolean has(String field) {
      return layout.column(known(schema, field)) >= 0;
    }

    /**
     * The line where the row begins.
     *
     * @return the 1-based line of its first cell
     */
    public int line() {
      return lines[0];
    }

    /**
     * The field's cell without surrounding spaces (a full-width space counts as one, and one inside the cell is read
     * as a plain space), or "" when the header has no such column.
     *
     * @param field a field's name in the schema (not an alias)
     * @return the cell's text, or ""
     * @throws IllegalStateException if the row of a scan is read after it was handed over
     */
    public String text(String field) {
      int c = layout.column(field);
      if (c < 0) {
        return "";
      }
      if (cells != null) {
        return stripped(cells[c]);
      }
      Cells now = current();
      return strings.text(now.source[c], now.from[c], now.to[c]);
    }

    /**
     * Where the field's cell begins: the row's first cell when the header has no such column. A row is its own
     * place while it is read; {@link #place()} is the place to keep.
     */
    @Override
    public Location at(String field) {
      return at(file, layout, lines, columns(), field);
    }

    @Override
    public long packed(String field) {
      int[] k = columns();
      int c = Math.max(layout.column(field), 0);
      return (long) lines[c] << 32 | k[c];
    }

    /**
     * Where the row's cells are, without holding their text: for a finding made after the row is dropped.
     *
     * @return a place that keeps only the lines and columns of the row's cells
     */
    public RowPlace place() {
      String f = file;
      Layout c = layout;
      int[] l = live == null ? lines : Arrays.copyOf(lines, live.count);
      int[] k = live == null ? cols : Arrays.copyOf(columns(), live.count);
      return new RowPlace() {
        @Override
        public Location at(String field) {
          return Row.at(f, c, l, k, field);
        }

        @Override
        public long packed(String field) {
          int at = Math.max(c.column(field), 0);
          return (long) l[at] << 32 | k[at];
        }
      };
    }

    private static Location at(String file, Layout layout, int[] lines, int[] cols, String field) {
      int c = layout.column(field);
      return c < 0 ? new Location(file, lines[0], cols[0], field) : new Location(file, lines[c], cols[c], field);
    }

    /**
     * Where the row begins, with no field.
     *
     * @return the location of the row's first cell
     */
    public Location start() {
      return new Location(file, lines[0], columns()[0], null);
    }
  }

  /** A cell without surrounding spaces, a full-width space read as a plain one. */
  static String stripped(String cell) {
    int n = cell.length();
    if (n > 0 && cell.charAt(0) > ' ' && cell.charAt(n - 1) > ' ' && cell.indexOf('\u3000') < 0
        && !Character.isWhitespace(cell.charAt(0)) && !Character.isWhitespace(cell.charAt(n - 1))) {
      return cell; // nothing to strip: most cells
    }
    return cell.indexOf('\u3000') < 0 ? cell.strip() : cell.strip().replace('\u3000', ' ').strip();
  }

  /**
   * Which column holds each field of the schema, found by the field's name as the schema spells it: the names are
   * the schema's own strings, so a lookup is usually decided by identity within a few comparisons.
   */
  private static final class Layout {
    private final Schema schema;
    private final String[] names;
    private final int[] columns;

    Layout(Schema schema, Map<String, Integer> byName) {
      this.schema = schema;
      List<Field> fields = schema.fields();
      names = new String[fields.size()];
      columns = new int[fields.size()];
      for (int i = 0; i < names.length; i++) {
        names[i] = fields.get(i).name();
        columns[i] = byName.getOrDefault(names[i], -1);
      }
    }

    /** The field's column, or -1 when the header lacks it; an unknown field is a programming error. */
    int column(String field) {
      for (int i = 0; i < names.length; i++) {
        if (names[i] == field) {
          return columns[i];
        }
      }
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(field)) {
          return columns[i];
        }
      }
      known(schema, field);
      return -1;
    }
  }

  /** The state of one pass over the text. */
  private static final class Reading {
    private final String file;
    private final Schema schema;
    private Map<String, Integer> columns;
    private int width;
    private String[] fieldAt;
    private final Consumer<Row> each;
    /** Whether rows are handed over in place (a scan) rather than copied to be kept (a read). */
    private final boolean lazy;
    private Layout layout;
    /** The cells a scan has made strings of, so that a name met a million times is one string. */
    private final CellStrings strings;
    private final List<Problem> problems = new ArrayList<>();
    /** The header's columns written almost as the schema's (read by the first reading only). */
    private final List<Problem> nearMisses = new ArrayList<>();

    /** A reading of a later run of the same table: the header already read. */
    Reading continued(Consumer<Row> rows, CellStrings strings) {
      Reading r = new Reading(file, schema, rows, lazy, strings);
      r.columns = columns;
      r.layout = layout;
      r.width = width;
      r.fieldAt = fieldAt;
      return r;
    }

    Reading(String file, Schema schema, Consumer<Row> each, boolean lazy) {
      this(file, schema, each, lazy, lazy ? new CellStrings() : null);
    }

    Reading(String file, Schema schema, Consumer<Row> each, boolean lazy, CellStrings strings) {
      this.strings = strings;
      this.file = file;
      this.schema = schema;
      this.each = each;
      this.lazy = lazy;
    }

    boolean record(Cells row) {
      if (row.unterminated) {
        int last = row.count - 1;
        String field = columns != null && last < width ? fieldAt[last] : null;
        throw new InputException(new Location(file, row.lines[last], row.columns()[last], field),
            Message.of("csv.unterminated"));
      }
      if (row.isBlankRecord()) {
        return true;
      }
      if (columns == null) {
        header(row);
        return true;
      }
      int used = row.used(width);
      if (used != width) {
        int at = Math.max(Math.min(used, width) - 1, 0);
        problems.add(new Problem(new Location(file, row.lines[at], row.columns()[at], fieldAt[at]),
            Message.of(used > width ? "csv.too_many_cells" : "csv.too_few_cells", Integer.toString(used),
                Integer.toString(width))));
        return true;
      }
      if (lazy) {
        // a scan hands the record over in place: the row is read while the consumer runs, and only then
        each.accept(new Row(this, null, row, row.lines, null));
        return true;
      }
      String[] cells = new String[width];
      for (int c = 0; c < width; c++) {
        cells[c] = row.cell(c);
      }
      each.accept(new Row(this, cells, null, Arrays.copyOf(row.lines, width), Arrays.copyOf(row.columns(), width)));
      return true;
    }

    private void header(Cells row) {
      width = row.used(0);
      HeaderNames.requireWidth(file, row.lines[0], width);
      columns = new HashMap<>();
      fieldAt = new String[width];
      Map<String, Field> index = HeaderNames.index(schema);
      List<String> cells = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        cells.add(row.cell(c));
        Field f = index.get(Schema.normal(cells.get(c)));
        if (f != null && columns.containsKey(f.name())) {
          // two columns for one field: which one holds the value cannot be told
          throw new InputException(new Location(file, row.lines[c], row.columns()[c], f.name()),
              Message.of("csv.column_twice", row.cell(c).strip(), f.name()));
        }
        if (f != null) {
          columns.put(f.name(), c);
          fieldAt[c] = f.name();
        }
      }
      for (HeaderNames.Miss miss : HeaderNames.misses(cells, schema)) {
        nearMisses.add(new Problem(new Location(file, row.lines[miss.column()], row.columns()[miss.column()], null),
            Message.of("csv.column_near", miss.written(), miss.field().name())));
      }
      layout = new Layout(schema, columns);
      List<String> missing = new ArrayList<>();
      for (Field f : schema.fields()) {
        if (f.required() && !columns.containsKey(f.name())) {
          List<String> names = new ArrayList<>(f.aliases());
          names.add(0, f.name());
          missing.add(String.join(" / ", names));
        }
      }
      if (!missing.isEmpty()) {
        // one header cell holding ; or a tab: the file is separated by another character than the comma
        boolean otherSeparator = width == 1 && (row.cell(0).indexOf(';') >= 0 || row.cell(0).indexOf('\t') >= 0);
        throw new InputException(new Location(file, row.lines[0], 1, null),
            Message.of(otherSeparator ? "csv.missing_column_separator" : "csv.missing_column",
                String.join("、", missing)));
      }
    }
  }
}
