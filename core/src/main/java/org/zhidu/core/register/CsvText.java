package org.zhidu.core.register;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * A CSV tokenizer (RFC 4180 as spreadsheets write it) over UTF-8 bytes, that knows the line and column where each
 * cell begins: commas, double quotes with "" inside, CR, LF or CRLF line ends, line ends inside quotes. Blank lines
 * are skipped. One pass over the bytes, no decoding and no regular expressions: the bytes that separate cells are
 * ASCII, which in UTF-8 is never part of another character. An unquoted cell is only a range of the bytes until a
 * caller asks for it as a string, so a million rows make no garbage.
 */
public final class CsvText {

  /** Receives each record as strings; returns {@code false} to stop. */
  @FunctionalInterface
  public interface Handler {
    /**
     * A record of the text.
     *
     * @param cells the record's cells (the arrays are reused: copy what is kept)
     * @param count how many cells
     * @param lines the line where each cell begins (1-based)
     * @param columns the column where each cell begins (1-based, in characters)
     * @param unterminated whether the last cell opened a quote that the file never closed
     * @return {@code true} to go on to the next record, {@code false} to stop
     */
    boolean record(String[] cells, int count, int[] lines, int[] columns, boolean unterminated);
  }

  private CsvText() {}

  /**
   * The records of a whole text.
   *
   * @param text the text; a byte-order mark before the first record is passed over
   * @param handler receives each record, in order, until it returns {@code false}
   */
  public static void parse(String text, Handler handler) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    parse(new TextPart(bytes, 0, bytes.length, 1), handler);
  }

  /**
   * The records of a part of a text.
   *
   * @param part the part, beginning at a record's start
   * @param handler receives each record, in order, until it returns {@code false}
   */
  public static void parse(TextPart part, Handler handler) {
    String[][] strings = {new String[16]};
    scan(part, row -> {
      if (strings[0].length < row.count) {
        strings[0] = new String[row.from.length];
      }
      for (int c = 0; c < row.count; c++) {
        strings[0][c] = row.cell(c);
      }
      return handler.record(strings[0], row.count, row.lines, row.columns(), row.unterminated);
    });
  }

  /** The records as ranges of the bytes; the {@link Cells} object is reused. */
  static void scan(TextPart part, Predicate<Cells> consumer) {
    byte[] text = part.utf8();
    int n = part.to();
    int i = part.from() == 0 && TextPart.hasBom(text) ? 3 : part.from();
    int line = part.firstLine();
    int lineStart = i;
    Cells row = new Cells(text);
    Quoted quoted = new Quoted();
    while (i < n) {
      int count = 0;
      row.unterminated = false;
      row.generation++;
      while (true) {
        if (count == row.from.length) {
          row.grow();
        }
        row.lines[count] = line;
        row.lineStarts[count] = lineStart;
        row.starts[count] = i;
        if (i < n && text[i] == '"') {
          quoted.reset();
          i++;
          boolean closed = false;
          while (i < n) {
            byte c = text[i];
            if (c == '"') {
              if (i + 1 < n && text[i + 1] == '"') {
                quoted.write('"');
                i += 2;
                continue;
              }
              i++;
              closed = true;
              break;
            }
            if (c == '\n' || c == '\r' && (i + 1 == n || text[i + 1] != '\n')) {
              line++;
              lineStart = i + 1;
            }
            quoted.write(c);
            i++;
          }
          row.unterminated = !closed;
          // Anything between the closing quote and the next comma is kept, as spreadsheets do.
          while (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
            quoted.write(text[i++]);
          }
          byte[] cell = quoted.bytes();
          row.source[count] = cell;
          row.from[count] = 0;
          row.to[count] = cell.length;
        } else {
          int cellStart = i;
          while (i < n) {
            byte c = text[i];
            if (c == ',' || c == '\n' || c == '\r') {
              break;
            }
            i++;
          }
          row.source[count] = text;
          row.from[count] = cellStart;
          row.to[count] = i;
        }
        count++;
        if (i < n && text[i] == ',') {
          i++;
          if (i == n) {
            if (count == row.from.length) {
              row.grow();
            }
            row.lines[count] = line;
            row.lineStarts[count] = lineStart;
            row.starts[count] = i;
            row.source[count] = text;
            row.from[count] = i;
            row.to[count] = i;
            count++;
            break;
          }
          continue;
        }
        if (i < n && text[i] == '\r') {
          i++;
        }
        if (i < n && text[i] == '\n') {
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

  /** The unescaped content of a quoted cell, built byte by byte. */
  private static final class Quoted {
    private byte[] bytes = new byte[64];
    private int size;

    void reset() {
      size = 0;
    }

    void write(int b) {
      if (size == bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, size * 2);
      }
      bytes[size++] = (byte) b;
    }

    byte[] bytes() {
      return java.util.Arrays.copyOf(bytes, size);
    }
  }
}
