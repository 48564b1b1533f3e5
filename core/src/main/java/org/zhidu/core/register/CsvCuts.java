package org.zhidu.core.register;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a large CSV file (in UTF-8) can be cut into parts of whole records, found as {@link CsvText} reads it: a double quote
 * opens a quoted cell only at a cell's start (elsewhere it is a character of the cell), "" inside quotes is one quote,
 * and lines end at LF, CR LF or a lone CR, inside quotes too. The file is read in stretches, each on any thread: a
 * stretch tells, for each of the four states a stretch can begin in, the state it ends in, and how many lines end in
 * it ({@link #stretch}); the states at the stretches' starts then follow one from another, and each cut falls on the
 * first record end after a stretch's start ({@link #parts}).
 */
public final class CsvCuts {

  /** Outside quotes at a cell's start; outside, inside a cell; inside quotes; inside quotes just after a quote. */
  private static final int START = 0;
  private static final int CELL = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE = 3;

  /** The classes of bytes: any other, comma, double quote, a line end. */
  private static final int OTHER = 0;
  private static final int COMMA = 1;
  private static final int DOUBLE = 2;
  private static final int END = 3;

  /** The next state, by class and state. */
  private static final int[][] NEXT = {
    {CELL, CELL, QUOTED, CELL},
    {START, START, QUOTED, START},
    {QUOTED, CELL, QUOTE, QUOTED},
    {START, START, QUOTED, START},
  };

  /** For each class, each of the 256 maps of four start states to four states (2 bits each), the next map. */
  private static final int[][] STEP = new int[4][256];

  static {
    for (int c = 0; c < 4; c++) {
      for (int map = 0; map < 256; map++) {
        int next = 0;
        for (int s = 0; s < 4; s++) {
          next |= NEXT[c][map >> 2 * s & 3] << 2 * s;
        }
        STEP[c][map] = next;
      }
    }
  }

  /** The map in which every state stays itself. */
  private static final int SAME = 0 | 1 << 2 | 2 << 4 | 3 << 6;

  private CsvCuts() {}

  /** What {@link #stretch} says of a stretch that is not UTF-8. */
  public static final long NOT_UTF8 = Long.MIN_VALUE;

  /**
   * One stretch read from each start state at once, its characters checked to be UTF-8 in the same pass ({@link
   * Utf8}): the map of start states to end states (low 8 bits) and the number of line ends in it (above them); or
   * {@link #NOT_UTF8}.
   */
  public static long stretch(byte[] b, int from, int to) {
    int map = SAME;
    long lines = 0;
    boolean other = false;
    for (int i = Utf8.start(b, from); i < to; i++) {
      int x = b[i];
      if (x > ',') {
        other = true; // most bytes: a run of them moves the states once
        continue;
      }
      if (x < 0) {
        int length = Utf8.charLength(b, i);
        if (length == 0) {
          return NOT_UTF8;
        }
        i += length - 1;
        other = true;
        continue;
      }
      int c = x == ',' ? COMMA : x == '"' ? DOUBLE : x == '\n' || x == '\r' ? END : OTHER;
      if (c == OTHER) {
        other = true;
        continue;
      }
      if (other) {
        map = STEP[OTHER][map];
        other = false;
      }
      if (x == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
        continue; // CR LF is one line end, at its LF
      }
      if (c == END) {
        lines++;
      }
      map = STEP[c][map];
    }
    if (other) {
      map = STEP[OTHER][map];
    }
    return lines << 8 | map;
  }

  /**
   * The parts of a file read in stretches of {@code size} bytes from {@code start} (after a byte-order mark), given
   * what {@link #stretch} said of each: a cut at the first record end after each stretch's start, none where a
   * stretch holds no record end (a quoted cell longer than a stretch).
   */
  public static List<TextPart> parts(byte[] b, int start, int size, long[] stretches) {
    List<TextPart> parts = new ArrayList<>();
    int partStart = start;
    int partLine = 1;
    int state = START;
    long lines = 0;
    for (int k = 0; k < stretches.length; k++) {
      int from = start + k * size;
      int to = Math.min(from + size, b.length);
      if (k > 0) {
        int s = state;
        long l = lines;
        for (int i = from; i < to; i++) {
          int x = b[i];
          int c = x == ',' ? COMMA : x == '"' ? DOUBLE : x == '\n' || x == '\r' ? END : OTHER;
          if (x == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
            continue;
          }
          boolean ends = c == END && s != QUOTED;
          s = NEXT[c][s];
          if (c == END) {
            l++;
          }
          if (ends) {
            parts.add(new TextPart(b, partStart, i + 1, partLine));
            partStart = i + 1;
            partLine = (int) Math.min(Integer.MAX_VALUE, l + 1);
            break;
          }
        }
      }
      long stretch = stretches[k];
      state = (int) (stretch >> 2 * state & 3);
      lines += stretch >>> 8;
    }
    parts.add(new TextPart(b, partStart, b.length, partLine));
    return parts;
  }
}
