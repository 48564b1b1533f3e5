package org.zhidu.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** X-WORKDAY: day types, holiday blocks and working-day arithmetic over a schedule like 2026's 国庆节. */
class WorkCalendarTest {

  /** 2026: 国庆节 10月1日至7日放假调休，共7天；9月20日（周日）、10月10日（周六）上班. */
  static final YearSchedule Y2026 = new YearSchedule(2026, "test", national2026());

  static final WorkCalendar CALENDAR = WorkCalendar.of(List.of(Y2026));

  private static List<DayMark> national2026() {
    List<DayMark> marks = new ArrayList<>();
    for (int d = 1; d <= 7; d++) {
      marks.add(new DayMark(LocalDate.of(2026, 10, d), DayType.HOLIDAY, "国庆节"));
    }
    marks.add(new DayMark(LocalDate.of(2026, 9, 20), DayType.MAKEUP_WORKDAY, "国庆节"));
    marks.add(new DayMark(LocalDate.of(2026, 10, 10), DayType.MAKEUP_WORKDAY, "国庆节"));
    return marks;
  }

  @Test
  void eachKindOfDayIsTold() {
    assertEquals(DayType.WORKDAY, CALENDAR.dayType(LocalDate.of(2026, 9, 30)));
    assertEquals(DayType.WEEKEND, CALENDAR.dayType(LocalDate.of(2026, 10, 11)));
    assertEquals(DayType.HOLIDAY, CALENDAR.dayType(LocalDate.of(2026, 10, 1)));
    assertEquals(DayType.MAKEUP_WORKDAY, CALENDAR.dayType(LocalDate.of(2026, 10, 10)));
    assertEquals(new Day(LocalDate.of(2026, 10, 3), DayType.HOLIDAY, "国庆节"), CALENDAR.day(LocalDate.of(2026, 10, 3)));
  }

  @Test
  void weekendDaysInsideABlockAreHolidayDaysAndTheBlockIsWhole() {
    assertEquals(DayType.HOLIDAY, CALENDAR.dayType(LocalDate.of(2026, 10, 3)), "a Saturday inside the block");
    List<Day> block = CALENDAR.holidayBlock(LocalDate.of(2026, 10, 4));
    assertEquals(7, block.size());
    assertEquals(LocalDate.of(2026, 10, 1), block.get(0).date());
    assertEquals(LocalDate.of(2026, 10, 7), block.get(6).date());
    assertEquals(List.of(), CALENDAR.holidayBlock(LocalDate.of(2026, 10, 8)));
  }

  @Test
  void workingDaysSkipTheHolidayAndCountTheMakeupDay() {
    assertEquals(LocalDate.of(2026, 10, 8), CALENDAR.addWorkdays(LocalDate.of(2026, 9, 30), 1));
    assertEquals(LocalDate.of(2026, 10, 9), CALENDAR.addWorkdays(LocalDate.of(2026, 9, 30), 2));
    assertEquals(LocalDate.of(2026, 10, 10), CALENDAR.addWorkdays(LocalDate.of(2026, 9, 30), 3), "调休上班");
    assertEquals(LocalDate.of(2026, 10, 12), CALENDAR.addWorkdays(LocalDate.of(2026, 9, 30), 4));
    assertEquals(LocalDate.of(2026, 9, 30), CALENDAR.addWorkdays(LocalDate.of(2026, 9, 30), 0));
    assertEquals(LocalDate.of(2026, 10, 8), CALENDAR.nextWorkday(LocalDate.of(2026, 10, 1)));
    assertEquals(3, CALENDAR.countWorkdays(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10)));
    assertEquals(List.of(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 10)),
        CALENDAR.workdays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 11)));
  }

  @Test
  void halfWorkingDaysCountMorningsAndAfternoonsOfWorkingDaysOnly() {
    LocalDate eve = LocalDate.of(2026, 9, 30);
    assertEquals(HalfDay.afternoon(eve), CALENDAR.addHalfWorkdays(HalfDay.morning(eve), 1));
    assertEquals(HalfDay.morning(LocalDate.of(2026, 10, 8)), CALENDAR.addHalfWorkdays(HalfDay.afternoon(eve), 1));
    assertEquals(HalfDay.afternoon(LocalDate.of(2026, 10, 8)), CALENDAR.addHalfWorkdays(HalfDay.afternoon(eve), 2));
  }

  @Test
  void aYearWithoutScheduleIsNotAnnouncedUnlessNoHolidaysAreAssumed() {
    YearNotAnnouncedException e =
        assertThrows(YearNotAnnouncedException.class, () -> CALENDAR.dayType(LocalDate.of(2027, 10, 1)));
    assertEquals(2027, e.year());
    assertThrows(YearNotAnnouncedException.class, () -> CALENDAR.addWorkdays(LocalDate.of(2026, 12, 31), 1));
    WorkCalendar assumed = CALENDAR.assumingNoHolidays();
    assertEquals(DayType.WORKDAY, assumed.dayType(LocalDate.of(2027, 10, 1)));
    assertEquals(LocalDate.of(2027, 1, 1), assumed.addWorkdays(LocalDate.of(2026, 12, 31), 1));
  }

  @Test
  void aMakeupDayMustBeAWeekendDay() {
    assertThrows(IllegalArgumentException.class,
        () -> new DayMark(LocalDate.of(2026, 10, 8), DayType.MAKEUP_WORKDAY, "国庆节"));
  }

  @Test
  void negativeCountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> CALENDAR.addWorkdays(LocalDate.of(2026, 1, 5), -1));
    assertThrows(IllegalArgumentException.class,
        () -> CALENDAR.countWorkdays(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 4)));
  }

  // ---- properties over random schedules ----

  @Property
  void countingUpToTheDueDateGivesBackTheWorkingDays(
      @ForAll("calendars") WorkCalendar calendar, @ForAll("datesIn2025") LocalDate from,
      @ForAll @IntRange(max = 200) int n) {
    LocalDate due = calendar.addWorkdays(from, n);
    assertEquals(n, calendar.countWorkdays(from, due));
    if (n > 0) {
      assertEquals(true, calendar.isWorkday(due), "a due date is a working day");
    }
  }

  @Property
  void dayTypesPartitionEveryYear(@ForAll("calendars") WorkCalendar calendar) {
    for (int year = 2024; year <= 2026; year++) {
      Map<DayType, Integer> counts = new EnumMap<>(DayType.class);
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        counts.merge(calendar.dayType(d), 1, Integer::sum);
      }
      assertEquals(LocalDate.of(year, 1, 1).lengthOfYear(), counts.values().stream().mapToInt(i -> i).sum());
    }
  }

  @Property
  void theHalfOfTwoHalvesIsOneWorkingDay(
      @ForAll("calendars") WorkCalendar calendar, @ForAll("datesIn2025") LocalDate from,
      @ForAll @IntRange(max = 60) int n) {
    HalfDay due = calendar.addHalfWorkdays(HalfDay.afternoon(from), 2 * n);
    assertEquals(n == 0 ? HalfDay.afternoon(from) : HalfDay.afternoon(calendar.addWorkdays(from, n)), due);
  }

  @Provide
  Arbitrary<WorkCalendar> calendars() {
    Arbitrary<List<Integer>> holidayDays = Arbitraries.integers().between(0, 364).list().ofMaxSize(40);
    Arbitrary<List<Integer>> makeupDays = Arbitraries.integers().between(0, 364).list().ofMaxSize(8);
    return net.jqwik.api.Combinators.combine(holidayDays, makeupDays).as((h, m) -> {
      List<YearSchedule> years = new ArrayList<>();
      for (int year = 2024; year <= 2026; year++) {
        Map<LocalDate, DayMark> marks = new java.util.TreeMap<>();
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        for (int d : h) {
          marks.put(jan1.plusDays(d), new DayMark(jan1.plusDays(d), DayType.HOLIDAY, "节"));
        }
        for (int d : m) {
          LocalDate day = jan1.plusDays(d);
          if (day.getDayOfWeek().getValue() >= 6) {
            marks.put(day, new DayMark(day, DayType.MAKEUP_WORKDAY, "节"));
          }
        }
        years.add(new YearSchedule(year, "generated", new ArrayList<>(marks.values())));
      }
      return WorkCalendar.of(years);
    });
  }

  @Provide
  Arbitrary<LocalDate> datesIn2025() {
    return Arbitraries.integers().between(0, 364).map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
  }

  @Test
  void xWorkdayABlockCrossingNewYearIsOneBlockInBothYearsAndStopsAtAYearNotAnnounced() {
    YearSchedule y2022 = new YearSchedule(2022, "2022", List.of(
        new DayMark(LocalDate.of(2022, 12, 31), DayType.HOLIDAY, "元旦")));
    YearSchedule y2023 = new YearSchedule(2023, "2023", List.of(
        new DayMark(LocalDate.of(2023, 1, 1), DayType.HOLIDAY, "元旦"),
        new DayMark(LocalDate.of(2023, 1, 2), DayType.HOLIDAY, "元旦"),
        new DayMark(LocalDate.of(2023, 9, 29), DayType.HOLIDAY, "中秋节"),
        new DayMark(LocalDate.of(2023, 9, 30), DayType.HOLIDAY, "国庆节"),
        new DayMark(LocalDate.of(2023, 10, 1), DayType.HOLIDAY, "国庆节"),
        new DayMark(LocalDate.of(2023, 10, 7), DayType.MAKEUP_WORKDAY, "国庆节")));
    WorkCalendar calendar = WorkCalendar.of(List.of(y2022, y2023));
    HolidayBlock newYear = new HolidayBlock("元旦", LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 2), List.of());
    assertEquals(List.of(newYear), calendar.holidayBlocks(2022));
    assertEquals(newYear, calendar.holidayBlocks(2023).get(0));
    assertEquals(new HolidayBlock("中秋节、国庆节", LocalDate.of(2023, 9, 29), LocalDate.of(2023, 10, 1),
        List.of(LocalDate.of(2023, 10, 7))), calendar.holidayBlocks(2023).get(1));
    assertEquals(3, calendar.holidayBlock(LocalDate.of(2023, 10, 1)).size(), "merged names, one block");
    // the boundary: 2023 alone does not reach back into a 2022 nobody announced
    WorkCalendar alone = WorkCalendar.of(List.of(y2023));
    assertEquals(LocalDate.of(2023, 1, 1), alone.holidayBlocks(2023).get(0).first());
  }

  @Property
  void everyHolidayDayOfAYearIsInExactlyOneOfItsBlocks(@ForAll @IntRange(min = 1, max = 28) int day) {
    YearSchedule y = new YearSchedule(2026, "t", List.of(
        new DayMark(LocalDate.of(2026, 2, day), DayType.HOLIDAY, "a"),
        new DayMark(LocalDate.of(2026, 2, Math.min(28, day + 1)), DayType.HOLIDAY, "b")));
    WorkCalendar calendar = WorkCalendar.of(List.of(y));
    List<HolidayBlock> blocks = calendar.holidayBlocks(2026);
    int total = blocks.stream().mapToInt(HolidayBlock::days).sum();
    assertEquals(y.marks().stream().map(DayMark::date).distinct().count(), total);
    assertEquals(1, blocks.size(), "adjacent holidays are one block");
  }
}
