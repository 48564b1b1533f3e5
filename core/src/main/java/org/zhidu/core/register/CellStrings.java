package org.zhidu.core.register;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The strings a scan makes of its cells, remembered by their bytes: a register names the same people, kinds and
 * approvers a million times, and each is decoded and stripped once. A slot holds the last cell whose bytes hashed
 * to it (a cache, not a table: a register of unique cells costs one slot each, never more memory). One per reader
 * thread, kept from one part of a file to the next.
 */
final class CellStrings {

  private static final int SLOTS = 32768;
  /** Longer cells (remarks, addresses) are rarely repeated: made each time. */
  private static final int LONGEST = 64;

  private final byte[][] keys = new byte[SLOTS][];
  private final String[] values = new String[SLOTS];

  /** The cell's text, as {@link Table.Row#text} gives it: stripped, a full-width space read as a plain one. */
  String text(byte[] bytes, int from, int to) {
    int length = to - from;
    if (length == 0) {
      return "";
    }
    if (length > LONGEST || bytes[from] >= '0' && bytes[from] <= '9' && bytes[to - 1] >= '0' && bytes[to - 1] <= '9'
        && length > 4) {
      // long cells and figures (amounts, invoice numbers) are seldom repeated: made each time, never kept
      return Table.stripped(new String(bytes, from, length, StandardCharsets.UTF_8));
    }
    // every byte: the cells of a register differ anywhere (文秘0_1、科长0 and 文秘0_2、科长0), and cells that
    // share a slot push each other out on every row
    int h = length;
    for (int i = from; i < to; i++) {
      h = 31 * h + bytes[i];
    }
    int slot = (h ^ h >>> 12) & (SLOTS - 1);
    byte[] key = keys[slot];
    if (key != null && Arrays.equals(key, 0, key.length, bytes, from, to)) {
      return values[slot];
    }
    String value = Table.stripped(new String(bytes, from, length, StandardCharsets.UTF_8));
    if (!figures(bytes, from, to)) {
      keys[slot] = Arrays.copyOfRange(bytes, from, to);
      values[slot] = value;
    }
    return value;
  }

  /**
   * Whether a cell is written in figures alone (an amount, an invoice number, a count): such cells are seldom
   * repeated, and kept they would push out the names that are.
   */
  private static boolean figures(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if ((b < '0' || b > '9') && b != '.' && b != ',' && b != '-') {
        return false;
      }
    }
    return true;
  }
}
