package org.zhidu.core.register;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One record as the tokenizer found it, without copying its cells: each cell is a range of the UTF-8 bytes read
 * (or, when it was quoted, of the bytes of its unescaped content), with the line where it begins. The same object is
 * reused for every record; a cell becomes a string, and a column is counted in characters, only when asked.
 */
final class Cells {

  final byte[] text;
  int count;
  /** Each cell's bytes: the text, or the unescaped content of a quoted cell. */
  byte[][] source = new byte[16][];
  int[] from = new int[16];
  int[] to = new int[16];
  int[] lines = new int[16];
  /** Where each cell begins in the text (its opening quote when quoted), and where its line begins. */
  int[] starts = new int[16];
  int[] lineStarts = new int[16];
  private int[] columns = new int[16];
  private int columnsOf = -1;
  boolean unterminated;
  /** Which record the object holds now: a row handed over in place checks it is still its own. */
  int generation;

  Cells(byte[] text) {
    this.text = text;
  }

  void grow() {
    int size = from.length * 2;
    source = Arrays.copyOf(source, size);
    from = Arrays.copyOf(from, size);
    to = Arrays.copyOf(to, size);
    lines = Arrays.copyOf(lines, size);
    starts = Arrays.copyOf(starts, size);
    lineStarts = Arrays.copyOf(lineStarts, size);
  }

  /** The cell, as written (unquoted). */
  String cell(int c) {
    return new String(source[c], from[c], to[c] - from[c], StandardCharsets.UTF_8);
  }

  /**
   * The column where each cell begins, in characters (UTF-16 units, as an editor's status line counts them) from
   * the start of its line: counted once per record, when first asked (most records are never located).
   */
  int[] columns() {
    if (columnsOf == generation) {
      return columns;
    }
    if (columns.length < count) {
      columns = new int[from.length];
    }
    for (int c = 0; c < count; c++) {
      // a cell on the same line as the one before continues its count
      boolean sameLine = c > 0 && lineStarts[c] == lineStarts[c - 1];
      int i = sameLine ? starts[c - 1] : lineStarts[c];
      int end = starts[c];
      // every byte but a continuation byte (10xxxxxx) begins a character, and the lead byte of four (11110xxx)
      // begins two UTF-16 units; counted without a branch per byte, since Chinese and ASCII alternate too often
      // for one to be predicted: (x ^ pattern) - 1 is negative exactly when x equals the pattern
      int units = end - i;
      for (; i < end; i++) {
        int b = text[i];
        units += (((b & 0xF8) ^ 0xF0) - 1 >>> 31) - (((b & 0xC0) ^ 0x80) - 1 >>> 31);
      }
      columns[c] = (sameLine ? columns[c - 1] : 1) + units;
    }
    columnsOf = generation;
    return columns;
  }

  /**
   * How many cells the record has for a header of {@code width} columns: blank cells past the last column (a trailing
   * comma, an Excel selection wider than the table) are not counted. A count other than {@code width} is a ragged row.
   */
  int used(int width) {
    int used = count;
    while (used > width && isBlank(used - 1)) {
      used--;
    }
    return used;
  }

  /** Whether every cell is blank (a line of commas, as spreadsheets leave them). */
  boolean isBlankRecord() {
    for (int c = 0; c < count; c++) {
      if (!isBlank(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the cell holds nothing but spaces (a full-width space is one). */
  boolean isBlank(int c) {
    byte[] s = source[c];
    for (int i = from[c]; i < to[c]; i++) {
      int b = s[i];
      if (b >= 0 && !Character.isWhitespace(b)) {
        return false;
      }
      if (b < 0) {
        // the spaces beyond ASCII (U+1680, U+2000–U+200A, U+2028, U+205F, U+3000…) begin with E1, E2 or E3;
        // a Chinese character (E4–E9) settles it without decoding
        int lead = b & 0xFF;
        if (lead < 0xE1 || lead > 0xE3 || i + 2 >= to[c]) {
          return false;
        }
        int ch = (lead & 0x0F) << 12 | (s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
        if (!Character.isWhitespace(ch) && ch != '\u3000') {
          return false;
        }
        i += 2;
      }
    }
    return true;
  }
}
