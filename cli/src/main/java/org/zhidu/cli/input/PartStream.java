package org.zhidu.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.register.CsvCuts;
import org.zhidu.core.register.TextPart;

/**
 * A table's file read front to back by a thread of its own and handed over as parts of whole records ({@link
 * CsvCuts.Splitter}), in file order, to as many readers as take them: the file is never held whole. At most {@link
 * #ARRAYS} arrays of about {@link #BLOCK} bytes are in use at once (a part being read, parts waiting, parts being
 * checked); a reader gives a part's array back ({@link #release}) once it has read it, and the reading thread waits
 * for one when none is free. Memory is flat in the file's size.
 *
 * <p>The file is read as UTF-8 (its bytes as they are, checked as they are cut). Should a byte turn out not to be
 * UTF-8, the readers are told ({@link CsvCuts.NotUtf8}) and {@link #read} starts again over the file decoded from
 * GB18030, as {@link TextDecoding#read} would read it; a file that is neither is an error naming the first byte
 * UTF-8 cannot read.
 */
public final class PartStream implements AutoCloseable {

  /**
   * About this many bytes a part: small enough that tokenizing and checking are compiled early, many times over, and
   * that the arrays in use take a few megabytes.
   */
  static final int BLOCK = 1_000_000;
  /** How many arrays of a block may be in use at once. */
  static final int ARRAYS = 6;

  /** A part and its place in the file: the first is 0. */
  public record Part(int index, TextPart text, boolean last) {}

  private static final Object END = new Object();

  private final CsvCuts.Splitter splitter;
  private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(ARRAYS + 2);
  /**
   * The arrays of every stream of the run (a second reading, the next file) once given back: made once, so that
   * they stay where the collector moved them rather than filling the young generation with new ones.
   */
  private static final BlockingQueue<byte[]> SPARE = new ArrayBlockingQueue<>(ARRAYS);
  private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(ARRAYS);
  private final AutoCloseable source;
  private int made;
  /** How many parts have been handed over. */
  private int handed;
  private volatile boolean closed;
  /** What the reading thread ended with, once a reader met it: every later reader meets it too. */
  private Object ending;
  private final Thread thread;

  private PartStream(CsvCuts.Splitter.Source bytes, AutoCloseable source, int block) {
    this.splitter = new CsvCuts.Splitter(bytes, block);
    this.source = source;
    this.thread = new Thread(this::produce, "zhidu-read");
    thread.setDaemon(true);
  }

  /** How many arrays the stream may have made, for a test: never more than {@link #ARRAYS}. */
  int arraysMade() {
    return made;
  }

  /**
   * Reads a table's file part after part: {@code read} is given the stream of its parts, as UTF-8; when the file
   * turns out not to be UTF-8, {@code read} is run again from the start over the file decoded from GB18030 (what
   * it did with the first parts must be started afresh: it is given a new stream).
   *
   * @throws InputException when the file is missing, unreadable, a folder, or neither UTF-8 nor GB18030
   */
  public static <T> T read(Path file, String shownAs, Function<PartStream, T> read) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      size = Long.MAX_VALUE; // said by the opening, with the file's name
    }
    // a file of less than 8 MB is one part, as it always was: read by one thread, its rows (and, with --max-errors,
    // where its checking stops) as they were; the arrays are of its size
    return size < ONE_PART ? read(file, shownAs, (int) size + 1, (int) (size * 3 / 2) + 16, read)
        : read(file, shownAs, BLOCK, BLOCK, read);
  }

  /** A file smaller than this is read as one part. */
  static final int ONE_PART = 8_000_000;

  static <T> T read(Path file, String shownAs, int block, Function<PartStream, T> read) {
    return read(file, shownAs, block, block, read);
  }

  /**
   * @param decodedBlock the block of the file decoded from GB18030, written as UTF-8 (its Chinese characters take 3
   *     bytes rather than 2)
   */
  private static <T> T read(Path file, String shownAs, int block, int decodedBlock, Function<PartStream, T> read) {
    CsvCuts.NotUtf8 notUtf8;
    try (PartStream parts = utf8(file, shownAs, block)) {
      return read.apply(parts);
    } catch (CsvCuts.NotUtf8 e) {
      notUtf8 = e;
    }
    try (PartStream parts = gb18030(file, shownAs, decodedBlock, notUtf8.offset())) {
      return read.apply(parts);
    }
  }

  /** The same file read again from its start (a second reading), the way the stream read it. */
  public static PartStream again(Path file, String shownAs, PartStream first) {
    return first.decodedFrom < 0 ? utf8(file, shownAs, first.block)
        : gb18030(file, shownAs, first.block, first.decodedFrom);
  }

  private int block;
  /** For a stream decoded from GB18030: the offset of the first byte that was not UTF-8; -1 for UTF-8. */
  private long decodedFrom = -1;

  private static PartStream utf8(Path file, String shownAs, int block) {
    FileChannel channel = open(file, shownAs);
    PartStream parts = new PartStream((into, at, most) -> {
      try {
        return channel.read(ByteBuffer.wrap(into, at, most));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, channel, block);
    parts.block = block;
    parts.thread.start();
    return parts;
  }

  private static PartStream gb18030(Path file, String shownAs, int block, long firstBad) {
    FileChannel channel = open(file, shownAs);
    InputStream in = java.nio.channels.Channels.newInputStream(channel);
    Reader reader = new InputStreamReader(in, Charset.forName("GB18030").newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    // where the first byte that is not UTF-8 is: found only when the file is not GB18030 either
    java.util.function.Supplier<Location> at = () -> {
      try (InputStream again = Files.newInputStream(file)) {
        return org.zhidu.policies.TextInput.placeOf(shownAs, again, firstBad);
      } catch (IOException e) {
        return new Location(shownAs, 0, 0, null);
      }
    };
    CsvCuts.Splitter.Source decoded = new CsvCuts.Splitter.Source() {
      private final char[] chars = new char[8192];
      private int kept; // a high surrogate left at the end of the last read, waiting for its pair
      private byte[] pending = new byte[0];
      private int pendingAt;
      private boolean bomChecked;

      @Override
      public int read(byte[] into, int at0, int most) {
        if (pendingAt == pending.length) {
          int n;
          try {
            if (!bomChecked) {
              bomChecked = true;
              // a file with UTF-8's byte-order mark is read as UTF-8 or not at all
              byte[] head = new byte[3];
              channel.read(ByteBuffer.wrap(head), 0);
              if ((head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                throw new CharacterCodingException();
              }
            }
            n = reader.read(chars, kept, chars.length - kept);
          } catch (CharacterCodingException notGb) {
            throw new InputException(at.get(), Message.of("input.encoding", Long.toString(firstBad)));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (n < 0) {
            if (kept == 0) {
              return -1;
            }
            throw new InputException(at.get(), Message.of("input.encoding", Long.toString(firstBad)));
          }
          int total = kept + n;
          int whole = Character.isHighSurrogate(chars[total - 1]) ? total - 1 : total;
          pending = new String(chars, 0, whole).getBytes(StandardCharsets.UTF_8);
          pendingAt = 0;
          kept = total - whole;
          if (kept > 0) {
            chars[0] = chars[total - 1];
          }
        }
        int n = Math.min(most, pending.length - pendingAt);
        System.arraycopy(pending, pendingAt, into, at0, n);
        pendingAt += n;
        return n;
      }
    };
    PartStream parts = new PartStream(decoded, channel, block);
    parts.block = block;
    parts.decodedFrom = firstBad;
    parts.thread.start();
    return parts;
  }

  private static FileChannel open(Path file, String shownAs) {
    Location at = new Location(shownAs, 0, 0, null);
    if (Files.isDirectory(file)) {
      throw new InputException(at, Message.of("input.is_directory"));
    }
    try {
      return FileChannel.open(file, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      throw new InputException(at, Message.of("input.not_found"));
    } catch (AccessDeniedException e) {
      throw new InputException(at, Message.of("input.access_denied"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void produce() {
    Object last;
    try {
      int index = 0;
      while (true) {
        byte[] array = free.poll();
        if (array == null && made < ARRAYS) {
          made++;
          array = SPARE.poll();
          if (array == null || array.length != splitter.arraySize()) {
            array = new byte[splitter.arraySize()];
          }
        }
        while (array == null && !closed) {
          array = free.poll(20, TimeUnit.MILLISECONDS);
        }
        if (closed) {
          return;
        }
        TextPart part = splitter.next(array);
        if (part == null) {
          last = END;
          break;
        }
        if (!offer(new Part(index++, part, splitter.ended()))) {
          return;
        }
      }
    } catch (RuntimeException | Error e) {
      last = e;
    } catch (InterruptedException e) {
      return;
    }
    offer(last);
  }

  private boolean offer(Object item) {
    try {
      while (!closed) {
        if (ready.offer(item, 20, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  /**
   * The next part in file order, waiting for it; {@code null} after the last or once the stream is closed.
   *
   * @throws CsvCuts.NotUtf8 when the file is not UTF-8 (inside {@link #read}, which starts again)
   * @throws InputException when the decoded file is not GB18030 either
   */
  public Part next() {
    Object item;
    synchronized (this) {
      item = ending;
      while (item == null) {
        if (closed) {
          return null;
        }
        try {
          item = ready.poll(20, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return null;
        }
        if (item != null && !(item instanceof Part)) {
          ending = item;
        }
      }
      if (item instanceof Part) {
        handed++;
      }
    }
    if (item instanceof Part part) {
      return part;
    }
    if (item == END) {
      return null;
    }
    if (item instanceof Error error) {
      throw error;
    }
    throw (RuntimeException) item;
  }

  /**
   * Reads the parts left on this thread and a helper at once: {@code work} on whichever thread takes a part (its
   * array given back as soon as it returns), then {@code absorb} of the results one at a time and in file order, on
   * whichever thread finds the next one ready, while the other reads on. What either thread throws is thrown here
   * once both have stopped (the first thrown, the reading stopped).
   *
   * @param after stop after the part that holds this line (0: read to the end)
   */
  public <R> void forEach(Function<TextPart, R> work, java.util.function.Consumer<R> absorb, int after) {
    forEach(null, work, absorb, after);
  }

  /** The same, beginning with {@code first}, a part already taken (read on this thread). */
  public <R> void forEach(Part first, Function<TextPart, R> work, java.util.function.Consumer<R> absorb,
      int after) {
    java.util.concurrent.ConcurrentHashMap<Integer, R> done = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.locks.ReentrantLock absorbing = new java.util.concurrent.locks.ReentrantLock();
    int[] next = {first != null ? first.index() : handed};
    Part[] mine = {first};
    Throwable[] failed = new Throwable[1];
    Thread caller = Thread.currentThread();
    Runnable reader = () -> {
      try {
        Part own = null;
        if (Thread.currentThread() == caller) {
          own = mine[0];
        }
        for (Part part = own != null ? own : next(); part != null; part = next()) {
          if (after > 0 && part.text().firstLine() > after) {
            release(part);
            closed = true; // the parts before are all taken: the reading thread stops
            break;
          }
          R result;
          try {
            result = work.apply(part.text());
          } finally {
            release(part);
          }
          done.put(part.index(), result);
          while (absorbing.tryLock()) {
            try {
              for (R r = done.remove(next[0]); r != null; r = done.remove(next[0])) {
                absorb.accept(r);
                next[0]++;
              }
            } finally {
              absorbing.unlock();
            }
            if (!done.containsKey(next[0])) {
              break;
            }
          }
        }
      } catch (RuntimeException | Error e) {
        synchronized (failed) {
          if (failed[0] == null) {
            failed[0] = e;
          }
        }
        closed = true;
      }
    };
    java.util.concurrent.CompletableFuture<Void> helper =
        java.util.concurrent.CompletableFuture.runAsync(reader, Background.thread("zhidu-check"));
    reader.run();
    helper.join(); // the reader catches everything: join returns normally
    if (failed[0] instanceof Error error) {
      throw error;
    }
    if (failed[0] != null) {
      throw (RuntimeException) failed[0];
    }
  }

  /** Gives back a part's array once the part has been read (nothing of it may be read after). */
  public void release(Part part) {
    byte[] array = part.text().utf8();
    if (array.length == splitter.arraySize()) {
      free.offer(array);
    }
  }

  /** Stops the reading thread (a reader that stops early), and closes the file. */
  @Override
  public void close() {
    closed = true;
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (byte[] array = free.poll(); array != null; array = free.poll()) {
      SPARE.offer(array);
    }
    try {
      source.close();
    } catch (Exception e) {
      // nothing was written: a file that fails to close was read all the same
    }
  }
}
