package org.zhidu.core.register;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a register met so far, each remembered by 32 bits of its 64-bit hash ({@link DuplicateRows#hash}) in
 * tables of ints, about 4.3 bytes a row: fourteen million rows (a register of a gigabyte) in 61 MB. A row whose bits
 * are already there is only a candidate: another row may share the 32 bits, so a candidate is confirmed afterwards
 * by its whole hash ({@link RegisterChecker.Merger#confirm}, a second reading). A row's place in a table is read
 * from the hash's other 32 bits, so a row is taken for another only when its 32 bits meet those of a row looked past
 * on the way (about 7 a row on average): over fourteen million distinct rows, about 0.02 candidates, that is about
 * one register of that size in fifty read a second time for nothing; one of a million rows, one in three thousand.
 *
 * <p>A table is filled to 15/16 and never grown (its rows' places could not be worked out again from 32 bits): the
 * next rows go to a new table, and a row is looked up in each. The first table is sized for the rows the caller
 * expects, so that one table is the rule.
 */
final class RowFingerprints {

  private static final int LEAST = 1 << 12;

  private final List<int[]> tables = new ArrayList<>();
  private int[] last;
  private int size;
  private int limit;
  private long capacity;

  /** @param expected how many rows the register is thought to hold (0 when unknown) */
  RowFingerprints(long expected) {
    add(Math.max(LEAST, expected + expected / 15 + 16));
  }

  private void add(long slots) {
    int n = (int) Math.min(slots, Integer.MAX_VALUE - 8);
    last = new int[n];
    tables.add(last);
    size = 0;
    limit = (int) (n * 15L / 16);
    capacity += n;
  }

  /** Whether a row with the same 32 bits was met before; remembers the row's bits when not. */
  boolean seen(long hash) {
    int bits = (int) hash == 0 ? 1 : (int) hash;
    long top = hash >>> 32;
    for (int t = 0; t < tables.size() - 1; t++) {
      int[] table = tables.get(t);
      int n = table.length;
      int i = (int) (top * n >>> 32);
      while (table[i] != 0) {
        if (table[i] == bits) {
          return true;
        }
        i = i + 1 == n ? 0 : i + 1;
      }
    }
    int[] table = last;
    int n = table.length;
    int i = (int) (top * n >>> 32);
    while (table[i] != 0) {
      if (table[i] == bits) {
        return true;
      }
      i = i + 1 == n ? 0 : i + 1;
    }
    table[i] = bits;
    if (++size >= limit) {
      add(Math.max(LEAST, capacity / 2));
    }
    return false;
  }
}
