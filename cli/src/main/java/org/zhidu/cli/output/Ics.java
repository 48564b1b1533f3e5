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

  /**
   * Ends a calendar. RFC 5545 wants at least one component in every calendar: one without events (a month without
   * holidays, a person without duty that month) carries the time zone its days are meant in, China Standard Time
   * (UTC+8 all year), so that calendar programs still take it, as an empty calendar.
   */
  public static void end(StringBuilder out, boolean noEvents) {
    if (noEvents) {
      line(out, "BEGIN:VTIMEZONE");
      line(out, "TZID:Asia/Shanghai");
      line(out, "BEGIN:STANDARD");
      line(out, "DTSTART:19700101T000000");
      line(out, "TZOFFSETFROM:+0800");
      line(out, "TZOFFSETTO:+0800");
      line(out, "TZNAME:CST");
      line(out, "END:STANDARD");
      line(out, "END:VTIMEZONE");
    }
    line(out, "END:VCALENDAR");
  }

  public static String escape(String text) {
    // a CR alone, or CRLF, is a line break too; other control characters cannot stand in a text value (RFC 5545
    // 3.3.11) and are dropped
    String t = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder clean = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n' || !Character.isISOControl(c)) {
        clean.append(c);
      }
    }
    return clean.toString().replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\n", "\\n");
  }
}
