package org.zhidu.policies.calendar;

import org.zhidu.core.finding.InvalidValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A calendar file as written in YAML: years of holiday arrangements that add a year not yet built in, or correct
 * one. See the README ("Work calendar") for the format.
 *
 * @param years one entry per year
 */
public record CalendarFile(List<YearEntry> years) {

  public CalendarFile {
    if (years == null || years.isEmpty()) {
      throw new InvalidValue("calendar.file.no_years");
    }
    years = List.copyOf(years);
  }

  /**
   * One year's arrangement.
   *
   * @param year the year
   * @param source the notice's 文号 (国办发明电〔2026〕N号), so every answer can name where it came from
   * @param replace whether the built-in days of this year are dropped first (default: the days given here are
   *     added to them, replacing only the same dates)
   * @param holidays the holiday blocks
   * @param makeupWorkdays the Saturdays and Sundays worked instead
   */
  public record YearEntry(
      Integer year, String source, Boolean replace, List<HolidayEntry> holidays, List<MakeupEntry> makeupWorkdays) {

    public YearEntry {
      if (year == null || year < 1949 || year > 2200) {
        throw new InvalidValue("calendar.file.bad_year", String.valueOf(year));
      }
      if (source == null || source.isBlank()) {
        throw new InvalidValue("calendar.file.no_source", String.valueOf(year));
      }
      holidays = holidays == null ? List.of() : List.copyOf(holidays);
      makeupWorkdays = makeupWorkdays == null ? List.of() : List.copyOf(makeupWorkdays);
      for (HolidayEntry h : holidays) {
        if (h.first().getYear() != year || h.last().getYear() != year) {
          throw new InvalidValue("calendar.file.outside_year", h.name(), String.valueOf(year));
        }
      }
      for (MakeupEntry m : makeupWorkdays) {
        if (m.day().getYear() != year) {
          throw new InvalidValue("calendar.file.outside_year", String.valueOf(m.date()), String.valueOf(year));
        }
      }
    }

    public boolean replacing() {
      return Boolean.TRUE.equals(replace);
    }
  }

  /** A holiday block: its name and its first and last day (a one-day holiday may give only {@code from}). */
  public record HolidayEntry(String name, String from, String to) {

    public HolidayEntry {
      if (name == null || name.isBlank()) {
        throw new InvalidValue("calendar.file.holiday_needs_name");
      }
      if (parse(from).isAfter(to == null ? parse(from) : parse(to))) {
        throw new InvalidValue("calendar.file.from_after_to", name, String.valueOf(from), String.valueOf(to));
      }
    }

    public LocalDate first() {
      return parse(from);
    }

    public LocalDate last() {
      return to == null ? first() : parse(to);
    }
  }

  /** A make-up working day and the holiday it makes up for. */
  public record MakeupEntry(String date, @JsonProperty("for") String forHoliday) {

    public MakeupEntry {
      LocalDate day = parse(date);
      if (forHoliday == null || forHoliday.isBlank()) {
        throw new InvalidValue("calendar.file.makeup_needs_for", String.valueOf(date));
      }
      int dow = day.getDayOfWeek().getValue();
      if (dow < 6) {
        throw new InvalidValue("calendar.file.makeup_weekday", String.valueOf(date));
      }
    }

    public LocalDate day() {
      return parse(date);
    }
  }

  static LocalDate parse(String text) {
    if (text == null) {
      throw new InvalidValue("calendar.file.no_date");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidValue("calendar.file.bad_date", text);
    }
  }
}
