package org.zhidu.cli.rota;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.output.Html;
import org.zhidu.core.calendar.Day;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.office.Notice;
import org.zhidu.core.office.Office;
import org.zhidu.core.rota.DutyDay;
import org.zhidu.core.rota.Notifier;
import org.zhidu.core.rota.RotaPlan;
import org.zhidu.core.rota.RotaPolicy;

/**
 * The rota as one self-contained HTML page for the notice board (公示栏): one sheet of A4 portrait for any month,
 * names of four characters included; the holiday's name, 调休上班 days set apart from workdays and a legend, the shading
 * kept in print; the duty phone and the leaders' phones where the office file gives them; 制表, 审核
 * and the date of issue. The public sheet carries no rule ids: its notes are in words. A rota that breaks hard rules
 * is never printed clean: a banner says how many problems it has and the first of them. With {@code --keep}, the days
 * the re-plan changed are marked. On a phone, the table scrolls sideways and a name never breaks in the middle.
 */
final class RotaHtml {

  /** The problems the banner lists; the rest are counted. */
  static final int BANNER_PROBLEMS = 3;

  /** A problem's words in the banner: one line of the sheet (the whole of it is in the text report). */
  static final int BANNER_CHARACTERS = 48;

  /** Everything the sheet shows. */
  record Sheet(String title, Office office, RotaPlan plan, Map<LocalDate, Integer> versions, List<String> problems,
      WorkCalendar calendar, RotaPolicy policy, LocalDate issued) {}

  private RotaHtml() {}

  static void write(Sheet sheet, Texts texts, PrintWriter out) {
    Html.begin(out, texts, sheet.title(),
        "@page { margin: 10mm 12mm; }",
        "h1 { text-align: center; font-size: 17pt; margin: 0 0 2mm; }",
        "p.sub { text-align: center; margin: 0 0 2mm; }",
        "div.scroll { overflow-x: auto; }",
        "table.rota { table-layout: fixed; font-size: 9.5pt; line-height: 1.2; }",
        "table.rota th, table.rota td { border: 1px solid #000; padding: 0.4mm 1.2mm; text-align: center;"
            + " overflow-wrap: normal; word-break: keep-all; }",
        "table.rota th { background: #e4e4e4; }",
        "span.n, table.rota td:first-child { white-space: nowrap; }",
        "tr.holiday td { background: #f2c4c4; }",
        "tr.weekend td { background: #ececec; }",
        "tr.makeup td { background: repeating-linear-gradient(135deg, #fff 0 3px, #dde6f5 3px 6px); font-weight: bold; }",
        ".swatch { display: inline-block; width: 9mm; height: 3.2mm; border: 1px solid #000; vertical-align: middle;"
            + " margin: 0 1mm 0 3mm; }",
        ".swatch.holiday { background: #f2c4c4; } .swatch.weekend { background: #ececec; }",
        ".swatch.makeup { background: repeating-linear-gradient(135deg, #fff 0 3px, #dde6f5 3px 6px); }",
        "p.legend, p.note, p.phones { margin: 1.5mm 0 0; font-size: 9.5pt; }",
        "div.banner { border: 2px solid #b00; color: #b00; padding: 1.5mm 3mm; margin: 0 0 2mm; font-size: 9.5pt; }",
        "div.banner ul { margin: 0.5mm 0 0; padding-left: 5mm; }",
        "p.sign { margin: 4mm 0 0; display: flex; justify-content: space-between; }",
        "@media screen and (max-width: 600px) { body { font-size: 9.5pt; } table.rota { table-layout: auto; } }");
    Notice notice = sheet.office().notice();
    StringBuilder sub = new StringBuilder();
    if (notice.dutyPhone() != null) {
      sub.append(Html.escape(texts.get("rota.page.phone", notice.dutyPhone()))).append("　");
    }
    sub.append(Html.escape(texts.get("rota.page.handover", sheet.policy().handover())));
    out.println("<p class=\"sub\">" + sub + "</p>");
    banner(sheet.problems(), texts, out);
    boolean marked = sheet.plan().days().stream().anyMatch(d -> sheet.plan().changed().contains(d.date()));
    out.println("<div class=\"scroll\">");
    out.println("<table class=\"rota\">");
    out.println("<colgroup><col style=\"width:15%\"><col style=\"width:9%\"><col style=\"width:13%\">"
        + "<col style=\"width:26%\"><col style=\"width:16%\"><col style=\"width:21%\"></colgroup>");
    out.println("<thead><tr>" + th(texts, "rota.col.date") + th(texts, "rota.col.weekday")
        + th(texts, "rota.col.type") + th(texts, "rota.col.duty") + th(texts, "rota.col.leader")
        + th(texts, "rota.col.notifier") + "</tr></thead>");
    out.println("<tbody>");
    boolean gap = false;
    for (DutyDay day : sheet.plan().days()) {
      String kind = switch (day.type()) {
        case HOLIDAY -> " class=\"holiday\"";
        case WEEKEND -> " class=\"weekend\"";
        case MAKEUP_WORKDAY -> " class=\"makeup\"";
        case WORKDAY -> "";
      };
      boolean changed = sheet.plan().changed().contains(day.date());
      gap |= day.notifier() instanceof Notifier.PreviousDuty p && !p.byClause();
      out.println("<tr" + kind + "><td>" + day.date() + (changed ? "△" : "") + "</td><td>"
          + Html.escape(Dates.weekday(day.date().getDayOfWeek(), texts)) + "</td><td>"
          + Html.escape(type(day, sheet.calendar(), texts)) + "</td><td>" + names(day.duty()) + "</td><td>"
          + (day.leader() == null ? "—" : names(List.of(day.leader()))) + "</td><td>"
          + names(List.of(RotaOutput.notifier(day.notifier(), texts))) + "</td></tr>");
    }
    out.println("</tbody>");
    out.println("</table>");
    out.println("</div>");
    out.println("<p class=\"legend\">" + Html.escape(texts.get("rota.page.legend"))
        + "<span class=\"swatch holiday\"></span>" + Html.escape(texts.get("rota.page.legend.holiday"))
        + "<span class=\"swatch weekend\"></span>" + Html.escape(texts.get("rota.page.legend.weekend"))
        + "<span class=\"swatch makeup\"></span>" + Html.escape(texts.get("rota.page.legend.makeup"))
        + (marked ? "　" + Html.escape(texts.get("rota.page.legend.changed")) : "") + "</p>");
    phones(sheet, texts, out);
    out.println("<p class=\"note\">" + Html.escape(texts.get(gap ? "rota.page.notifier_note_gap"
        : "rota.page.notifier_note")) + "</p>");
    String blank = "＿＿＿＿";
    out.println("<p class=\"sign\"><span>" + Html.escape(texts.get("rota.page.prepared",
        notice.preparedBy() == null ? blank : notice.preparedBy())) + "</span><span>"
        + Html.escape(texts.get("rota.page.reviewed", notice.reviewedBy() == null ? blank : notice.reviewedBy()))
        + "</span><span>" + Html.escape(texts.get("rota.page.issued", texts.get("rota.page.date",
            sheet.issued().getYear(), sheet.issued().getMonthValue(), sheet.issued().getDayOfMonth()))) + "</span></p>");
    Html.end(out);
  }

  /** The banner of a rota that breaks hard rules: the count, the first problems, how many more. */
  private static void banner(List<String> problems, Texts texts, PrintWriter out) {
    if (problems.isEmpty()) {
      return;
    }
    out.println("<div class=\"banner\" role=\"alert\"><strong>" + Html.escape(texts.get("rota.page.banner",
        problems.size())) + "</strong>");
    out.println("<ul>");
    for (String p : problems.subList(0, Math.min(BANNER_PROBLEMS, problems.size()))) {
      out.println("<li>" + Html.escape(p.codePointCount(0, p.length()) > BANNER_CHARACTERS
          ? p.substring(0, p.offsetByCodePoints(0, BANNER_CHARACTERS - 1)) + "…" : p) + "</li>");
    }
    out.println("</ul>");
    if (problems.size() > BANNER_PROBLEMS) {
      out.println(Html.escape(texts.get("rota.page.banner_more", problems.size() - BANNER_PROBLEMS)));
    }
    out.println("</div>");
  }

  /**
   * The leaders' phones, each name once in the order they first lead (the duty people are reached through the duty
   * phone; their own phones go into the calendar's events).
   */
  private static void phones(Sheet sheet, Texts texts, PrintWriter out) {
    Notice notice = sheet.office().notice();
    Set<String> leaders = new LinkedHashSet<>();
    for (DutyDay day : sheet.plan().days()) {
      if (day.leader() != null) {
        leaders.add(day.leader());
      }
    }
    String led = phoneList(leaders, notice);
    if (!led.isEmpty()) {
      out.println("<p class=\"phones\">" + Html.escape(texts.get("rota.page.phones.leaders")) + led + "</p>");
    }
  }

  private static String phoneList(Set<String> names, Notice notice) {
    List<String> parts = new ArrayList<>();
    for (String name : names) {
      String phone = notice.phone(name);
      if (phone != null) {
        parts.add("<span class=\"n\">" + Html.escape(name + " " + phone) + "</span>");
      }
    }
    return String.join("；", parts);
  }

  /** The 类型 cell: a holiday by its name (国庆节, 春节), a make-up working day as 调休上班. */
  static String type(DutyDay day, WorkCalendar calendar, Texts texts) {
    if (day.type() == DayType.HOLIDAY && calendar.isAnnounced(day.date().getYear())) {
      Day d = calendar.day(day.date());
      if (d.name() != null && !d.name().isBlank()) {
        return d.name();
      }
    }
    return texts.get("calendar.type." + day.type().id());
  }

  /** Names that wrap between them, never inside one. */
  private static String names(List<String> names) {
    if (names.isEmpty()) {
      return "—";
    }
    List<String> spans = new ArrayList<>();
    for (String n : names) {
      spans.add("<span class=\"n\">" + Html.escape(n) + "</span>");
    }
    return String.join("、", spans);
  }

  private static String th(Texts texts, String key) {
    return "<th>" + Html.escape(texts.get(key)) + "</th>";
  }
}
