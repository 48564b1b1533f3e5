package org.zhidu.core.register;

/**
 * Strict UTF-8, as the JDK's decoder reports it: no overlong forms, no surrogates, nothing above U+10FFFF, no byte
 * left over. Read without decoding, so that a large file is checked by several threads, each over its own stretch,
 * and then read as bytes.
 */
public final class Utf8 {

  private Utf8() {}

  /**
   * Where the first character that begins in {@code [from, to)} is not UTF-8, or -1 when every one is; a character
   * may end past {@code to}, and one begun before {@code from} is left to the stretch it begins in.
   *
   * @param b the bytes
   * @param from the first byte of the stretch, inclusive
   * @param to the end of the stretch, exclusive
   * @return the index of the first bad character's first byte, or -1
   */
  public static int firstBad(byte[] b, int from, int to) {
    int i = start(b, from);
    while (i < to) {
      if (b[i] >= 0) {
        i++;
        continue;
      }
      int length = charLength(b, i);
      if (length == 0) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  /** Where a stretch's own characters begin: past the tail of a character begun before {@code from}. */
  static int start(byte[] b, int from) {
    for (int back = 1; back <= 3 && from - back >= 0; back++) {
      int lead = b[from - back] & 0xFF;
      if (lead < 0x80 || lead >= 0xC0) {
        int length = length(lead);
        return length > back ? from - back + length : from;
      }
    }
    return from;
  }

  /** The length of the character that begins at {@code i} (a byte of 0x80 or more), or 0 when it is no UTF-8. */
  static int charLength(byte[] b, int i) {
    int length = length(b[i] & 0xFF);
    return length == 0 || i + length > b.length || !valid(b, i, length) ? 0 : length;
  }

  /** The length of the character a lead byte begins: 2, 3 or 4; 0 for a byte that begins none. */
  static int length(int lead) {
    if (lead < 0x80) {
      return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  }

  static boolean valid(byte[] b, int i, int length) {
    int lead = b[i] & 0xFF;
    int second = b[i + 1] & 0xFF;
    // the second byte's range excludes overlong forms, surrogates and code points past U+10FFFF
    int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    if (second < low || second > high) {
      return false;
    }
    for (int k = 2; k < length; k++) {
      if ((b[i + k] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }
}
