package org.zhidu.core.leave;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.RowPlace;

/**
 * What {@link LeaveChecker} keeps of each request for the checks across rows and the totals, one person at a time,
 * column by column: a register of a million rows leaves a few arrays per person for the garbage collector to move,
 * not a million objects.
 */
final class LeaveLog {

  /** No 销假 recorded (a slot no date has: every real half day is far from it). */
  static final int NONE = Integer.MIN_VALUE;

  private LeaveLog() {}

  /**
   * What a request leaves for the checks across rows and the totals: its kind and half days, the working half days
   * in the year it begins and in the next, those away without approval, and where its cells are (kept small: a
   * register has a million rows).
   */
  record Taken(String kind, long first, long last, long returned, String cover, Cells where,
      int inFirstYear, int inNextYear, int absent, boolean inYear) {

    int line() {
      return where.line(LeaveRequest.PERSON);
    }
  }

  /**
   * One person's requests as they are read, column by column: a register of a million rows leaves a few arrays per
   * person for the garbage collector to move, not a million objects. Made into {@link Taken} rows at the end.
   */
  static final class Log {
    private int size;
    private String[] kind = new String[8];
    private String[] cover = new String[8];
    private String file;
    /** first, last, returned, inFirst, inNext, absent, inYear: ints a request. */
    private static final int INTS = 7;
    private int[] ints = new int[8 * INTS];
    private long[] cells = new long[8 * 5];

    void add(String kindOf, long first, long last, long returned, String coverOf, RowPlace at, int inFirst,
        int inNext, int absent, boolean inYear) {
      roomForOne();
      if (file == null) {
        file = at.at(LeaveRequest.PERSON).file();
      }
      kind[size] = kindOf;
      cover[size] = coverOf;
      int i = size * INTS;
      ints[i] = (int) first;
      ints[i + 1] = (int) last;
      ints[i + 2] = (int) returned;
      ints[i + 3] = inFirst;
      ints[i + 4] = inNext;
      ints[i + 5] = absent;
      ints[i + 6] = inYear ? 1 : 0;
      int c = size * 5;
      for (int f = 0; f < Cells.FIELDS.size(); f++) {
        cells[c + f] = at.packed(Cells.FIELDS.get(f));
      }
      size++;
    }

    void addAll(Log other) {
      for (int i = 0; i < other.size; i++) {
        roomForOne();
        file = other.file;
        kind[size] = other.kind[i];
        cover[size] = other.cover[i];
        System.arraycopy(other.ints, i * INTS, ints, size * INTS, INTS);
        System.arraycopy(other.cells, i * 5, cells, size * 5, 5);
        size++;
      }
    }

    private void roomForOne() {
      if (size == kind.length) {
        kind = Arrays.copyOf(kind, size * 2);
        cover = Arrays.copyOf(cover, size * 2);
        ints = Arrays.copyOf(ints, size * 2 * INTS);
        cells = Arrays.copyOf(cells, size * 2 * 5);
      }
    }

    Taken taken(int i) {
      int at = i * INTS;
      int c = i * 5;
      return new Taken(kind[i], ints[at], ints[at + 1], ints[at + 2], cover[i],
          new Cells(file, cells[c], cells[c + 1], cells[c + 2], cells[c + 3], cells[c + 4]), ints[at + 3],
          ints[at + 4], ints[at + 5], ints[at + 6] == 1);
    }

    /**
     * The line of the request that comes first (by its first half day, then its line) of those that share a half
     * day with {@code first} to {@code last}; 0 when none does.
     */
    int firstOverlap(long first, long last) {
      long best = Long.MAX_VALUE;
      for (int i = 0; i < size; i++) {
        int at = i * INTS;
        if (ints[at] <= last && first <= ints[at + 1]) {
          long key = (long) ints[at] << 32 | (cells[i * 5] >>> 32);
          best = Math.min(best, key);
        }
      }
      return best == Long.MAX_VALUE ? 0 : (int) (best & 0xFFFF_FFFFL);
    }

    List<Taken> taken() {
      List<Taken> out = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        out.add(taken(i));
      }
      return out;
    }
  }

  /** The file, line and column of the cells the checks across rows point at, each packed into a long. */
  record Cells(String file, long person, long start, long end, long returned, long cover) {

    static final List<String> FIELDS = List.of(LeaveRequest.PERSON, LeaveRequest.START, LeaveRequest.END,
        LeaveRequest.RETURNED, LeaveRequest.COVER);

    private long packed(String field) {
      return switch (FIELDS.indexOf(field)) {
        case 0 -> person;
        case 1 -> start;
        case 2 -> end;
        case 3 -> returned;
        case 4 -> cover;
        default -> throw new IllegalArgumentException(field);
      };
    }

    int line(String field) {
      return (int) (packed(field) >>> 32);
    }

    Location at(String field) {
      long at = packed(field);
      return new Location(file, (int) (at >>> 32), (int) at, field);
    }
  }

}
