package org.zhidu.core.register;

/**
 * Remembers rows by a 64-bit hash of their cells, in an open-addressing table: a million rows cost a few megabytes.
 * Two different rows share a hash with a probability near 2⁻⁶⁴ per pair, far below any register's size.
 */
final class DuplicateRows {

  private long[] hashes = new long[1024];
  private int[] lines = new int[1024];
  private int size;

  /** A row's hash (FNV-1a over its cells as narrowed by stripping, mixed), never 0. */
  static long hash(Cells row, int count) {
    long h = 0xcbf29ce484222325L;
    for (int c = 0; c < count; c++) {
      byte[] cell = row.source[c];
      for (int i = row.from[c]; i < row.to[c]; i++) {
        h = (h ^ (cell[i] & 0xFF)) * 0x100000001b3L;
      }
      h = (h ^ 0x1F) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /** The line of an earlier row with the same hash, or 0 (and the row is remembered). */
  int firstLine(long h, int line) {
    if (size * 2 >= hashes.length) {
      grow();
    }
    int mask = hashes.length - 1;
    int i = (int) h & mask;
    while (hashes[i] != 0) {
      if (hashes[i] == h) {
        return lines[i];
      }
      i = (i + 1) & mask;
    }
    hashes[i] = h;
    lines[i] = line;
    size++;
    return 0;
  }

  /** Remembers a hash with no line yet (a candidate's, before the second reading). */
  void put(long h) {
    firstLine(h, 0);
  }

  /** A row of the second reading: its line is kept when its hash was put and has no line yet. */
  void meet(long h, int line) {
    int mask = hashes.length - 1;
    int i = (int) h & mask;
    while (hashes[i] != 0) {
      if (hashes[i] == h) {
        if (lines[i] == 0) {
          lines[i] = line;
        }
        return;
      }
      i = (i + 1) & mask;
    }
  }

  /** The first line met with a hash put, or 0. */
  int first(long h) {
    int mask = hashes.length - 1;
    int i = (int) h & mask;
    while (hashes[i] != 0) {
      if (hashes[i] == h) {
        return lines[i];
      }
      i = (i + 1) & mask;
    }
    return 0;
  }

  private void grow() {
    long[] oldHashes = hashes;
    int[] oldLines = lines;
    hashes = new long[oldHashes.length * 2];
    lines = new int[oldHashes.length * 2];
    int mask = hashes.length - 1;
    for (int j = 0; j < oldHashes.length; j++) {
      if (oldHashes[j] != 0) {
        int i = (int) oldHashes[j] & mask;
        while (hashes[i] != 0) {
          i = (i + 1) & mask;
        }
        hashes[i] = oldHashes[j];
        lines[i] = oldLines[j];
      }
    }
  }
}
