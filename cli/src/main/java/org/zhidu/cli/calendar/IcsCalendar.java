package org.zhidu.cli.calendar;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.zhidu.cli.output.Ics;
import org.zhidu.core.calendar.Day;
import org.zhidu.core.calendar.DayType;

/**
 * iCalendar (RFC 5545) for holiday days and make-up working days: one all-day event each, CRLF line ends, lines
 * folded at 75 octets without splitting a character, text escaped, a stable UID per day. Nothing depends on the
 * clock: DTSTAMP is the first day shown (midnight in Beijing), so the same month always gives the same bytes.
 */
public final class IcsCalendar {

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private IcsCalendar() {}

  /** The days' holidays and make-up days as a calendar called {@code name} (X-WR-CALNAME) when imported. */
  static void write(List<Day> days, String name, PrintWriter out) {
    StringBuilder ics = new StringBuilder();
    Ics.line(ics, "BEGIN:VCALENDAR");
    Ics.line(ics, "VERSION:2.0");
    Ics.line(ics, "PRODID:-//zhidu//work calendar//ZH");
    Ics.line(ics, "CALSCALE:GREGORIAN");
    Ics.line(ics, "X-WR-CALNAME:" + Ics.escape(name));
    String stamp = days.isEmpty() ? "19700101T000000Z"
        : STAMP.format(days.get(0).date().atStartOfDay().atOffset(ZoneOffset.ofHours(8)).withOffsetSameInstant(
            ZoneOffset.UTC));
    int events = 0;
    for (Day day : days) {
      if (day.type() != DayType.HOLIDAY && day.type() != DayType.MAKEUP_WORKDAY) {
        continue;
      }
      events++;
      String date = DATE.format(day.date());
      boolean holiday = day.type() == DayType.HOLIDAY;
      Ics.line(ics, "BEGIN:VEVENT");
      Ics.line(ics, "UID:" + date + (holiday ? "-holiday" : "-makeup") + "@zhidu");
      Ics.line(ics, "DTSTAMP:" + stamp);
      Ics.line(ics, "DTSTART;VALUE=DATE:" + date);
      Ics.line(ics, "DTEND;VALUE=DATE:" + DATE.format(day.date().plusDays(1)));
      Ics.line(ics, "SUMMARY:" + Ics.escape(day.name() + (holiday ? "（放假）" : "（调休上班）")));
      Ics.line(ics, "TRANSP:" + (holiday ? "TRANSPARENT" : "OPAQUE"));
      Ics.line(ics, "END:VEVENT");
    }
    Ics.end(ics, events == 0);
    out.print(ics);
  }
}
