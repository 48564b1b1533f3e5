package org.zhidu.cli.rota;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.Dates;
import org.zhidu.cli.output.FindingsReport;
import org.zhidu.cli.output.TextTable;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Role;
import org.zhidu.core.rota.DutyDay;
import org.zhidu.core.rota.Fairness;
import org.zhidu.core.rota.Notifier;
import org.zhidu.core.rota.PersonLoad;

/** The pieces of rota reports shared by generate, check and stats: the day table, the counts, the figures. */
final class RotaOutput {

  private RotaOutput() {}

  static void dayTable(List<DutyDay> days, Texts texts, PrintWriter out) {
    TextTable table = new TextTable();
    table.row(texts.get("rota.col.date"), texts.get("rota.col.weekday"), texts.get("rota.col.type"),
        texts.get("rota.col.duty"), texts.get("rota.col.leader"), texts.get("rota.col.notifier"));
    for (DutyDay day : days) {
      table.row(day.date().toString(), Dates.weekday(day.date().getDayOfWeek(), texts),
          texts.get("calendar.type." + day.type().id()), day.duty().isEmpty() ? "—" : String.join("、", day.duty()),
          day.leader() == null ? "—" : day.leader(), notifier(day.notifier(), texts));
    }
    table.print(out, "");
  }

  static String notifier(Notifier notifier, Texts texts) {
    if (notifier == null) {
      return "";
    }
    String name = notifier.name() == null ? texts.get("rota.previous_duty") : notifier.name();
    return notifier instanceof Notifier.PreviousDuty p && !p.byClause() ? name + "*" : name;
  }

  /** Each person's counts (R9): clerks' duty days, then leaders' weeks and holiday days. */
  static void loadTable(List<PersonLoad> loads, Office office, Texts texts, PrintWriter out) {
    loadTable(loads, office, List.of(), texts, out);
  }

  /**
   * The duty days per person; under the table, why a person has none on the days given (上派学习, leave), from the
   * office file's absences that meet those days.
   */
  static void loadTable(List<PersonLoad> loads, Office office, List<DutyDay> days, Texts texts, PrintWriter out) {
    TextTable table = new TextTable();
    String[] header = new String[10];
    header[0] = texts.get("rota.col.name");
    header[1] = texts.get("rota.col.total");
    header[2] = texts.get("rota.col.holidays");
    for (int w = 1; w <= 7; w++) {
      header[2 + w] = texts.get("calendar.weekday.short." + w);
    }
    table.row(header);
    boolean leaders = false;
    for (PersonLoad p : loads) {
      if (isLeader(p, office)) {
        leaders = true;
        continue;
      }
      String[] row = new String[10];
      row[0] = p.name();
      row[1] = Integer.toString(p.total());
      row[2] = Integer.toString(p.holidays());
      for (int w = 0; w < 7; w++) {
        row[3 + w] = Integer.toString(p.byWeekday().get(w));
      }
      table.row(row);
    }
    table.print(out, "  ");
    zeroDays(loads, office, days, texts, out);
    if (leaders) {
      TextTable led = new TextTable();
      led.row(texts.get("rota.col.name"), texts.get("rota.col.weeks_led"), texts.get("rota.col.holidays_led"));
      for (PersonLoad p : loads) {
        if (isLeader(p, office)) {
          led.row(p.name(), Integer.toString(p.leaderWeeks()), Integer.toString(p.leaderHolidays()));
        }
      }
      out.println();
      led.print(out, "  ");
    }
  }

  private static void zeroDays(List<PersonLoad> loads, Office office, List<DutyDay> days, Texts texts,
      PrintWriter out) {
    if (office == null || days.isEmpty()) {
      return;
    }
    LocalDate first = days.get(0).date();
    LocalDate last = days.get(days.size() - 1).date();
    for (PersonLoad p : loads) {
      if (p.total() != 0 || isLeader(p, office)) {
        continue;
      }
      List<String> why = new java.util.ArrayList<>();
      for (org.zhidu.core.office.Absence a : office.person(p.name()).map(Person::absences).orElse(List.of())) {
        if (!a.to().isBefore(first) && !a.from().isAfter(last)) {
          why.add(texts.get("rota.stats.absence", a.reason(), a.from(), a.to()));
        }
      }
      if (!why.isEmpty()) {
        out.println(org.zhidu.cli.output.Visible.of("  " + texts.get("rota.stats.zero_why", p.name(),
            String.join(texts.get("rota.stats.absence_separator"), why))));
      }
    }
  }

  private static boolean isLeader(PersonLoad p, Office office) {
    if (office != null) {
      Role role = office.person(p.name()).map(Person::role).orElse(null);
      return role == Role.SECTION_CADRE || role == Role.COUNTY_LEADER;
    }
    return p.total() == 0 && (p.leaderWeeks() > 0 || p.leaderHolidays() > 0);
  }

  /** The fairness figures in one paragraph, with the ideal share of the period. */
  static void fairness(Fairness f, int places, Texts texts, PrintWriter out) {
    if (f.clerks() == 0) {
      return;
    }
    int floor = places / f.clerks();
    int ceiling = (places + f.clerks() - 1) / f.clerks();
    out.println(floor == ceiling
        ? texts.get("rota.fairness.even", span(f.minTotal(), f.maxTotal()), f.totalSpread(), floor)
        : texts.get("rota.fairness.totals", span(f.minTotal(), f.maxTotal()), f.totalSpread(), floor, ceiling));
    out.println(texts.get("rota.fairness.other", span(f.minHolidays(), f.maxHolidays()), f.worstWeekdaySpread(),
        f.consecutive()));
  }

  /** A range of counts as a person writes it: "3–4", or "3" when both ends are the same (never "0–0"). */
  static String span(int least, int most) {
    return least == most ? Integer.toString(least) : least + "–" + most;
  }

  static void findings(List<Finding> findings, Texts texts, PrintWriter out) {
    if (findings.isEmpty()) {
      return;
    }
    out.println();
    out.println(texts.get("rota.findings"));
    FindingsReport.lines(findings, texts, out, "  ");
  }

  static void days(JsonGenerator json, List<DutyDay> days) throws IOException {
    json.writeArrayFieldStart("days");
    for (DutyDay day : days) {
      json.writeStartObject();
      json.writeStringField("date", day.date().toString());
      json.writeStringField("dayType", day.type().id());
      json.writeArrayFieldStart("duty");
      for (String name : day.duty()) {
        json.writeString(name);
      }
      json.writeEndArray();
      json.writeStringField("leader", day.leader());
      json.writeStringField("notifier", day.notifier() == null ? null : day.notifier().name());
      if (day.notifier() != null) {
        json.writeStringField("notifierRule", day.notifier().rule().value());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  static void people(JsonGenerator json, List<PersonLoad> loads) throws IOException {
    json.writeArrayFieldStart("people");
    for (PersonLoad p : loads) {
      json.writeStartObject();
      json.writeStringField("name", p.name());
      json.writeNumberField("total", p.total());
      json.writeNumberField("holidays", p.holidays());
      json.writeArrayFieldStart("byWeekday");
      for (int n : p.byWeekday()) {
        json.writeNumber(n);
      }
      json.writeEndArray();
      json.writeNumberField("leaderWeeks", p.leaderWeeks());
      json.writeNumberField("leaderHolidays", p.leaderHolidays());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  static void fairness(JsonGenerator json, String field, Fairness f) throws IOException {
    if (f == null) {
      return;
    }
    json.writeObjectFieldStart(field);
    json.writeNumberField("clerks", f.clerks());
    json.writeNumberField("minTotal", f.minTotal());
    json.writeNumberField("maxTotal", f.maxTotal());
    json.writeNumberField("minHolidays", f.minHolidays());
    json.writeNumberField("maxHolidays", f.maxHolidays());
    json.writeNumberField("worstWeekdaySpread", f.worstWeekdaySpread());
    json.writeNumberField("consecutive", f.consecutive());
    json.writeEndObject();
  }

  static void dates(JsonGenerator json, String field, List<LocalDate> dates) throws IOException {
    json.writeArrayFieldStart(field);
    for (LocalDate d : dates) {
      json.writeString(d.toString());
    }
    json.writeEndArray();
  }
}
