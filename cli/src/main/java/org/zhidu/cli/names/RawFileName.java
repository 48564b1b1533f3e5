package org.zhidu.cli.names;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.zhidu.cli.output.Visible;

/**
 * A file name as the bytes the file system holds. Java reads a name that is not UTF-8 with U+FFFD for each bad
 * byte; the path it came from still holds the bytes, but the string names another file or none, so such a name can
 * be neither checked nor renamed. Its bytes are still shown: the URI of a path keeps them, percent-escaped.
 */
final class RawFileName {

  private RawFileName() {}

  /** Whether the entry's name, read as a string, names the entry again. */
  static boolean isUtf8(Path entry) {
    Path name = entry.getFileName();
    return name.equals(name.getFileSystem().getPath(name.toString()));
  }

  /** The entry's name, every byte that is not part of a UTF-8 character written \xNN, controls made visible. */
  static String shown(Path entry) {
    if (isUtf8(entry)) {
      return Visible.of(entry.getFileName().toString());
    }
    String uri = entry.toAbsolutePath().toUri().getRawPath();
    while (uri.length() > 1 && uri.endsWith("/")) {
      uri = uri.substring(0, uri.length() - 1);
    }
    byte[] bytes = percentDecoded(uri.substring(uri.lastIndexOf('/') + 1));
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
    StringBuilder out = new StringBuilder();
    while (true) {
      CoderResult result = decoder.decode(in, chars, true);
      chars.flip();
      out.append(Visible.of(chars.toString()));
      chars.clear();
      if (result.isError()) {
        for (int i = 0; i < result.length(); i++) {
          out.append(String.format("\\x%02X", in.get() & 0xFF));
        }
      } else if (result.isUnderflow()) {
        break;
      }
    }
    return out.toString();
  }

  private static byte[] percentDecoded(String text) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length()) {
        out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c); // a URI's path is ASCII: anything else is escaped
      }
    }
    return out.toByteArray();
  }
}
