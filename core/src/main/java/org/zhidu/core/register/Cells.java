package org.zhidu.core.register;

import java.util.Arrays;

/**
 * One record as the tokenizer found it, without copying its cells: each cell is a range of the text (or, when it was
 * quoted, a string of its unescaped content), with the line and column where it begins. The same object is reused
 * for every record; a cell becomes a string only when asked.
 */
final class Cells {

  final String text;
  int count;
  int[] from = new int[16];
  int[] to = new int[16];
  String[] quoted = new String[16];
  int[] lines = new int[16];
  int[] columns = new int[16];
  boolean unterminated;
  /** Which record the object holds now: a row handed over in place checks it is still its own. */
  int generation;

  Cells(String text) {
    this.text = text;
  }

  void grow() {
    int size = from.length * 2;
    from = Arrays.copyOf(from, size);
    to = Arrays.copyOf(to, size);
    quoted = Arrays.copyOf(quoted, size);
    lines = Arrays.copyOf(lines, size);
    columns = Arrays.copyOf(columns, size);
  }

  /** The characters a cell's range refers to: the text, or the cell's unescaped content when it was quoted. */
  String source(int c) {
    return quoted[c] != null ? quoted[c] : text;
  }

  /** The cell, as written (unquoted). */
  String cell(int c) {
    return quoted[c] != null ? quoted[c] : text.substring(from[c], to[c]);
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

  /** Whether the cell holds nothing but spaces. */
  boolean isBlank(int c) {
    String s = source(c);
    for (int i = from[c]; i < to[c]; i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u3000') {
        return false;
      }
    }
    return true;
  }
}
