package org.zhidu.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working calendar (X-WORKDAY): for any date, a working day, an ordinary weekend, a statutory holiday (with its
 * name and its whole block) or a make-up working day; and working-day arithmetic. Built once from the year
 * schedules it is given into a table of one byte a day, so a lookup is an array read. Immutable: one calendar may
 * be shared by any number of checks on any number of threads.
 *
 * <p>A year without a schedule is not announced: asking about it throws {@link YearNotAnnouncedException}, unless
 * the calendar was made with {@link #assumingNoHolidays()}, which treats such a year as weekdays and weekends only.
 *
 * <p>Working-day arithmetic counts from the day after the starting day: {@code addWorkdays(d, 1)} is the first
 * working day after {@code d}, and {@code countWorkdays(d, addWorkdays(d, n)) == n}. The documents do not say
 * whether the day a task arrives counts (X-GAP); this calendar does not count it.
 */
public final class WorkCalendar {

  private static final DayType[] TYPES = DayType.values();
  private static final byte NOT_ANNOUNCED = -1;

  private final long base;
  private final byte[] types;
  private final short[] nameIndex;
  private final String[] names;
  private final Map<Integer, String> sources;
  private final boolean assumeNoHolidays;

  private WorkCalendar(
      long base, byte[] types, short[] nameIndex, String[] names, Map<Integer, String> sources, boolean assume) {
    this.base = base;
    this.types = types;
    this.nameIndex = nameIndex;
    this.names = names;
    this.sources = sources;
    this.assumeNoHolidays = assume;
  }

  /**
   * A calendar of the given years; a later schedule of the same year replaces an earlier one.
   *
   * @param years the year schedules, in any order; may be empty (then no year is announced)
   * @return the calendar
   */
  public static WorkCalendar of(Collection<YearSchedule> years) {
    TreeMap<Integer, YearSchedule> byYear = new TreeMap<>();
    for (YearSchedule y : years) {
      byYear.put(y.year(), y);
    }
    if (byYear.isEmpty()) {
      return new WorkCalendar(0, new byte[0], new short[0], new String[0], Map.of(), false);
    }
    long base = LocalDate.of(byYear.firstKey(), 1, 1).toEpochDay();
    long end = LocalDate.of(byYear.lastKey() + 1, 1, 1).toEpochDay();
    byte[] types = new byte[Math.toIntExact(end - base)];
    short[] nameIndex = new short[types.length];
    java.util.Arrays.fill(types, NOT_ANNOUNCED);
    java.util.Arrays.fill(nameIndex, (short) -1);
    List<String> names = new ArrayList<>();
    Map<Integer, String> sources = new TreeMap<>();
    for (YearSchedule y : byYear.values()) {
      sources.put(y.year(), y.source());
      long from = LocalDate.of(y.year(), 1, 1).toEpochDay();
      long to = LocalDate.of(y.year() + 1, 1, 1).toEpochDay();
      for (long d = from; d < to; d++) {
        types[(int) (d - base)] = (byte) (isWeekend(d) ? DayType.WEEKEND : DayType.WORKDAY).ordinal();
      }
      for (DayMark m : y.marks()) {
        int i = (int) (m.date().toEpochDay() - base);
        types[i] = (byte) m.type().ordinal();
        int n = names.indexOf(m.name());
        if (n < 0) {
          names.add(m.name());
          n = names.size() - 1;
        }
        nameIndex[i] = (short) n;
      }
    }
    return new WorkCalendar(
        base, types, nameIndex, names.toArray(String[]::new), Collections.unmodifiableMap(sources), false);
  }

  /**
   * The same calendar, but treating a year without a schedule as weekdays and weekends only.
   *
   * @return a calendar with the same announced years that never throws {@link YearNotAnnouncedException}
   */
  public WorkCalendar assumingNoHolidays() {
    return new WorkCalendar(base, types, nameIndex, names, sources, true);
  }

  /**
   * Whether this calendar treats a year without a schedule as weekdays and weekends only.
   *
   * @return {@code true} for a calendar made with {@link #assumingNoHolidays()}
   */
  public boolean assumesNoHolidays() {
    return assumeNoHolidays;
  }

  /**
   * Whether the year's holiday arrangement is known.
   *
   * @param year a calendar year
   * @return {@code true} when a schedule of that year was given
   */
  public boolean isAnnounced(int year) {
    return sources.containsKey(year);
  }

  /**
   * The years whose holiday arrangement is known, in ascending order.
   *
   * @return an unmodifiable set; empty when no year was given
   */
  public SortedSet<Integer> announcedYears() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(sources.keySet()));
  }

  /**
   * Where the year's schedule comes from, or {@code null} when it is not announced.
   *
   * @param year a calendar year
   * @return the notice's 文号 or the data set the schedule was read from
   */
  public String source(int year) {
    return sources.get(year);
  }

  /**
   * What the day is.
   *
   * @param date any date
   * @return its type, never {@code null}
   * @throws YearNotAnnouncedException if the date's year is not announced and the calendar does not assume none
   */
  public DayType dayType(LocalDate date) {
    return typeOf(date.toEpochDay());
  }

  /**
   * What the day is, by its epoch day (as {@link LocalDate#toEpochDay()}).
   *
   * @param epochDay days since 1970-01-01
   * @return its type, never {@code null}
   * @throws YearNotAnnouncedException if the day's year is not announced and the calendar does not assume none
   */
  public DayType typeOf(long epochDay) {
    long i = epochDay - base;
    if (i >= 0 && i < types.length) {
      byte t = types[(int) i];
      if (t != NOT_ANNOUNCED) {
        return TYPES[t];
      }
    }
    if (!assumeNoHolidays) {
      throw new YearNotAnnouncedException(LocalDate.ofEpochDay(epochDay).getYear());
    }
    return isWeekend(epochDay) ? DayType.WEEKEND : DayType.WORKDAY;
  }

  /**
   * Whether people work on the date: an ordinary working day or a make-up working day (工作日).
   *
   * @param date any date
   * @return {@code true} on a working day
   * @throws YearNotAnnouncedException if the date's year is not announced and the calendar does not assume none
   */
  public boolean isWorkday(LocalDate date) {
    return dayType(date).isWorking();
  }

  /**
   * The day with its type and, for holidays and make-up days, the holiday's name.
   *
   * @param date any date
   * @return the day; its name is {@code null} on ordinary working days and weekends
   * @throws YearNotAnnouncedException if the date's year is not announced and the calendar does not assume none
   */
  public Day day(LocalDate date) {
    DayType type = dayType(date);
    long i = date.toEpochDay() - base;
    String name = null;
    if (i >= 0 && i < types.length && nameIndex[(int) i] >= 0) {
      name = names[nameIndex[(int) i]];
    }
    return new Day(date, type, name);
  }

  /**
   * Every day from {@code from} to {@code to}, both included.
   *
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @return the days in order; empty when {@code to} is before {@code from}
   * @throws YearNotAnnouncedException if one of the days is in a year that is not announced
   */
  public List<Day> days(LocalDate from, LocalDate to) {
    List<Day> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      out.add(day(d));
    }
    return out;
  }

  /**
   * The whole holiday block the date belongs to (weekend days inside it included, as a duty rota needs them), or
   * an empty list when the date is no holiday. Consecutive holiday days are one block even when they cross New Year
   * or carry two holidays' names (国庆节 and 中秋节 given together), as the notice gives them.
   *
   * @param date any date
   * @return the block's days in order, from its first holiday day to its last; empty when the date is no holiday
   * @throws YearNotAnnouncedException if the date's year is not announced and the calendar does not assume none
   */
  public List<Day> holidayBlock(LocalDate date) {
    Day day = day(date);
    if (day.type() != DayType.HOLIDAY) {
      return List.of();
    }
    LocalDate first = date;
    while (isAnnouncedHoliday(first.minusDays(1))) {
      first = first.minusDays(1);
    }
    LocalDate last = date;
    while (isAnnouncedHoliday(last.plusDays(1))) {
      last = last.plusDays(1);
    }
    return days(first, last);
  }

  private boolean isAnnouncedHoliday(LocalDate date) {
    if (!isAnnounced(date.getYear()) && !assumeNoHolidays) {
      return false;
    }
    return dayType(date) == DayType.HOLIDAY;
  }

  /**
   * The holiday blocks with a day in {@code year}, as its notice draws them: a block crossing New Year is listed in
   * both years, merged holidays are one block named by both (in the order their days come), and each make-up working
   * day goes to the nearest block of its holiday.
   *
   * @param year a calendar year
   * @return the blocks in date order; empty when the year has none or is not announced
   */
  public List<HolidayBlock> holidayBlocks(int year) {
    LocalDate from = LocalDate.of(year - 1, 10, 1);
    LocalDate to = LocalDate.of(year + 1, 3, 31);
    List<LocalDate[]> spans = new ArrayList<>();
    List<List<String>> namesOf = new ArrayList<>();
    List<LocalDate> makeup = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (!isAnnounced(d.getYear())) {
        continue;
      }
      Day day = day(d);
      if (day.type() == DayType.MAKEUP_WORKDAY) {
        makeup.add(d);
      } else if (day.type() == DayType.HOLIDAY) {
        boolean continues = !spans.isEmpty() && spans.get(spans.size() - 1)[1].equals(d.minusDays(1));
        if (!continues) {
          spans.add(new LocalDate[] {d, d});
          namesOf.add(new ArrayList<>());
        }
        spans.get(spans.size() - 1)[1] = d;
        List<String> names = namesOf.get(namesOf.size() - 1);
        for (String part : splitName(day.name())) {
          if (!names.contains(part)) {
            names.add(part);
          }
        }
      }
    }
    List<List<LocalDate>> makeupOf = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      makeupOf.add(new ArrayList<>());
    }
    for (LocalDate m : makeup) {
      List<String> served = splitName(day(m).name());
      int best = -1;
      long bestDistance = Long.MAX_VALUE;
      for (int i = 0; i < spans.size(); i++) {
        if (Collections.disjoint(namesOf.get(i), served)) {
          continue;
        }
        long distance = m.isBefore(spans.get(i)[0])
            ? spans.get(i)[0].toEpochDay() - m.toEpochDay()
            : m.toEpochDay() - spans.get(i)[1].toEpochDay();
        if (distance < bestDistance) {
          best = i;
          bestDistance = distance;
        }
      }
      if (best >= 0) {
        makeupOf.get(best).add(m);
      }
    }
    List<HolidayBlock> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      HolidayBlock b = new HolidayBlock(String.join("、", namesOf.get(i)), spans.get(i)[0], spans.get(i)[1],
          makeupOf.get(i));
      if (b.touches(year)) {
        out.add(b);
      }
    }
    return out;
  }

  /** A day's holiday name as the holidays it stands for (国庆节、中秋节 is two). */
  private static List<String> splitName(String name) {
    return name == null ? List.of() : List.of(name.split("、"));
  }

  /**
   * The {@code n}-th working day after {@code from} ({@code from} itself when {@code n} is 0).
   *
   * @param from the day counting starts after
   * @param n how many working days to go forward, {@code 0} or more
   * @return the working day reached, or {@code from} when {@code n} is {@code 0}
   * @throws IllegalArgumentException if {@code n} is negative
   * @throws YearNotAnnouncedException if counting passes through a year that is not announced
   */
  public LocalDate addWorkdays(LocalDate from, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("a number of working days is 0 or more: " + n);
    }
    long d = from.toEpochDay();
    for (int counted = 0; counted < n; ) {
      d++;
      if (typeOf(d).isWorking()) {
        counted++;
      }
    }
    return LocalDate.ofEpochDay(d);
  }

  /**
   * The first working day after {@code date}.
   *
   * @param date the day counting starts after
   * @return the next working day, never {@code date} itself
   * @throws YearNotAnnouncedException if counting passes through a year that is not announced
   */
  public LocalDate nextWorkday(LocalDate date) {
    return addWorkdays(date, 1);
  }

  /**
   * The number of working days after {@code from} up to and including {@code to} ({@code to} not before it).
   *
   * @param from the day counting starts after (not counted)
   * @param to the last day counted, inclusive
   * @return the working days in {@code (from, to]}; {@code 0} when the two are equal
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws YearNotAnnouncedException if a day counted is in a year that is not announced
   */
  public int countWorkdays(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(to + " is before " + from);
    }
    int count = 0;
    for (long d = from.toEpochDay() + 1; d <= to.toEpochDay(); d++) {
      if (typeOf(d).isWorking()) {
        count++;
      }
    }
    return count;
  }

  /**
   * The working days from {@code from} to {@code to}, both included.
   *
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @return the working days in order; empty when there are none or {@code to} is before {@code from}
   * @throws YearNotAnnouncedException if one of the days is in a year that is not announced
   */
  public List<LocalDate> workdays(LocalDate from, LocalDate to) {
    List<LocalDate> out = new ArrayList<>();
    for (long d = from.toEpochDay(); d <= to.toEpochDay(); d++) {
      if (typeOf(d).isWorking()) {
        out.add(LocalDate.ofEpochDay(d));
      }
    }
    return out;
  }

  /**
   * The half working day by which something received during {@code from} is due, {@code halves} half working
   * days later (D5: a deputy director reviews within half a working day). Counting starts with the half-day after
   * {@code from}; half-days of days that are not working days are skipped.
   *
   * @param from the half-day the thing was received in
   * @param halves how many half working days are allowed, {@code 0} or more
   * @return the half-day it is due by; {@code from} itself when {@code halves} is {@code 0}
   * @throws IllegalArgumentException if {@code halves} is negative
   * @throws YearNotAnnouncedException if counting passes through a year that is not announced
   */
  public HalfDay addHalfWorkdays(HalfDay from, int halves) {
    if (halves < 0) {
      throw new IllegalArgumentException("a number of half working days is 0 or more: " + halves);
    }
    LocalDate date = from.date();
    boolean afternoon = from.afternoon();
    for (int counted = 0; counted < halves; ) {
      if (afternoon) {
        date = date.plusDays(1);
        afternoon = false;
      } else {
        afternoon = true;
      }
      if (isWorkday(date)) {
        counted++;
      }
    }
    return new HalfDay(date, afternoon);
  }

  static boolean isWeekend(long epochDay) {
    // 1970-01-01 was a Thursday: (epochDay + 3) mod 7 counts from Monday = 0
    return Math.floorMod(epochDay + 3, 7) >= 5;
  }
}
