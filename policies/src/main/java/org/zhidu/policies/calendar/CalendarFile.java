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

  /**
   * Refuses a file without years; keeps an unmodifiable copy.
   *
   * @param years one entry per year
   * @throws InvalidValue if {@code years} is absent or empty
   */
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

    /**
     * Refuses a year outside 1949 to 2200, without its source, or with a day outside the year; keeps unmodifiable
     * copies of the lists (absent ones are empty).
     *
     * @param year the year
     * @param source the notice's 文号 (国办发明电〔2026〕N号), so every answer can name where it came from
     * @param replace whether the built-in days of this year are dropped first (default: the days given here are added
     *     to them, replacing only the same dates)
     * @param holidays the holiday blocks
     * @param makeupWorkdays the Saturdays and Sundays worked instead
     * @throws InvalidValue if {@code year} is absent or out of range, {@code source} is blank, or a holiday or make-up
     *     day is not in the year
     */
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

    /**
     * Whether the built-in days of the year are dropped before this entry's are applied.
     *
     * @return {@code true} only when {@code replace} is {@code true}
     */
    public boolean replacing() {
      return Boolean.TRUE.equals(replace);
    }
  }

  /**
   * A holiday block: its name and its first and last day (a one-day holiday may give only {@code from}).
   *
   * @param name the holiday, such as 国庆节
   * @param from its first day, as yyyy-mm-dd
   * @param to its last day, as yyyy-mm-dd, or {@code null} for a one-day holiday
   */
  public record HolidayEntry(String name, String from, String to) {

    /**
     * Refuses a block without its name, with a day that is no yyyy-mm-dd date, or ending before it starts.
     *
     * @param name the holiday, such as 国庆节
     * @param from its first day, as yyyy-mm-dd
     * @param to its last day, as yyyy-mm-dd, or {@code null} for a one-day holiday
     * @throws InvalidValue if {@code name} is blank, a date cannot be read, or {@code from} is after {@code to}
     */
    public HolidayEntry {
      if (name == null || name.isBlank()) {
        throw new InvalidValue("calendar.file.holiday_needs_name");
      }
      if (parse(from).isAfter(to == null ? parse(from) : parse(to))) {
        throw new InvalidValue("calendar.file.from_after_to", name, String.valueOf(from), String.valueOf(to));
      }
    }

    /**
     * The block's first day.
     *
     * @return {@code from}, read
     */
    public LocalDate first() {
      return parse(from);
    }

    /**
     * The block's last day.
     *
     * @return {@code to}, read, or the first day when there is no {@code to}
     */
    public LocalDate last() {
      return to == null ? first() : parse(to);
    }
  }

  /**
   * A make-up working day and the holiday it makes up for.
   *
   * @param date the Saturday or Sunday worked, as yyyy-mm-dd (YAML key {@code date})
   * @param forHoliday the holiday it makes up for (YAML key {@code for})
   */
  public record MakeupEntry(String date, @JsonProperty("for") String forHoliday) {

    /**
     * Refuses a day that is no date or not a Saturday or Sunday, or that names no holiday.
     *
     * @param date the Saturday or Sunday worked, as yyyy-mm-dd (YAML key {@code date})
     * @param forHoliday the holiday it makes up for (YAML key {@code for})
     * @throws InvalidValue if {@code date} cannot be read or is a weekday, or {@code forHoliday} is blank
     */
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

    /**
     * The make-up working day.
     *
     * @return {@code date}, read
     */
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
