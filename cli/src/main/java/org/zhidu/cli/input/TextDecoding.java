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
   * A decoded file as consecutive runs of whole lines: one text, or the chunks of a large file.
   *
   * @param texts the chunks, in file order
   * @param firstLines the number of each chunk's first line
   */
  public record Chunks(List<String> texts, List<Integer> firstLines) {}

  /** About this many bytes a chunk: small enough that decoding and tokenizing are compiled early, many times over. */
  private static final int CHUNK = 2_000_000;

  /**
   * Reads a file like {@link #read}, but a large UTF-8 file comes in chunks of whole lines, cut at line ends outside
   * quoted cells, decoded by two threads at once.
   */
  public static Chunks readChunks(Path file, String shownAs) {
    byte[] bytes = bytes(file, shownAs);
    int start = hasBom(bytes) ? 3 : 0;
    if (bytes.length >= 4 * CHUNK) {
      List<int[]> cuts = cuts(bytes, start);
      String[] texts = new String[cuts.size() - 1];
      AtomicInteger next = new AtomicInteger();
      Runnable work = () -> {
        for (int k = next.getAndIncrement(); k < texts.length; k = next.getAndIncrement()) {
          int from = cuts.get(k)[0];
          texts[k] = new String(bytes, from, cuts.get(k + 1)[0] - from, StandardCharsets.UTF_8);
        }
      };
      CompletableFuture<Void> helper = CompletableFuture.runAsync(work);
      work.run();
      helper.join();
      boolean utf8 = true;
      for (String t : texts) {
        utf8 &= t.indexOf('\uFFFD') < 0;
      }
      if (utf8) {
        List<Integer> lines = new ArrayList<>();
        for (int k = 0; k < texts.length; k++) {
          lines.add(cuts.get(k)[1]);
        }
        return new Chunks(List.of(texts), lines);
      }
    }
    return new Chunks(List.of(decode(bytes, shownAs)), List.of(1));
  }

  /**
   * Where to cut: the start, then the first line end past every {@link #CHUNK} bytes that is outside all quoted
   * cells (an even number of quote bytes before it: the byte " is never part of a multi-byte character in UTF-8 or
   * GB18030), then the end; each with the number of the line that begins there.
   */
  private static List<int[]> cuts(byte[] bytes, int start) {
    List<int[]> cuts = new ArrayList<>();
    cuts.add(new int[] {start, 1});
    int quotes = 0;
    int lines = 1;
    int next = start + CHUNK;
    for (int i = start; i < bytes.length - 1; i++) {
      byte b = bytes[i];
      if (b == '"') {
        quotes++;
      } else if (b == '\n') {
        lines++;
        if (i >= next && (quotes & 1) == 0) {
          cuts.add(new int[] {i + 1, lines});
          next = i + 1 + CHUNK;
        }
      }
    }
    cuts.add(new int[] {bytes.length, lines});
    return cuts;
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
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
    int start = hasBom(bytes) ? 3 : 0;
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
