package org.zhidu.policies.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhidu.core.calendar.DayMark;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.calendar.YearSchedule;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Message;
import org.zhidu.policies.TextInput;
import org.zhidu.policies.yaml.StrictYaml;

/**
 * Assembles the working calendar: tyme4j's years, then our corrections (calendar/corrections.yaml: the two 2013
 * make-up days tyme4j lacks), then the user's calendar file, each later one adding or correcting days.
 */
public final class HolidayData {

  /** The first year the built-in data holds (a year before it was never in tyme4j's tables). */
  public static final int FIRST_YEAR = 2001;

  private HolidayData() {}

  /**
   * The built-in years: tyme4j's with our corrections, each citing its notice (calendar/notices.yaml), merged
   * holidays named as their notice heads them.
   *
   * @return one schedule per built-in year, in year order; unmodifiable, read once and shared
   */
  public static List<YearSchedule> builtIn() {
    List<YearSchedule> years = builtIn;
    if (years == null) {
      synchronized (HolidayData.class) {
        years = builtIn;
        if (years == null) {
          years = BuiltInYears.read(resource(BuiltInYears.RESOURCE));
          builtIn = years;
        }
      }
    }
    return years;
  }

  /** The built-in years, read once: they ship inside zhidu and never change while it runs. */
  private static volatile List<YearSchedule> builtIn;

  /**
   * The built-in years worked out from their sources: tyme4j's tables, the notices and the corrections. What the
   * shipped file of the years ({@link BuiltInYears}) must hold.
   */
  static List<YearSchedule> computeBuiltIn() {
    HolidayNotices notices = notices();
    List<YearSchedule> years = new ArrayList<>();
    for (YearSchedule y : Tyme4jHolidays.schedules()) {
      years.add(new YearSchedule(y.year(), notices.source(y.year()), y.marks()));
    }
    years = apply(years, StrictYaml.read("corrections.yaml", resource("corrections.yaml"), CalendarFile.class));
    List<YearSchedule> named = new ArrayList<>();
    Map<Integer, HolidayNotices.Notice> byYear = notices.byYear();
    for (YearSchedule y : years) {
      HolidayNotices.Notice n = byYear.get(y.year());
      named.add(mergedNamed(y, n == null ? null : n.heading()));
    }
    return List.copyOf(named);
  }


  /**
   * The notices of the built-in years (calendar/notices.yaml).
   *
   * @return the notices, one per built-in year
   */
  public static HolidayNotices notices() {
    return StrictYaml.read("notices.yaml", resource("notices.yaml"), HolidayNotices.class);
  }

  private static String resource(String name) {
    try (InputStream in = HolidayData.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("calendar data missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The year with each run of consecutive holiday days that carries two holidays' names (国庆节 and 中秋节 given
   * together) renamed to one heading, as the notice gives it: {@code heading} when the notices table sets one, else
   * the names in the order their days come. The make-up days of either holiday within two weeks of the run are
   * renamed with it.
   */
  static YearSchedule mergedNamed(YearSchedule year, String heading) {
    List<DayMark> marks = new ArrayList<>(year.marks());
    marks.sort(java.util.Comparator.comparing(DayMark::date));
    int i = 0;
    boolean changed = false;
    while (i < marks.size()) {
      if (marks.get(i).type() != DayType.HOLIDAY) {
        i++;
        continue;
      }
      int j = i;
      List<String> names = new ArrayList<>();
      while (j < marks.size() && marks.get(j).type() == DayType.HOLIDAY
          && (j == i || marks.get(j).date().equals(marks.get(j - 1).date().plusDays(1)))) {
        for (String part : marks.get(j).name().split("、")) {
          if (!names.contains(part)) {
            names.add(part);
          }
        }
        j++;
      }
      if (names.size() > 1) {
        String name = heading != null && java.util.Set.copyOf(List.of(heading.split("、")))
            .equals(java.util.Set.copyOf(names)) ? heading : String.join("、", names);
        java.time.LocalDate first = marks.get(i).date().minusDays(14);
        java.time.LocalDate last = marks.get(j - 1).date().plusDays(14);
        for (int k = 0; k < marks.size(); k++) {
          DayMark m = marks.get(k);
          boolean inRun = k >= i && k < j;
          boolean itsMakeup = m.type() == DayType.MAKEUP_WORKDAY && !m.date().isBefore(first)
              && !m.date().isAfter(last) && names.containsAll(List.of(m.name().split("、")));
          if ((inRun || itsMakeup) && !m.name().equals(name)) {
            marks.set(k, new DayMark(m.date(), m.type(), name));
            changed = true;
          }
        }
      }
      i = j;
    }
    return changed ? new YearSchedule(year.year(), year.source(), marks) : year;
  }

  /**
   * The working calendar of the built-in years alone (every year the State Council has announced that zhidu knows).
   * A {@link WorkCalendar} is immutable: make it once and share it between checks and threads.
   *
   * @return the calendar; a day of a year not announced makes its callers throw
   *     {@link org.zhidu.core.calendar.YearNotAnnouncedException}
   */
  public static WorkCalendar builtInCalendar() {
    return calendar(null, null);
  }

  /**
   * The working calendar of the built-in years with a user's calendar file applied (a year not yet known, or days
   * corrected), read as {@link org.zhidu.policies.TextInput} reads files.
   *
   * @param file the calendar file (YAML, see the README's "Calendar files")
   * @return the calendar, immutable and shareable
   * @throws InputException when the file cannot be read or is wrong, at its line and column
   */
  public static WorkCalendar calendar(Path file) {
    String shown = file.toString();
    return calendar(shown, TextInput.read(file, shown));
  }

  /**
   * The working calendar from built-in data and, when given, a user's calendar file.
   *
   * @param fileName the calendar file's name, for messages
   * @param yaml the calendar file's YAML, or {@code null} for the built-in years alone
   * @return the calendar
   * @throws org.zhidu.core.finding.InputException if the file cannot be read, is refused, or gives a day twice, at its
   *     place
   */
  public static WorkCalendar calendar(String fileName, String yaml) {
    List<YearSchedule> years = builtIn();
    if (yaml != null) {
      StrictYaml.Document<CalendarFile> document = StrictYaml.readDocument(fileName, yaml, CalendarFile.class);
      onceEach(document);
      years = apply(years, document.value());
    }
    return WorkCalendar.of(years);
  }

  /**
   * A file gives each year once and each day of it once: a year written twice (whose second entry could give a date
   * of the first again, or drop the first's days with {@code replace}), one date in two holidays, or a make-up
   * working day that is also a holiday, is an error at the second entry, not a silent last-one-wins. (Amending
   * zhidu's own days is what a file is for.)
   */
  private static void onceEach(StrictYaml.Document<CalendarFile> document) {
    List<CalendarFile.YearEntry> years = document.value().years();
    Map<Integer, Integer> yearsGiven = new java.util.HashMap<>();
    for (int y = 0; y < years.size(); y++) {
      Map<java.time.LocalDate, String> given = new java.util.HashMap<>();
      CalendarFile.YearEntry entry = years.get(y);
      Integer first = yearsGiven.putIfAbsent(entry.year(), y);
      if (first != null) {
        throw new InputException(document.place("/years/" + y + "/year"),
            Message.of("calendar.year_twice", entry.year().toString(), Integer.toString(first + 1)));
      }
      for (int h = 0; h < entry.holidays().size(); h++) {
        CalendarFile.HolidayEntry holiday = entry.holidays().get(h);
        for (var d = holiday.first(); !d.isAfter(holiday.last()); d = d.plusDays(1)) {
          String before = given.putIfAbsent(d, holiday.name());
          if (before != null) {
            throw new InputException(document.place("/years/" + y + "/holidays/" + h),
                Message.of("calendar.day_twice", d.toString(), before, holiday.name()));
          }
        }
      }
      for (int m = 0; m < entry.makeupWorkdays().size(); m++) {
        CalendarFile.MakeupEntry makeup = entry.makeupWorkdays().get(m);
        String before = given.putIfAbsent(makeup.day(), makeup.forHoliday());
        if (before != null) {
          throw new InputException(document.place("/years/" + y + "/makeupWorkdays/" + m),
              Message.of("calendar.day_twice", makeup.day().toString(), before, makeup.forHoliday() + "（调休上班）"));
        }
      }
    }
  }

  /**
   * The schedules with a calendar file's years applied: added, amended day by day, or replaced.
   *
   * @param base the schedules so far
   * @param file the calendar file
   * @return the schedules in year order, the file's years added or amended
   */
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
