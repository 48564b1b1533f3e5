package org.zhidu.cli.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.register.CsvCuts;
import org.zhidu.core.register.TextPart;
import org.zhidu.core.register.Utf8;

/**
 * Text files as offices save them: UTF-8 with or without a BOM, or GB18030 (which includes GBK), recognised
 * without being told. A strict UTF-8 decode is tried first, then strict GB18030; statistical detectors guess wrong
 * on short Chinese text. Bytes that are neither are an error naming the byte offset.
 */
public final class TextDecoding {

  private static final Charset GB18030 = Charset.forName("GB18030");

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
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(new Location(shownAs, 0, 0, null), Message.of("input.not_found"));
    } catch (AccessDeniedException e) {
      throw new InputException(new Location(shownAs, 0, 0, null), Message.of("input.access_denied"));
    } catch (IOException e) {
      if (Files.isDirectory(file)) {
        throw new InputException(new Location(shownAs, 0, 0, null), Message.of("input.is_directory"));
      }
      throw new UncheckedIOException(e);
    }
    return bytes;
  }

  public static String decode(byte[] bytes, String shownAs) {
    int start = TextPart.hasBom(bytes) ? 3 : 0;
    // The JDK's own UTF-8 decoding is the fastest; it replaces a bad sequence with U+FFFD, so only when that
    // character appears is the text decoded again strictly, to tell a real U+FFFD from bytes that are not UTF-8.
    String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return strict(StandardCharsets.UTF_8).decode(input).toString();
    } catch (CharacterCodingException notUtf8) {
      if (start == 0) {
        try {
          return strict(GB18030).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notGb) {
          // fall through to the error that names where the bytes went wrong
        }
      }
      long offset = firstBadByte(bytes, start);
      throw new InputException(
          new Location(shownAs, 0, 0, null), Message.of("input.encoding", Long.toString(offset)));
    }
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The offset of the first byte UTF-8 cannot read. */
  private static long firstBadByte(byte[] bytes, int start) {
    CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
    CoderResult result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : bytes.length;
  }
}
