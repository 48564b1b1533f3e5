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
   *
   * @param b the file's bytes
   * @param from the stretch's first byte, inclusive
   * @param to the end of the stretch, exclusive
   * @return the state map and line count packed as described, or {@link #NOT_UTF8}
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
   *
   * @param b the file's bytes
   * @param start where the first record begins (after a byte-order mark)
   * @param size the length of each stretch in bytes
   * @param stretches what {@link #stretch} said of each stretch, in order; none may be {@link #NOT_UTF8}
   * @return the parts in file order, together covering every byte from {@code start}; at least one
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

  /** Where a file read by a {@link Splitter} is not UTF-8: the offset of its first byte that UTF-8 cannot read. */
  public static final class NotUtf8 extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The offset of the first byte UTF-8 cannot read. */
    private final long offset;

    NotUtf8(long offset) {
      super("not UTF-8 at byte " + offset, null, false, false);
      this.offset = offset;
    }

    /**
     * The offset in the file (counting a byte-order mark) of the first byte UTF-8 cannot read.
     *
     * @return the offset, from 0
     */
    public long offset() {
      return offset;
    }
  }

  /**
   * A file read front to back in blocks and given back as parts of whole records, one after another, each in an
   * array of its own that the caller may use again once the part is read: the file is never held whole. Each block
   * is read once from the tokenizer's known state at the last cut, its characters checked to be UTF-8 in the same
   * pass; a part ends at the last record end of what has been read (a record longer than a block makes a part
   * longer than a block). A CR at the end of what has been read waits for the next byte (CR LF is one line end), and
   * so does a character cut by the block's end.
   */
  public static final class Splitter {

    /** Where the bytes come from. */
    @FunctionalInterface
    public interface Source {
      /**
       * Reads up to {@code most} bytes into {@code into} at {@code at}: how many, or -1 at the end (a failure to
       * read is the caller's own unchecked exception: core does no I/O).
       *
       * @param into the array to read into
       * @param at where in {@code into} to put the first byte
       * @param most the most bytes to read, at least 1
       * @return how many bytes were read, or -1 at the end of the file
       */
      int read(byte[] into, int at, int most);
    }

    private final Source source;
    private final int block;
    /** The bytes read after the last cut (a part of a record), to begin the next part. */
    private byte[] carry = new byte[256];
    private int carried;
    /** The file's offset of the next byte the source gives. */
    private long offset;
    private int line = 1;
    private boolean first = true;
    private boolean ended;
    private boolean done;

    /**
     * A splitter over the source.
     *
     * @param source where the bytes come from; read front to back, once
     * @param block how many bytes to read for each part (about the size of a part)
     */
    public Splitter(Source source, int block) {
      this.source = source;
      this.block = block;
    }

    /**
     * Whether the last part has been given.
     *
     * @return {@code true} once {@link #next} has given the last part (or {@code null})
     */
    public boolean ended() {
      return done;
    }

    /**
     * The size of array {@link #next} needs to use it: a part begins at index 1 of its array.
     *
     * @return the array length with which {@link #next} reuses the caller's array
     */
    public int arraySize() {
      return block + 1 + 256;
    }

    /**
     * The next part, in {@code array} when it is large enough (else in a new array), or {@code null} after the
     * last. A part begins at index 1 of its array, so that none is taken for the file's start (where a byte-order
     * mark is passed over): the first part begins after the mark.
     *
     * @param array an array to reuse (of {@link #arraySize()} or more), or {@code null}
     * @return the next part, or {@code null} when every part has been given
     * @throws NotUtf8 when the bytes read are not UTF-8 (the parts given before are whole and right)
     */
    public TextPart next(byte[] array) {
      if (done) {
        return null;
      }
      byte[] b = array != null && array.length >= carried + block + 1 ? array : new byte[carried + block + 1];
      System.arraycopy(carry, 0, b, 1, carried);
      long base = offset - carried; // the file's offset of b[1]
      int n = 1 + carried;
      int from = 1;
      // the tokenizer's state where the scan stands: each part begins at a record's start
      int pos = from;
      int state = START;
      boolean other = false;
      long lines = 0;
      int cut = -1;
      long cutLines = 0;
      while (true) {
        if (!ended) {
          if (b.length - n < block) {
            b = java.util.Arrays.copyOf(b, Math.max(b.length * 2, n + block));
          }
          int want = block;
          while (want > 0) {
            int got = source.read(b, n, want);
            if (got < 0) {
              ended = true;
              break;
            }
            n += got;
            offset += got;
            want -= got;
          }
        }
        if (first && n - 1 >= 3 && (b[1] & 0xFF) == 0xEF && (b[2] & 0xFF) == 0xBB && (b[3] & 0xFF) == 0xBF) {
          from = 4;
          pos = Math.max(pos, from);
        } else if (first && !ended && n - 1 < 3) {
          continue; // too few bytes yet to tell a byte-order mark
        }
        // scan from pos to n (one state: the part's own), remembering the last record end
        int i = pos;
        while (i < n) {
          int x = b[i];
          if (x > ',') {
            other = true;
            i++;
            continue;
          }
          if (x < 0) {
            int length = Utf8.length(x & 0xFF);
            if (length == 0 || i + length <= n && !Utf8.valid(b, i, length) || i + length > n && ended) {
              throw new NotUtf8(base + i - 1);
            }
            if (i + length > n) {
              break; // the character goes on in the bytes not read yet
            }
            i += length;
            other = true;
            continue;
          }
          int c = x == ',' ? COMMA : x == '"' ? DOUBLE : x == '\n' || x == '\r' ? END : OTHER;
          if (c == OTHER) {
            other = true;
            i++;
            continue;
          }
          if (other) {
            state = NEXT[OTHER][state];
            other = false;
          }
          if (x == '\r') {
            if (i + 1 == n && !ended) {
              break; // CR LF or a lone CR: the next byte tells
            }
            if (i + 1 < n && b[i + 1] == '\n') {
              i++;
              continue; // CR LF is one line end, at its LF
            }
          }
          if (c == END) {
            lines++;
            if (state != QUOTED) {
              cut = i + 1;
              cutLines = lines;
            }
          }
          state = NEXT[c][state];
          i++;
        }
        pos = i;
        if (ended || cut >= 0) {
          break;
        }
        // no record ends in what has been read: read on into the same part
      }
      first = false;
      int end = ended ? n : cut;
      TextPart part = new TextPart(b, from, end, line);
      if (ended) {
        done = true;
      } else {
        carried = n - cut;
        if (carry.length < carried) {
          carry = new byte[Math.max(carried, carry.length * 2)];
        }
        System.arraycopy(b, cut, carry, 0, carried);
        line = (int) Math.min(Integer.MAX_VALUE, line + cutLines);
      }
      return part;
    }
  }
}
