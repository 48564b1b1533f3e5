package org.zhidu.core.register;

import java.util.Arrays;

/**
 * A CSV tokenizer (RFC 4180 as spreadsheets write it) over text already decoded, that knows the line and column where
 * each cell begins: commas, double quotes with "" inside, CR, LF or CRLF line ends, line ends inside quotes. Blank
 * lines are skipped. One pass, no regular expressions, one string per cell.
 */
public final class CsvText {

  /** Receives each record; returns {@code false} to stop. */
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
    int n = to;
    int i = from == 0 && n > 0 && text.charAt(0) == '\uFEFF' ? 1 : from;
    int line = firstLine;
    int lineStart = i;
    String[] cells = new String[16];
    int[] lines = new int[16];
    int[] columns = new int[16];
    StringBuilder quoted = new StringBuilder();
    while (i < n) {
      int count = 0;
      boolean unterminated = false;
      boolean blank = true;
      while (true) {
        if (count == cells.length) {
          cells = Arrays.copyOf(cells, count * 2);
          lines = Arrays.copyOf(lines, count * 2);
          columns = Arrays.copyOf(columns, count * 2);
        }
        lines[count] = line;
        columns[count] = i - lineStart + 1;
        String cell;
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
            if (c == '\n') {
              line++;
              lineStart = i + 1;
            }
            quoted.append(c);
            i++;
          }
          unterminated = !closed;
          // Anything between the closing quote and the next comma is kept, as spreadsheets do.
          while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
            quoted.append(text.charAt(i++));
          }
          cell = quoted.toString();
          blank = false;
        } else {
          int start = i;
          while (i < n) {
            char c = text.charAt(i);
            if (c == ',' || c == '\n' || c == '\r') {
              break;
            }
            i++;
          }
          cell = text.substring(start, i);
          if (blank && !cell.isBlank()) {
            blank = false;
          }
        }
        cells[count++] = cell;
        if (i < n && text.charAt(i) == ',') {
          i++;
          if (i == n) {
            if (count == cells.length) {
              cells = Arrays.copyOf(cells, count * 2);
              lines = Arrays.copyOf(lines, count * 2);
              columns = Arrays.copyOf(columns, count * 2);
            }
            lines[count] = line;
            columns[count] = i - lineStart + 1;
            cells[count++] = "";
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
      if (blank && count <= 1) {
        continue;
      }
      if (!handler.record(cells, count, lines, columns, unterminated)) {
        return;
      }
    }
  }
}
