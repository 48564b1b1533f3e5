package org.zhidu.cli.rota;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.zhidu.cli.Texts;
import org.zhidu.cli.output.Ics;
import org.zhidu.core.office.Notice;
import org.zhidu.core.office.Office;
import org.zhidu.core.rota.DutyDay;
import org.zhidu.core.rota.RotaPolicy;

/**
 * The rota as iCalendar (RFC 5545): one event per duty day, from the handover time to the same time the next day
 * (R5) in China Standard Time (UTC+8 all year, written in UTC). For everyone, or for one person (the days they are on
 * duty or lead). The calendar is named (X-WR-CALNAME) after the rota; each event's DESCRIPTION says who else is on
 * duty, who leads (with their phone where the office file gives it), who notifies and when the duty is handed over.
 * A UID names the day, the office (two offices' rotas never collide in one calendar) and, for one person's calendar,
 * the person. Nothing depends on the clock: DTSTAMP is the first day of the rota, and SEQUENCE is the day's version
 * (one more each time a re-plan with {@code --keep} changes it), so calendar programs take the update.
 */
final class RotaIcs {

  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

  private RotaIcs() {}

  static void write(String title, Office office, List<DutyDay> days, Map<LocalDate, Integer> versions,
      RotaPolicy policy, String person, Texts texts, PrintWriter out) {
    StringBuilder ics = new StringBuilder();
    Ics.line(ics, "BEGIN:VCALENDAR");
    Ics.line(ics, "VERSION:2.0");
    Ics.line(ics, "PRODID:-//zhidu//duty rota//ZH");
    Ics.line(ics, "CALSCALE:GREGORIAN");
    // no METHOD: the file is a calendar to import, not a scheduling message; METHOD:PUBLISH would make it one
    // (RFC 5546), which needs an ORGANIZER in every event, and validating readers refuse it without one
    Ics.line(ics, "X-WR-CALNAME:" + Ics.escape(person == null ? title : texts.get("rota.ics.calendar", title,
        person)));
    Ics.line(ics, "X-WR-TIMEZONE:Asia/Shanghai");
    String stamp = days.isEmpty() ? "19700101T000000Z" : utc(days.get(0).date().atStartOfDay());
    String where = "-" + digest(office.name());
    String who = person == null ? "" : "-" + digest(person);
    Notice notice = office.notice();
    int events = 0;
    for (DutyDay day : days) {
      boolean onDuty = person == null || day.duty().contains(person);
      boolean leads = person != null && person.equals(day.leader());
      if (!onDuty && !leads) {
        continue;
      }
      LocalDateTime start = day.date().atTime(policy.handover());
      events++;
      Ics.line(ics, "BEGIN:VEVENT");
      Ics.line(ics, "UID:" + day.date().toString().replace("-", "") + "-duty" + where + who + "@zhidu");
      Ics.line(ics, "DTSTAMP:" + stamp);
      Ics.line(ics, "SEQUENCE:" + versions.getOrDefault(day.date(), 0));
      Ics.line(ics, "DTSTART:" + utc(start));
      Ics.line(ics, "DTEND:" + utc(start.plusDays(1)));
      String duty = day.duty().isEmpty() ? "—" : String.join("、", day.duty());
      String leader = day.leader() == null ? "—" : day.leader();
      String summary = texts.get(person == null ? "rota.ics.all" : onDuty ? "rota.ics.duty" : "rota.ics.lead", duty,
          leader);
      Ics.line(ics, "SUMMARY:" + Ics.escape(summary));
      Ics.line(ics, "DESCRIPTION:" + Ics.escape(description(day, person, onDuty, notice, policy, texts)));
      Ics.line(ics, "TRANSP:OPAQUE");
      Ics.line(ics, "END:VEVENT");
    }
    Ics.end(ics, events == 0);
    out.print(ics);
  }

  /** Who else is on duty, who leads, who notifies, the handover, the duty phone: a line each. */
  private static String description(DutyDay day, String person, boolean onDuty, Notice notice, RotaPolicy policy,
      Texts texts) {
    List<String> lines = new ArrayList<>();
    List<String> others = new ArrayList<>(day.duty());
    if (person != null && onDuty) {
      others.remove(person);
      if (!others.isEmpty()) {
        lines.add(texts.get("rota.ics.with", withPhones(others, notice)));
      }
    } else {
      lines.add(texts.get("rota.ics.on_duty", others.isEmpty() ? "—" : withPhones(others, notice)));
    }
    lines.add(texts.get("rota.ics.leader", day.leader() == null ? "—" : withPhones(List.of(day.leader()), notice)));
    String notifier = RotaOutput.notifier(day.notifier(), texts);
    lines.add(texts.get("rota.ics.notifier", notifier.isEmpty() ? "—" : notifier));
    lines.add(texts.get("rota.ics.handover", policy.handover()));
    if (notice.dutyPhone() != null) {
      lines.add(texts.get("rota.page.phone", notice.dutyPhone()));
    }
    return String.join("\n", lines);
  }

  private static String withPhones(List<String> names, Notice notice) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      String phone = notice.phone(n);
      out.add(phone == null ? n : n + "（" + phone + "）");
    }
    return String.join("、", out);
  }

  /** A short stable digest of a name for a UID: the first 12 hex digits of its SHA-256. */
  static String digest(String name) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every Java platform has SHA-256
    }
  }

  private static String utc(LocalDateTime chinaTime) {
    return UTC.format(chinaTime.atOffset(CHINA).withOffsetSameInstant(ZoneOffset.UTC));
  }
}
