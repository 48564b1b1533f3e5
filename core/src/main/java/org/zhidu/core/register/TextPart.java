package org.zhidu.core.register;

import java.nio.charset.StandardCharsets;

/**
 * Whole lines of a text in UTF-8: the text itself, or one stretch of a large file read in parts. The first part of a
 * table begins with its header (a byte-order mark before it is passed over); a later part begins at a line start
 * outside every quoted cell.
 *
 * @param utf8 the bytes (shared by the parts of one file, never changed)
 * @param from where the part begins
 * @param to where it ends
 * @param firstLine the number of the line it begins with
 */
public record TextPart(byte[] utf8, int from, int to, int firstLine) {

  /**
   * A whole text.
   *
   * @param text the text
   * @return a part from its first byte to its last, beginning at line 1
   */
  public static TextPart of(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new TextPart(bytes, 0, bytes.length, 1);
  }

  /**
   * Whether the bytes begin with UTF-8's byte-order mark.
   *
   * @param bytes the start of a file
   * @return {@code true} when the first three bytes are EF BB BF
   */
  public static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }
}
