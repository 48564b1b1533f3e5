package org.zhidu.policies;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
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
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.register.TextPart;

/**
 * Text as offices save it, read from a file, a stream or a reader: UTF-8 with or without a BOM, or GB18030 (which
 * includes GBK), recognised without being told. A strict UTF-8 decode is tried first, then strict GB18030;
 * statistical detectors guess wrong on short Chinese text. Bytes that are neither are an {@link InputException}
 * naming the byte offset; a missing, unreadable or folder path is an {@link InputException} naming the path. The
 * packs, office files, calendar files and registers of the library are read through it, and so are the command
 * line's inputs.
 *
 * <p>Stateless: every method may be called from any number of threads at once.
 */
public final class TextInput {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private TextInput() {}

  /**
   * Reads a whole file.
   *
   * @param file the file to read
   * @param shownAs how locations name the file (the path as the user wrote it)
   * @return the decoded text, without a BOM
   * @throws InputException when the file is missing, unreadable, a folder, or neither UTF-8 nor GB18030
   * @throws UncheckedIOException when reading fails in another way
   */
  public static String read(Path file, String shownAs) {
    return decode(bytes(file, shownAs), shownAs);
  }

  /**
   * Reads a stream to its end; the stream is not closed.
   *
   * @param in the bytes of the text
   * @param shownAs how locations name the input
   * @return the decoded text, without a BOM
   * @throws InputException when the bytes are neither UTF-8 nor GB18030
   * @throws UncheckedIOException when reading the stream fails
   */
  public static String read(InputStream in, String shownAs) {
    try {
      return decode(in.readAllBytes(), shownAs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a reader to its end, its characters taken as they are (a reader has decoded them already); a leading BOM is
   * dropped. The reader is not closed.
   *
   * @param in the characters of the text
   * @return the text, without a BOM
   * @throws UncheckedIOException when reading fails
   */
  public static String read(Reader in) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.length() > 0 && text.charAt(0) == '\uFEFF' ? text.substring(1) : text.toString();
  }

  /**
   * The bytes of a whole file.
   *
   * @param file the file to read
   * @param shownAs how locations name the file
   * @return every byte of the file
   * @throws InputException when the file is missing, unreadable or a folder
   * @throws UncheckedIOException when reading fails in another way
   */
  public static byte[] bytes(Path file, String shownAs) {
    try {
      return Files.readAllBytes(file);
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
  }

  /**
   * Decodes the bytes of a text: UTF-8 (a BOM dropped), else GB18030.
   *
   * @param bytes the bytes
   * @param shownAs how locations name the input
   * @return the text
   * @throws InputException at the line and column of the first byte UTF-8 cannot read (its offset given too), when
   *     GB18030 cannot read them either
   */
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
      throw new InputException(placeOf(shownAs, new java.io.ByteArrayInputStream(bytes), offset),
          Message.of("input.encoding", Long.toString(offset)));
    }
  }

  /**
   * Where a byte of a text is, for an error at it: its line (ended by LF, CR LF or a CR alone, as the readers end
   * them) and its column, in characters of the line before it (which are UTF-8: the byte is the first that is not),
   * a byte-order mark not counted. Read in one pass, keeping nothing of the lines.
   *
   * @param shownAs how the location names the input
   * @param in the input's bytes from its start
   * @param offset the byte's offset
   * @return the byte's line and column
   */
  public static Location placeOf(String shownAs, InputStream in, long offset) {
    int line = 1;
    int column = 1;
    boolean afterCr = false;
    byte[] buffer = new byte[1 << 16];
    long at = 0;
    try {
      while (at < offset) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, offset - at));
        if (n < 0) {
          break;
        }
        for (int i = 0; i < n; i++) {
          int b = buffer[i] & 0xFF;
          if (b == '\n' || b == '\r') {
            if (b == '\r' || !afterCr) {
              line++;
            }
            column = 1;
            afterCr = b == '\r';
            continue;
          }
          afterCr = false;
          boolean bom = at + i == 0 && b == 0xEF; // EF BB BF: its last two bytes are continuation bytes
          if ((b & 0xC0) != 0x80 && !bom) {
            column += (b & 0xF8) == 0xF0 ? 2 : 1; // a character beyond U+FFFF is two in a Java string
          }
        }
        at += n;
      }
    } catch (IOException e) {
      return new Location(shownAs, 0, 0, null);
    }
    return new Location(shownAs, line, column, null);
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
