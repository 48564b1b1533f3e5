package org.zhidu.cli.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhidu.core.register.CsvCuts;
import org.zhidu.core.register.TextPart;
import org.zhidu.core.register.Utf8;
import org.zhidu.policies.TextInput;

/**
 * Text files as offices save them: UTF-8 with or without a BOM, or GB18030 (which includes GBK), recognised
 * without being told, as the library reads them ({@link TextInput}); and a table's file in parts for the registers.
 */
public final class TextDecoding {

  private TextDecoding() {}

  /** Reads a whole file; a missing or unreadable file is an {@link InputException}. */
  public static String read(Path file, String shownAs) {
    return decode(bytes(file, shownAs), shownAs);
  }

  /**
   * A table's file as UTF-8 in consecutive parts of whole lines: the file's own bytes when it is UTF-8 (one part, or
   * the parts of a large file), else its text decoded from GB18030 and written as UTF-8 (one part).
   */
  public record Chunks(List<TextPart> parts) {

    /** A text already decoded, as one part. */
    public static Chunks of(String text) {
      return new Chunks(List.of(TextPart.of(text)));
    }
  }

  /** About this many bytes a part: small enough that tokenizing and checking are compiled early, many times over. */
  private static final int CHUNK = 2_000_000;

  /**
   * Reads a table's file like {@link #read}, without decoding it when it is UTF-8: a large file comes in parts of
   * whole records, cut where the tokenizer ends a record ({@link CsvCuts}), found (and the bytes checked to be UTF-8)
   * by two threads.
   */
  public static Chunks readChunks(Path file, String shownAs) {
    byte[] bytes = bytes(file, shownAs);
    int start = TextPart.hasBom(bytes) ? 3 : 0;
    if (bytes.length < 4 * CHUNK) {
      return Utf8.firstBad(bytes, start, bytes.length) < 0
          ? new Chunks(List.of(new TextPart(bytes, 0, bytes.length, 1)))
          : Chunks.of(decode(bytes, shownAs));
    }
    int pieces = (bytes.length - start + CHUNK - 1) / CHUNK;
    long[] counts = new long[pieces];
    boolean[] bad = new boolean[pieces];
    AtomicInteger next = new AtomicInteger();
    Runnable work = () -> {
      for (int k = next.getAndIncrement(); k < pieces; k = next.getAndIncrement()) {
        int from = start + k * CHUNK;
        int to = Math.min(from + CHUNK, bytes.length);
        counts[k] = CsvCuts.stretch(bytes, from, to);
        bad[k] = counts[k] == CsvCuts.NOT_UTF8;
      }
    };
    CompletableFuture<Void> helper = CompletableFuture.runAsync(work, Background.thread("zhidu-scan"));
    work.run();
    helper.join();
    for (boolean b : bad) {
      if (b) {
        return Chunks.of(decode(bytes, shownAs));
      }
    }
    return new Chunks(CsvCuts.parts(bytes, start, CHUNK, counts));
  }

  private static byte[] bytes(Path file, String shownAs) {
    return TextInput.bytes(file, shownAs);
  }

  /** Decodes a text's bytes: UTF-8 (a BOM dropped), else GB18030; see {@link TextInput#decode}. */
  public static String decode(byte[] bytes, String shownAs) {
    return TextInput.decode(bytes, shownAs);
  }
}
