package org.zhidu.core.register;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.rule.RuleId;

/**
 * Checks one register's text against its schema (G1–G13): required columns present and cells filled, dates and
 * times that parse, positive counts, enum values, ends not before starts, things lent and not returned by the as-of
 * day, fields required by another's value, rows with too many or too few cells, duplicate rows. Every finding has the
 * file, line, column and field.
 *
 * <p>The static checks are pure: any number of threads may call them at once with the same schema. A {@link Merger}
 * is the state of one register's check and belongs to that check.
 */
public final class RegisterChecker {

  private RegisterChecker() {}

  /**
   * The header of a register's text (its first record, trailing empty cells dropped), or an error when it has none.
   *
   * @param file the file's name, for the location of an error
   * @param text the decoded text
   * @return the header's cells, never empty
   * @throws InputException if the text has no header or the header is too wide
   */
  public static List<String> header(String file, String text) {
    return header(file, TextPart.of(text));
  }

  /**
   * The header of a register's first part.
   *
   * @param file the file's name, for the location of an error
   * @param text the first part of the text
   * @return the header's cells, never empty
   * @throws InputException if the part has no header or the header is too wide
   */
  public static List<String> header(String file, TextPart text) {
    List<String> header = new ArrayList<>();
    CsvText.parse(text, (cells, count, lines, columns, unterminated) -> {
      int width = count;
      while (width > 0 && cells[width - 1].isBlank()) {
        width--;
      }
      HeaderNames.requireWidth(file, lines[0], width);
      header.addAll(Arrays.asList(cells).subList(0, width));
      return width == 0; // a line of nothing but commas before the header is passed over, as Table does
    });
    if (header.isEmpty()) {
      throw new InputException(new Location(file, 1, 1, null), Message.of("register.empty"));
    }
    return header;
  }

  /**
   * Which of the schemas the header is.
   *
   * @param header the header's cells
   * @param schemas the registers to choose from, in order
   * @return {@link Recognition.Recognised}, {@link Recognition.Ambiguous} or {@link Recognition.Unknown}
   */
  public static Recognition recognise(List<String> header, List<Schema> schemas) {
    return Recognition.of(header, schemas);
  }

  /**
   * The finding for a header that is none of the schemas (with the closest and what they miss), or several.
   *
   * @param file the file's name, for the location
   * @param r a recognition that is {@link Recognition.Ambiguous} or {@link Recognition.Unknown}
   * @return a G-HEADER error at the header
   */
  public static Finding unrecognised(String file, Recognition r) {
    Location at = new Location(file, 1, 1, null);
    if (r instanceof Recognition.Ambiguous a) {
      return RegisterProblem.AMBIGUOUS_REGISTER.at(at,
          String.join("、", a.candidates().stream().map(s -> s.id() + " " + s.name()).toList()));
    }
    Recognition.Unknown u = (Recognition.Unknown) r;
    List<String> closest = new ArrayList<>();
    for (Recognition.Candidate c : u.closest()) {
      closest.add(c.schema().id() + " " + c.schema().name() + "（" + String.join("、", c.missing()) + "）");
    }
    return RegisterProblem.UNKNOWN_REGISTER.at(at, closest.isEmpty() ? "—" : String.join("；", closest));
  }

  /**
   * Checks a register's whole text.
   *
   * @param file the file's name, for findings
   * @param text the decoded text
   * @param schema the register
   * @param asOf the day by which things lent should be back, as yyyyMMdd
   * @param maxFindings stop after this many findings (0: no limit)
   * @return the report: the rows counted and the findings in line order, duplicates included
   */
  public static RegisterReport check(String file, String text, Schema schema, long asOf, int maxFindings) {
    TextPart part = TextPart.of(text);
    Merger merger = new Merger(file, schema, asOf, maxFindings, part.to());
    merger.absorb(merger.checkPart(part, null));
    if (merger.confirming()) {
      merger.confirm(merger.hashPart(part, null));
    }
    return merger.report();
  }

  /**
   * Checks a register whose rows are already in memory (read from a database, a spreadsheet library or a form),
   * exactly as {@link #check(String, String, Schema, long, int)} checks the same rows written as CSV. The rows are
   * numbered as lines of that CSV: the header is line 1 and row {@code i} (from 0) is line {@code i + 2}, as long as
   * no cell before it holds a line break; each finding also names its field.
   *
   * <p>Pure: the checker keeps nothing between calls, and any number of threads may call it at once with the same
   * schema.
   *
   * @param source how locations name the register
   * @param header the column names, as the schema names them (Chinese names or their English aliases)
   * @param rows the rows, each a list of cells in the header's order ({@code null} cells read as empty)
   * @param schema the register's schema (one of {@code pack.registers()}, or one of the caller's own)
   * @param asOf the day by which things lent should be back (G6)
   * @return the rows counted and every finding, at its line and field
   * @throws InputException when the header is empty or does not fit the schema (a required column missing)
   * @throws NullPointerException when an argument or a row is {@code null}
   */
  public static RegisterReport check(String source, List<String> header, List<List<String>> rows, Schema schema,
      java.time.LocalDate asOf) {
    StringBuilder text = new StringBuilder();
    csvLine(header, text);
    for (List<String> row : rows) {
      csvLine(java.util.Objects.requireNonNull(row, "row"), text);
    }
    long day = asOf.getYear() * 10000L + asOf.getMonthValue() * 100L + asOf.getDayOfMonth();
    return check(source, text.toString(), schema, day, 0);
  }

  /** One record as RFC 4180 writes it: a cell quoted only when it holds a comma, a quote or a line break. */
  private static void csvLine(List<String> cells, StringBuilder out) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String cell = cells.get(i) == null ? "" : cells.get(i);
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
        out.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        out.append(cell);
      }
    }
    out.append('\n');
  }

  /** What one part of a register showed: its findings so far, and its rows' hashes for the duplicates. */
  public static final class Partial {
    private final RowChecks checks;

    private Partial(RowChecks checks) {
      this.checks = checks;
    }
  }

  /**
   * Checks one part of a register, independently of the others, so that a caller may check the parts of a large
   * file at once and {@link #merge} them.
   *
   * @param file the file's name, for findings
   * @param part the part
   * @param header the register's header for a part other than the first (which reads its own), else {@code null}
   * @param schema the register
   * @param asOf the day by which things lent should be back, as yyyyMMdd
   * @param maxFindings stop after this many findings (0: no limit)
   * @return what the part showed, for {@link #merge}
   */
  public static Partial checkPart(
      String file, TextPart part, List<String> header, Schema schema, long asOf, int maxFindings) {
    RowChecks checks = new RowChecks(file, schema, asOf, maxFindings);
    if (header != null) {
      checks.useHeader(header);
    }
    CsvText.scan(part, checks::record);
    return new Partial(checks);
  }

  /**
   * A register read part after part, each part checked on any thread ({@link #checkPart}) and absorbed in file order
   * ({@link #absorb}), then dropped: what is kept of the rows is 32 bits of each one's hash ({@link RowFingerprints}),
   * with the findings. A row whose 32 bits were met before is a candidate duplicate; when there are candidates
   * ({@link #confirming}), the register is read a second time, rows hashed only ({@link #hashPart}), up to the last
   * candidate's line ({@link #confirmedAfter}), and each candidate is a duplicate when an earlier row has the same
   * 64-bit hash: the row it repeats is the first such row, as when every hash was kept. Two different rows share a
   * 64-bit hash with a probability near 2⁻⁶⁴ per pair (about 5 × 10⁻⁶ over the 10¹⁴ pairs of fourteen million
   * rows), and would then be said to repeat each other: that risk, and no other, remains.
   */
  public static final class Merger {
    private final String file;
    private final Schema schema;
    private final long asOf;
    private final int maxFindings;
    private final long bytes;
    private RowFingerprints seen;
    private final List<Finding> found = new ArrayList<>();
    /** The candidates' lines and hashes, in file order. */
    private int[] candidateLines = new int[16];
    private long[] candidateHashes = new long[16];
    private int candidates;
    /** While confirming: each candidate's hash and the first line that has it (0 until met). */
    private DuplicateRows firsts;
    private int rows;
    private boolean truncated;
    /** Hash arrays given back by absorbed parts, for the next parts. */
    private final java.util.ArrayDeque<long[]> spareHashes = new java.util.ArrayDeque<>();
    private final java.util.ArrayDeque<int[]> spareLines = new java.util.ArrayDeque<>();
    /** The header as the parts after the first read it, worked out once. */
    private RowChecks headerRead;

    /**
     * A merger of one register's parts.
     *
     * @param file the file's name, for findings
     * @param schema the register
     * @param asOf the day by which things lent should be back, as yyyyMMdd
     * @param maxFindings stop after this many findings (0: no limit)
     * @param bytes about how large the register is (0 when unknown), to size the rows' table once
     */
    public Merger(String file, Schema schema, long asOf, int maxFindings, long bytes) {
      this.file = file;
      this.schema = schema;
      this.asOf = asOf;
      this.maxFindings = maxFindings;
      this.bytes = bytes;
    }

    /**
     * Checks one part on the calling thread, as {@link RegisterChecker#checkPart} does.
     *
     * @param part the part
     * @param header the register's header for a part other than the first (which reads its own), else null
     * @return what the part showed, for {@link #absorb}
     */
    public Partial checkPart(TextPart part, List<String> header) {
      return read(part, header, false);
    }

    /**
     * One part's rows hashed only, for {@link #confirm}.
     *
     * @param part the part
     * @param header the register's header for a part other than the first, else {@code null}
     * @return the part's row hashes, for {@link #confirm}
     */
    public Partial hashPart(TextPart part, List<String> header) {
      return read(part, header, true);
    }

    private Partial read(TextPart part, List<String> header, boolean hashOnly) {
      RowChecks checks = new RowChecks(file, schema, asOf, hashOnly ? 0 : maxFindings);
      checks.hashOnly = hashOnly;
      synchronized (spareHashes) {
        if (!spareHashes.isEmpty()) {
          checks.hashes = spareHashes.pop();
          checks.hashLines = spareLines.pop();
        }
      }
      if (header != null) {
        RowChecks read;
        synchronized (this) {
          read = headerRead;
          if (read == null) {
            read = new RowChecks(file, schema, asOf, 0);
            read.useHeader(header);
            headerRead = read;
          }
        }
        checks.sameHeader(read);
      }
      CsvText.scan(part, checks::record);
      checks.bytes = part.to() - part.from();
      return new Partial(checks);
    }

    private void giveBack(RowChecks part) {
      synchronized (spareHashes) {
        if (spareHashes.size() < 16) {
          spareHashes.push(part.hashes);
          spareLines.push(part.hashLines);
        }
      }
      part.hashes = null;
      part.hashLines = null;
    }

    /**
     * Takes the next part in file order: its findings, and its rows looked up among the rows before.
     *
     * @param partial what {@link #checkPart} gave for the part after the last one absorbed
     */
    public void absorb(Partial partial) {
      RowChecks part = partial.checks;
      if (seen == null) {
        // the first part tells how many bytes a row takes: the table is sized for the whole register from it
        long expected = bytes > 0 && part.bytes > 0 && part.hashCount > 0
            ? (long) (bytes / (double) part.bytes * part.hashCount * 1.02) : 0;
        seen = new RowFingerprints(Math.max(expected, part.hashCount));
      }
      rows += part.rows;
      truncated |= part.truncated;
      found.addAll(part.findings);
      for (int k = 0; k < part.hashCount; k++) {
        if (seen.seen(part.hashes[k])) {
          if (candidates == candidateLines.length) {
            candidateLines = Arrays.copyOf(candidateLines, candidates * 2);
            candidateHashes = Arrays.copyOf(candidateHashes, candidates * 2);
          }
          candidateLines[candidates] = part.hashLines[k];
          candidateHashes[candidates++] = part.hashes[k];
        }
      }
      giveBack(part);
    }

    /**
     * Whether some rows may repeat earlier ones: then the register is read again, through {@link #confirm}.
     *
     * @return {@code true} when a row's 32-bit hash was met before
     */
    public boolean confirming() {
      return candidates > 0;
    }

    /**
     * The line of the last candidate: the second reading may stop after the part that holds it.
     *
     * @return the line, or {@code 0} when there are no candidates
     */
    public int confirmedAfter() {
      return candidates == 0 ? 0 : candidateLines[candidates - 1];
    }

    /**
     * Takes the next part of the second reading, in file order ({@link #hashPart}).
     *
     * @param partial what {@link #hashPart} gave for the part after the last one confirmed
     */
    public void confirm(Partial partial) {
      RowChecks part = partial.checks;
      if (firsts == null) {
        seen = null; // the 32 bits are no longer needed
        firsts = new DuplicateRows();
        for (int c = 0; c < candidates; c++) {
          firsts.put(candidateHashes[c]);
        }
      }
      for (int k = 0; k < part.hashCount; k++) {
        firsts.meet(part.hashes[k], part.hashLines[k]);
      }
      giveBack(part);
    }

    /**
     * The findings in line order, the duplicate rows among them, within the limit.
     *
     * @return the report, the duplicates confirmed by the second reading among the findings
     */
    public RegisterReport report() {
      List<Finding> duplicates = new ArrayList<>();
      for (int c = 0; c < candidates && !enough(duplicates, maxFindings); c++) {
        int first = firsts == null ? 0 : firsts.first(candidateHashes[c]);
        if (first > 0 && first < candidateLines[c]) {
          duplicates.add(RegisterProblem.DUPLICATE.at(RuleId.of(schema.id()),
              new Location(file, candidateLines[c], 1, null), Integer.toString(first)));
        }
      }
      return ordered(schema, found, duplicates, rows, truncated, maxFindings);
    }
  }

  /**
   * The parts' findings in line order, with the duplicate rows found over all of them, within the limit.
   *
   * @param file the file's name, for findings
   * @param schema the register
   * @param parts what {@link #checkPart} gave for each part, in file order
   * @param maxFindings stop after this many findings (0: no limit)
   * @return the report
   */
  public static RegisterReport merge(String file, Schema schema, List<Partial> parts, int maxFindings) {
    List<RowChecks> checks = new ArrayList<>();
    parts.forEach(p -> checks.add(p.checks));
    return mergeChecks(file, schema, checks, maxFindings);
  }

  private static RegisterReport mergeChecks(String file, Schema schema, List<RowChecks> parts, int maxFindings) {
    DuplicateRows seen = new DuplicateRows();
    List<Finding> duplicates = new ArrayList<>();
    List<Finding> found = new ArrayList<>();
    int rows = 0;
    boolean truncated = false;
    for (RowChecks part : parts) {
      rows += part.rows;
      truncated |= part.truncated;
      found.addAll(part.findings);
      for (int k = 0; k < part.hashCount; k++) {
        int earlier = seen.firstLine(part.hashes[k], part.hashLines[k]);
        if (earlier > 0 && !enough(duplicates, maxFindings)) {
          duplicates.add(RegisterProblem.DUPLICATE.at(RuleId.of(schema.id()),
              new Location(file, part.hashLines[k], 1, null), Integer.toString(earlier)));
        }
      }
    }
    return ordered(schema, found, duplicates, rows, truncated, maxFindings);
  }

  /**
   * Whether the duplicates found, in line order, are enough: one past the limit shows the report stops short, and a
   * register of millions of repeated rows keeps no more than that.
   */
  private static boolean enough(List<Finding> duplicates, int maxFindings) {
    return maxFindings > 0 && duplicates.size() > maxFindings;
  }

  /** The findings with the duplicates put in among them by line, within the limit. */
  private static RegisterReport ordered(Schema schema, List<Finding> found, List<Finding> duplicates, int rows,
      boolean truncated, int maxFindings) {
    List<Finding> all = new ArrayList<>(found.size() + duplicates.size());
    int d = 0;
    for (Finding f : found) {
      while (d < duplicates.size() && duplicates.get(d).location().line() < f.location().line()) {
        all.add(duplicates.get(d++));
      }
      all.add(f);
    }
    while (d < duplicates.size()) {
      all.add(duplicates.get(d++));
    }
    if (maxFindings > 0 && all.size() > maxFindings) {
      all = all.subList(0, maxFindings);
      truncated = true;
    }
    return new RegisterReport(schema, rows, all, truncated);
  }

  /** The state of one pass over a register. */
  private static final class RowChecks {
    private final String file;
    private final Schema schema;
    private final RuleId rule;
    private final long asOf;
    private final int maxFindings;
    private final List<Finding> findings = new ArrayList<>();
    private long[] hashes = new long[0];
    private int[] hashLines = new int[0];
    private int hashCount;
    private Field[] columns;
    private int width;
    private int[] indexOf;
    private long[] times;
    /** The values each column's enumeration allows, as UTF-8 (null for a column that is no enumeration). */
    private byte[][][] allowed;
    /** For each row rule that compares a cell with a value, the value as UTF-8. */
    private byte[][] ruleValues;
    /** The record being checked, its cells already stripped. */
    private Cells row;
    /** For each row rule, the columns of the fields it names (-1 when absent), computed from the header. */
    private int[][] ruleColumns;
    private int rows;
    private boolean truncated;
    /** Rows hashed only, for a second reading: no cell checked, no finding. */
    private boolean hashOnly;
    /** The size of the part read, in bytes. */
    private long bytes;

    RowChecks(String file, Schema schema, long asOf, int maxFindings) {
      this.file = file;
      this.schema = schema;
      this.rule = RuleId.of(schema.id());
      this.asOf = asOf;
      this.maxFindings = maxFindings;
    }

    boolean record(Cells row) {
      int count = row.count;
      int[] lines = row.lines;
      this.row = row;
      if (columns == null) {
        if (row.isBlankRecord()) {
          return true; // a line of nothing but commas before the header
        }
        String[] cells = new String[count];
        for (int c = 0; c < count; c++) {
          cells[c] = row.cell(c);
        }
        header(cells, count, lines, row.columns());
        return !truncated;
      }
      rows++;
      int line = lines[0];
      if (row.unterminated) {
        add(RegisterProblem.UNTERMINATED, new Location(file, lines[count - 1], row.columns()[count - 1], null));
      }
      int used = row.used(width);
      if (used != width) {
        RegisterProblem problem = used > width ? RegisterProblem.TOO_MANY_CELLS : RegisterProblem.TOO_FEW_CELLS;
        int at = Math.max(Math.min(used, width) - 1, 0);
        add(problem, new Location(file, lines[at], row.columns()[at], null), Integer.toString(used),
            Integer.toString(width));
        return !truncated;
      }
      Arrays.fill(times, Long.MIN_VALUE);
      for (int c = 0; c < width; c++) {
        // Strip spaces, tabs and full-width spaces (E3 80 80 in UTF-8) by narrowing the cell's range.
        byte[] src = row.source[c];
        int a = row.from[c];
        int b = row.to[c];
        while (a < b) {
          int w = space(src, a, b);
          if (w == 0) {
            break;
          }
          a += w;
        }
        while (b > a) {
          if (src[b - 1] == ' ' || src[b - 1] == '\t') {
            b--;
          } else if (b - a >= 3 && space(src, b - 3, b) == 3) {
            b -= 3;
          } else {
            break;
          }
        }
        row.from[c] = a;
        row.to[c] = b;
      }
      for (int c = 0; c < width && !hashOnly; c++) {
        Field f = columns[c];
        if (f == null) {
          continue;
        }
        byte[] src = row.source[c];
        int a = row.from[c];
        int b = row.to[c];
        if (a == b) {
          if (f.required()) {
            add(RegisterProblem.REQUIRED, cellAt(lines, c, f), f.name());
          }
          continue;
        }
        switch (f.type()) {
          case DATE, DATETIME -> {
            long t = CellTime.parse(src, a, b, f.type() == FieldType.DATETIME);
            if (t < 0) {
              add(f.type() == FieldType.DATE ? RegisterProblem.BAD_DATE : RegisterProblem.BAD_DATETIME,
                  cellAt(lines, c, f), row.cell(c));
            } else {
              times[c] = t;
            }
          }
          case INTEGER -> {
            if (!positive(src, a, b)) {
              add(RegisterProblem.BAD_COUNT, cellAt(lines, c, f), row.cell(c));
            }
          }
          case ENUM -> {
            if (!isOneOf(src, a, b, allowed[c])) {
              add(RegisterProblem.BAD_VALUE, cellAt(lines, c, f), row.cell(c),
                  String.join("、", f.values()));
            }
          }
          default -> { }
        }
      }
      for (int r = 0; r < ruleColumns.length && !hashOnly; r++) {
        check(r, ruleColumns[r], lines);
      }
      if (hashCount == hashes.length) {
        hashes = Arrays.copyOf(hashes, Math.max(1024, hashCount * 2));
        hashLines = Arrays.copyOf(hashLines, Math.max(1024, hashCount * 2));
      }
      hashes[hashCount] = DuplicateRows.hash(row, width);
      hashLines[hashCount++] = line;
      return !truncated;
    }

    private Location cellAt(int[] lines, int c, Field f) {
      return new Location(file, lines[c], row.columns()[c], f.name());
    }

    /** The header another part's checks worked out from the same header cells ({@link #useHeader}). */
    void sameHeader(RowChecks other) {
      width = other.width;
      columns = other.columns;
      indexOf = other.indexOf;
      times = new long[width];
      allowed = other.allowed;
      ruleColumns = other.ruleColumns;
      ruleValues = other.ruleValues;
    }

    /** The header as another part of the file read it: columns mapped, no findings. */
    void useHeader(List<String> header) {
      String[] cells = header.toArray(String[]::new);
      header(cells, cells.length, new int[cells.length], new int[cells.length]);
      findings.clear();
      truncated = false;
    }

    private void header(String[] cells, int count, int[] lines, int[] cols) {
      width = count;
      while (width > 0 && cells[width - 1].isBlank()) {
        width--;
      }
      HeaderNames.requireWidth(file, lines[0], width);
      columns = new Field[width];
      indexOf = new int[schema.fields().size()];
      Arrays.fill(indexOf, -1);
      times = new long[width];
      allowed = new byte[width][][];
      Map<String, Field> index = HeaderNames.index(schema);
      for (int c = 0; c < width; c++) {
        Field f = index.get(Schema.normal(cells[c]));
        if (f != null && indexOf[schema.fields().indexOf(f)] < 0) {
          columns[c] = f;
          indexOf[schema.fields().indexOf(f)] = c;
          allowed[c] = f.values().stream().map(v -> v.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        } else if (f != null) {
          // a second column for the same field is not read: said, so that its values are not thought checked
          add(RegisterProblem.COLUMN_TWICE, new Location(file, lines[c], cols[c], f.name()), cells[c].strip(),
              f.name());
        }
      }
      ruleColumns = new int[schema.rules().size()][];
      ruleValues = new byte[ruleColumns.length][];
      for (int r = 0; r < ruleColumns.length; r++) {
        List<String> names = schema.rules().get(r).fields();
        ruleColumns[r] = new int[names.size()];
        for (int k = 0; k < names.size(); k++) {
          ruleColumns[r][k] = column(names.get(k));
        }
        if (schema.rules().get(r) instanceof RowRule.RequiredWhen w) {
          ruleValues[r] = w.equals().getBytes(StandardCharsets.UTF_8);
        }
      }
      for (int i = 0; i < schema.fields().size(); i++) {
        Field f = schema.fields().get(i);
        if (f.required() && indexOf[i] < 0) {
          add(RegisterProblem.MISSING_COLUMN, new Location(file, lines[0], 1, f.name()), f.name());
        }
      }
      // a column written almost as one of the register's (次數, 次数(次)): its cells would be read as blank unsaid
      for (HeaderNames.Miss miss : HeaderNames.misses(Arrays.asList(cells).subList(0, width), schema)) {
        add(RegisterProblem.COLUMN_NEAR, new Location(file, lines[miss.column()], cols[miss.column()], null),
            miss.written(), miss.field().name());
      }
    }

    /** One row rule over the row's cells; {@code at} holds the columns of the fields it names, in order. */
    private void check(int index, int[] at, int[] lines) {
      RowRule rule = schema.rules().get(index);
      if (rule instanceof RowRule.EndNotBeforeStart r) {
        int s = at[0];
        int e = at[1];
        if (s >= 0 && e >= 0 && times[s] != Long.MIN_VALUE && times[e] != Long.MIN_VALUE && times[e] < times[s]) {
          add(RegisterProblem.END_BEFORE_START, new Location(file, lines[e], row.columns()[e], r.end()),
              r.end(), row.cell(e), r.start(), row.cell(s));
        }
      } else if (rule instanceof RowRule.Returned r) {
        int l = at[0];
        int back = at[1];
        if (l >= 0 && times[l] != Long.MIN_VALUE && CellTime.day(times[l]) <= asOf
            && (back < 0 || row.from[back] == row.to[back])) {
          int c = back >= 0 ? back : l;
          add(RegisterProblem.NOT_RETURNED, new Location(file, lines[c], row.columns()[c], r.returned()),
              row.cell(l), asOfText());
        }
      } else if (rule instanceof RowRule.RequiredWhen r) {
        int when = at[0];
        if (when >= 0 && equalsCell(when, ruleValues[index])) {
          for (int k = 0; k < r.required().size(); k++) {
            int c = at[k + 1];
            if (c < 0 || row.from[c] == row.to[c]) {
              int cell = c >= 0 ? c : when;
              add(RegisterProblem.REQUIRED_WHEN,
                  new Location(file, lines[cell], row.columns()[cell], r.required().get(k)),
                  r.required().get(k), r.field(), r.equals());
            }
          }
        }
      } else if (rule instanceof RowRule.DifferentPeople r) {
        for (int k = 1; k < at.length; k++) {
          int c = at[k];
          if (c < 0 || row.from[c] == row.to[c]) {
            continue;
          }
          String name = row.cell(c).strip();
          for (int j = 0; j < k; j++) {
            int o = at[j];
            if (o >= 0 && row.from[o] != row.to[o] && row.cell(o).strip().equals(name)) {
              add(RegisterProblem.SAME_PERSON, new Location(file, lines[c], row.columns()[c], r.people().get(k)),
                  r.people().get(j), r.people().get(k), name);
              break;
            }
          }
        }
      }
    }

    private boolean equalsCell(int c, byte[] value) {
      return Arrays.equals(row.source[c], row.from[c], row.to[c], value, 0, value.length);
    }

    private String asOfText() {
      return String.format("%04d-%02d-%02d", asOf / 10000, asOf / 100 % 100, asOf % 100);
    }

    private int column(String fieldName) {
      Field f = schema.field(fieldName);
      return f == null ? -1 : indexOf[schema.fields().indexOf(f)];
    }

    private void add(RegisterProblem problem, Location at, String... args) {
      if (hashOnly) {
        return;
      }
      if (maxFindings > 0 && findings.size() >= maxFindings) {
        truncated = true;
        return;
      }
      findings.add(problem.at(rule, at, args));
    }

  }

  /**
   * Cells are compared without surrounding spaces, tabs or full-width spaces: how many bytes the space at {@code a}
   * takes (0 when there is none).
   */
  private static int space(byte[] s, int a, int b) {
    if (s[a] == ' ' || s[a] == '\t') {
      return 1;
    }
    return b - a >= 3 && s[a] == (byte) 0xE3 && s[a + 1] == (byte) 0x80 && s[a + 2] == (byte) 0x80 ? 3 : 0;
  }

  private static boolean positive(byte[] s, int a, int b) {
    if (b - a > 9 || s[a] == '0') {
      return false;
    }
    for (int i = a; i < b; i++) {
      if (s[i] < '0' || s[i] > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isOneOf(byte[] s, int a, int b, byte[][] values) {
    for (byte[] v : values) {
      if (Arrays.equals(s, a, b, v, 0, v.length)) {
        return true;
      }
    }
    return false;
  }
}
