package org.zhidu.policies.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhidu.core.calendar.DayMark;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.calendar.YearSchedule;
import org.zhidu.policies.yaml.StrictYaml;

/**
 * Assembles the working calendar: tyme4j's years, then our corrections (calendar/corrections.yaml: the two 2013
 * make-up days tyme4j lacks), then the user's calendar file, each later one adding or correcting days.
 */
public final class HolidayData {

  private HolidayData() {}

  /** The built-in years: tyme4j's with our corrections. */
  public static List<YearSchedule> builtIn() {
    String resource = "corrections.yaml";
    try (InputStream in = HolidayData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("calendar corrections missing from the jar");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return apply(Tyme4jHolidays.schedules(), StrictYaml.read(resource, text, CalendarFile.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The working calendar from built-in data and, when given, a user's calendar file. */
  public static WorkCalendar calendar(String fileName, String yaml) {
    List<YearSchedule> years = builtIn();
    if (yaml != null) {
      years = apply(years, StrictYaml.read(fileName, yaml, CalendarFile.class));
    }
    return WorkCalendar.of(years);
  }

  /** The schedules with a calendar file's years applied: added, amended day by day, or replaced. */
  public static List<YearSchedule> apply(Collection<YearSchedule> base, CalendarFile file) {
    Map<Integer, YearSchedule> byYear = new TreeMap<>();
    for (YearSchedule y : base) {
      byYear.put(y.year(), y);
    }
    for (CalendarFile.YearEntry entry : file.years()) {
      Map<java.time.LocalDate, DayMark> days = new TreeMap<>();
      YearSchedule before = byYear.get(entry.year());
      String source = entry.source();
      if (before != null && !entry.replacing()) {
        for (DayMark m : before.marks()) {
          days.put(m.date(), m);
        }
        source = before.source() + "；" + entry.source();
      }
      for (CalendarFile.HolidayEntry h : entry.holidays()) {
        for (var d = h.first(); !d.isAfter(h.last()); d = d.plusDays(1)) {
          days.put(d, new DayMark(d, DayType.HOLIDAY, h.name()));
        }
      }
      for (CalendarFile.MakeupEntry m : entry.makeupWorkdays()) {
        days.put(m.day(), new DayMark(m.day(), DayType.MAKEUP_WORKDAY, m.forHoliday()));
      }
      byYear.put(entry.year(), new YearSchedule(entry.year(), source, new ArrayList<>(days.values())));
    }
    return new ArrayList<>(byYear.values());
  }
}
