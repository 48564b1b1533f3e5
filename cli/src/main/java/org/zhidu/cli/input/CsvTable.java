package org.zhidu.cli.input;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zhidu.cli.Context;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;

/**
 * A small CSV file read whole, with the line and column of every cell, and its columns found by name (Chinese or
 * English, spaces and full-width spaces around a header ignored). Blank lines are skipped.
 */
public final class CsvTable {

  /** One row: its cells, and the line and column where each begins. */
  public record Row(List<String> cells, int line, int[] columns) {}

  private final String file;
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<Row> rows;

  private CsvTable(String file, List<String> header, List<Row> rows) {
    this.file = file;
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(header.get(i).strip().replace("\u3000", "").toLowerCase(java.util.Locale.ROOT), i);
    }
    this.rows = rows;
  }

  /** A CSV file of the user's, decoded (UTF-8 or GB18030) and parsed; {@code path} as the user wrote it. */
  public static CsvTable read(Context context, Path path) {
    String shown = path.toString();
    return parse(shown, TextDecoding.read(context.workingDirectory().resolve(path), shown));
  }

  public static CsvTable parse(String file, String text) {
    List<Integer> lineStarts = new ArrayList<>();
    lineStarts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts.add(i + 1);
      }
    }
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
        .setFormat(CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get()).get()) {
      for (CSVRecord record : parser) {
        List<String> cells = record.toList();
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        int offset = (int) record.getCharacterPosition();
        int line = lineOf(lineStarts, offset);
        int[] cols = columnsOf(text, offset, cells.size(), lineStarts.get(line - 1));
        if (header == null) {
          header = cells;
        } else {
          rows.add(new Row(cells, line, cols));
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new InputException(new Location(file, 0, 0, null), Message.of("csv.unreadable", e.getMessage()));
    }
    if (header == null) {
      throw new InputException(new Location(file, 1, 1, null), Message.of("csv.empty"));
    }
    return new CsvTable(file, header, rows);
  }

  private static int lineOf(List<Integer> lineStarts, int offset) {
    int i = java.util.Collections.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** The column of each cell: commas outside quotes end a cell. */
  private static int[] columnsOf(String text, int offset, int count, int lineStart) {
    int[] cols = new int[count];
    boolean quoted = false;
    int cell = 0;
    cols[0] = offset - lineStart + 1;
    int lineBegin = lineStart;
    for (int i = offset; i < text.length() && cell < count - 1; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n') {
        lineBegin = i + 1;
        if (!quoted) {
          break;
        }
      } else if (c == ',' && !quoted) {
        cols[++cell] = i + 1 - lineBegin + 1;
      }
    }
    return cols;
  }

  public String file() {
    return file;
  }

  public List<Row> rows() {
    return rows;
  }

  /** The index of the first column called by one of the names, or -1. */
  public int column(String... names) {
    for (String name : names) {
      Integer i = columns.get(name.toLowerCase(java.util.Locale.ROOT));
      if (i != null) {
        return i;
      }
    }
    return -1;
  }

  /** Like {@link #column} but a missing column is an error naming what was expected. */
  public int required(String... names) {
    int i = column(names);
    if (i < 0) {
      throw new InputException(new Location(file, 1, 1, null),
          Message.of("csv.missing_column", String.join(" / ", names)));
    }
    return i;
  }

  /** The cell, stripped, or "" when the row is short or the column absent. */
  public static String cell(Row row, int column) {
    if (column < 0 || column >= row.cells().size()) {
      return "";
    }
    return row.cells().get(column).strip().replace("\u3000", " ").strip();
  }

  public Location at(Row row, int column, String field) {
    int col = column >= 0 && column < row.columns().length ? row.columns()[column] : 1;
    return new Location(file, row.line(), col, field);
  }
}
