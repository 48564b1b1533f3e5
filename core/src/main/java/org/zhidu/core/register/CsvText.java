package org.zhidu.core.register;

import java.util.function.Predicate;

/**
 * A CSV tokenizer (RFC 4180 as spreadsheets write it) over text already decoded, that knows the line and column where
 * each cell begins: commas, double quotes with "" inside, CR, LF or CRLF line ends, line ends inside quotes. Blank
 * lines are skipped. One pass, no regular expressions; an unquoted cell is only a range of the text until a caller
 * asks for it as a string, so a million rows make no garbage.
 */
public final class CsvText {

  /** Receives each record as strings; returns {@code false} to stop. */
  @FunctionalInterface
  public interface Handler {
    /**
     * @param cells the record's cells (the arrays are reused: copy what is kept)
     * @param count how many cells
     * @param lines the line where each cell begins (1-based)
     * @param columns the column where each cell begins (1-based, in characters)
     * @param unterminated whether the last cell opened a quote that the file never closed
     */
    boolean record(String[] cells, int count, int[] lines, int[] columns, boolean unterminated);
  }

  private CsvText() {}

  public static void parse(String text, Handler handler) {
    parse(text, 0, text.length(), 1, handler);
  }

  /**
   * The records between two offsets of the text: {@code from} must begin a line (the first record), {@code to} end
   * one or the text; lines are numbered from {@code firstLine}.
   */
  public static void parse(String text, int from, int to, int firstLine, Handler handler) {
    String[][] strings = {new String[16]};
    scan(text, from, to, firstLine, row -> {
      if (strings[0].length < row.count) {
        strings[0] = new String[row.from.length];
      }
      for (int c = 0; c < row.count; c++) {
        strings[0][c] = row.cell(c);
      }
      return handler.record(strings[0], row.count, row.lines, row.columns, row.unterminated);
    });
  }

  /** The records as ranges of the text; the {@link Cells} object is reused. */
  static void scan(String text, int start, int end, int firstLine, Predicate<Cells> consumer) {
    int n = end;
    int i = start == 0 && n > 0 && text.charAt(0) == '\uFEFF' ? 1 : start;
    int line = firstLine;
    int lineStart = i;
    Cells row = new Cells(text);
    StringBuilder quoted = new StringBuilder();
    while (i < n) {
      int count = 0;
      row.unterminated = false;
      row.generation++;
      while (true) {
        if (count == row.from.length) {
          row.grow();
        }
        row.lines[count] = line;
        row.columns[count] = i - lineStart + 1;
        if (i < n && text.charAt(i) == '"') {
          quoted.setLength(0);
          i++;
          boolean closed = false;
          while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
              if (i + 1 < n && text.charAt(i + 1) == '"') {
                quoted.append('"');
                i += 2;
                continue;
              }
              i++;
              closed = true;
              break;
            }
            if (c == '\n' || c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n')) {
              line++;
              lineStart = i + 1;
            }
            quoted.append(c);
            i++;
          }
          row.unterminated = !closed;
          // Anything between the closing quote and the next comma is kept, as spreadsheets do.
          while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
            quoted.append(text.charAt(i++));
          }
          String cell = quoted.toString();
          row.quoted[count] = cell;
          row.from[count] = 0;
          row.to[count] = cell.length();
        } else {
          int cellStart = i;
          while (i < n) {
            char c = text.charAt(i);
            if (c == ',' || c == '\n' || c == '\r') {
              break;
            }
            i++;
          }
          row.quoted[count] = null;
          row.from[count] = cellStart;
          row.to[count] = i;
        }
        count++;
        if (i < n && text.charAt(i) == ',') {
          i++;
          if (i == n) {
            if (count == row.from.length) {
              row.grow();
            }
            row.lines[count] = line;
            row.columns[count] = i - lineStart + 1;
            row.quoted[count] = null;
            row.from[count] = i;
            row.to[count] = i;
            count++;
            break;
          }
          continue;
        }
        if (i < n && text.charAt(i) == '\r') {
          i++;
        }
        if (i < n && text.charAt(i) == '\n') {
          i++;
        }
        line++;
        lineStart = i;
        break;
      }
      row.count = count;
      if (count == 1 && row.isBlank(0)) {
        continue;
      }
      if (!consumer.test(row)) {
        return;
      }
    }
  }
}
