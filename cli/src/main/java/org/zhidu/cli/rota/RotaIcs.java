package org.zhidu.cli.rota;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import org.zhidu.cli.Texts;
import org.zhidu.cli.output.Ics;
import org.zhidu.core.rota.DutyDay;
import org.zhidu.core.rota.RotaPolicy;

/**
 * The rota as iCalendar (RFC 5545): one event per duty day, from the handover time to the same time the next day
 * (R5) in China Standard Time (UTC+8 all year, written in UTC). For everyone, or for one person (the days they are on
 * duty or lead). Nothing depends on the clock: DTSTAMP is the first day of the rota, and a day changed by
 * {@code --keep} gets SEQUENCE 1 so calendar programs take the update.
 */
final class RotaIcs {

  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

  private RotaIcs() {}

  static void write(List<DutyDay> days, RotaPolicy policy, String person, List<LocalDate> changed, Texts texts,
      PrintWriter out) {
    StringBuilder ics = new StringBuilder();
    Ics.line(ics, "BEGIN:VCALENDAR");
    Ics.line(ics, "VERSION:2.0");
    Ics.line(ics, "PRODID:-//zhidu//duty rota//ZH");
    Ics.line(ics, "CALSCALE:GREGORIAN");
    Ics.line(ics, "METHOD:PUBLISH");
    String stamp = days.isEmpty() ? "19700101T000000Z" : utc(days.get(0).date().atStartOfDay());
    String who = person == null ? "" : "-" + HexFormat.of().formatHex(person.getBytes(StandardCharsets.UTF_8));
    for (DutyDay day : days) {
      boolean onDuty = person == null || day.duty().contains(person);
      boolean leads = person != null && person.equals(day.leader());
      if (!onDuty && !leads) {
        continue;
      }
      LocalDateTime start = day.date().atTime(policy.handover());
      Ics.line(ics, "BEGIN:VEVENT");
      Ics.line(ics, "UID:" + day.date().toString().replace("-", "") + "-duty" + who + "@zhidu");
      Ics.line(ics, "DTSTAMP:" + stamp);
      Ics.line(ics, "SEQUENCE:" + (changed.contains(day.date()) ? 1 : 0));
      Ics.line(ics, "DTSTART:" + utc(start));
      Ics.line(ics, "DTEND:" + utc(start.plusDays(1)));
      String duty = day.duty().isEmpty() ? "—" : String.join("、", day.duty());
      String leader = day.leader() == null ? "—" : day.leader();
      String summary = texts.get(person == null ? "rota.ics.all" : onDuty ? "rota.ics.duty" : "rota.ics.lead", duty,
          leader);
      Ics.line(ics, "SUMMARY:" + Ics.escape(summary));
      Ics.line(ics, "TRANSP:OPAQUE");
      Ics.line(ics, "END:VEVENT");
    }
    Ics.line(ics, "END:VCALENDAR");
    out.print(ics);
  }

  private static String utc(LocalDateTime chinaTime) {
    return UTC.format(chinaTime.atOffset(CHINA).withOffsetSameInstant(ZoneOffset.UTC));
  }
}
