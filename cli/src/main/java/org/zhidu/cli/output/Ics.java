package org.zhidu.cli.output;

import java.nio.charset.StandardCharsets;

/** iCalendar (RFC 5545) content lines: CRLF ends, folding at 75 octets without splitting a character, escaping. */
public final class Ics {

  private Ics() {}

  /** Appends a content line, folded at 75 octets of UTF-8 (continuations start with a space), ended by CRLF. */
  public static void line(StringBuilder out, String content) {
    int octets = 0;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }

  public static String escape(String text) {
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
  }
}
