package org.zhidu.cli.calendar;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.zhidu.core.calendar.Day;
import org.zhidu.core.calendar.DayType;

/**
 * iCalendar (RFC 5545) for holiday days and make-up working days: one all-day event each, CRLF line ends, lines
 * folded at 75 octets without splitting a character, text escaped, a stable UID per day.
 */
public final class IcsCalendar {

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private IcsCalendar() {}

  static void write(List<Day> days, Instant now, PrintWriter out) {
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//zhidu//work calendar//ZH");
    line(ics, "CALSCALE:GREGORIAN");
    String stamp = STAMP.format(now.atOffset(ZoneOffset.UTC));
    for (Day day : days) {
      if (day.type() != DayType.HOLIDAY && day.type() != DayType.MAKEUP_WORKDAY) {
        continue;
      }
      String date = DATE.format(day.date());
      boolean holiday = day.type() == DayType.HOLIDAY;
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:" + date + (holiday ? "-holiday" : "-makeup") + "@zhidu");
      line(ics, "DTSTAMP:" + stamp);
      line(ics, "DTSTART;VALUE=DATE:" + date);
      line(ics, "DTEND;VALUE=DATE:" + DATE.format(day.date().plusDays(1)));
      line(ics, "SUMMARY:" + escape(day.name() + (holiday ? "（放假）" : "（调休上班）")));
      line(ics, "TRANSP:" + (holiday ? "TRANSPARENT" : "OPAQUE"));
      line(ics, "END:VEVENT");
    }
    line(ics, "END:VCALENDAR");
    out.print(ics);
  }

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
