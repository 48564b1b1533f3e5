package org.zhidu.policies.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tyme.holiday.LegalHoliday;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.calendar.HolidayBlock;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.calendar.YearNotAnnouncedException;
import org.zhidu.core.calendar.YearSchedule;
import org.zhidu.core.finding.InputException;

/** The built-in holiday data against the State Council's notices, and a user's calendar file over it. */
class HolidayDataTest {

  private static final WorkCalendar CALENDAR = WorkCalendar.of(HolidayData.builtIn());

  // ---- the notices of 2024, 2025 and 2026, day by day ----

  /** 国务院办公厅关于2024年部分节假日安排的通知. */
  @Test
  void year2024FollowsItsNotice() {
    assertYear(2024,
        days("2024-01-01", "2024-02-10..2024-02-17", "2024-04-04..2024-04-06", "2024-05-01..2024-05-05",
            "2024-06-08..2024-06-10", "2024-09-15..2024-09-17", "2024-10-01..2024-10-07"),
        days("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29",
            "2024-10-12"));
  }

  /** 国务院办公厅关于2025年部分节假日安排的通知. */
  @Test
  void year2025FollowsItsNotice() {
    assertYear(2025,
        days("2025-01-01", "2025-01-28..2025-02-04", "2025-04-04..2025-04-06", "2025-05-01..2025-05-05",
            "2025-05-31..2025-06-02", "2025-10-01..2025-10-08"),
        days("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"));
  }

  /** 国务院办公厅关于2026年部分节假日安排的通知. */
  @Test
  void year2026FollowsItsNotice() {
    assertYear(2026,
        days("2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06",
            "2026-05-01..2026-05-05", "2026-06-19..2026-06-21", "2026-09-25..2026-09-27",
            "2026-10-01..2026-10-07"),
        days("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"));
  }

  @Test
  void holidayNamesFollowTheNotices() {
    assertEquals("国庆节", CALENDAR.day(LocalDate.of(2026, 10, 4)).name());
    assertEquals("国庆节、中秋节", CALENDAR.day(LocalDate.of(2025, 10, 6)).name(), "六、国庆节、中秋节");
    assertEquals("春节", CALENDAR.day(LocalDate.of(2026, 2, 14)).name(), "a make-up day names its holiday");
  }

  @Test
  void midYearChangesAreIn() {
    assertEquals(DayType.HOLIDAY, CALENDAR.dayType(LocalDate.of(2015, 9, 3)));
    assertEquals("抗战胜利日", CALENDAR.day(LocalDate.of(2015, 9, 3)).name());
    assertEquals(DayType.MAKEUP_WORKDAY, CALENDAR.dayType(LocalDate.of(2015, 9, 6)));
    assertEquals(DayType.HOLIDAY, CALENDAR.dayType(LocalDate.of(2020, 1, 31)), "the 2020 春节 extension");
    assertEquals(DayType.HOLIDAY, CALENDAR.dayType(LocalDate.of(2020, 2, 2)));
  }

  @Test
  void theTwoMakeupDaysTyme4jLacksAreCorrected() {
    assertEquals(null, LegalHoliday.fromYmd(2013, 4, 7), "if tyme4j gains them, the correction can go");
    assertEquals(DayType.MAKEUP_WORKDAY, CALENDAR.dayType(LocalDate.of(2013, 4, 7)));
    assertEquals(DayType.MAKEUP_WORKDAY, CALENDAR.dayType(LocalDate.of(2013, 10, 12)));
  }

  @Test
  void aYearNotYetAnnouncedIsReportedNotAssumedFree() {
    assertFalse(CALENDAR.isAnnounced(2027));
    YearNotAnnouncedException e =
        assertThrows(YearNotAnnouncedException.class, () -> CALENDAR.dayType(LocalDate.of(2027, 1, 1)));
    assertEquals(2027, e.year());
    assertEquals(DayType.WORKDAY, CALENDAR.assumingNoHolidays().dayType(LocalDate.of(2027, 1, 1)));
  }

  @Test
  void everyMakeupDayIsASaturdayOrSunday() {
    for (YearSchedule y : HolidayData.builtIn()) {
      y.marks().stream().filter(m -> m.type() == DayType.MAKEUP_WORKDAY).forEach(m ->
          assertTrue(m.date().getDayOfWeek() == DayOfWeek.SATURDAY || m.date().getDayOfWeek() == DayOfWeek.SUNDAY,
              m.toString()));
    }
  }

  @Test
  void tyme4jsTableIsReadAsItsOwnLookupReadsIt() {
    Map<Integer, YearSchedule> decoded = Tyme4jHolidays.schedules().stream()
        .collect(Collectors.toMap(YearSchedule::year, y -> y));
    for (LocalDate d = LocalDate.of(2001, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
      LegalHoliday h = LegalHoliday.fromYmd(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      LocalDate day = d;
      var mark = decoded.getOrDefault(d.getYear(), new YearSchedule(d.getYear(), "", List.of())).marks().stream()
          .filter(m -> m.date().equals(day)).findFirst();
      if (h == null) {
        assertTrue(mark.isEmpty(), d.toString());
      } else if (h.isWork() && d.getDayOfWeek().getValue() < 6) {
        assertTrue(Set.of(LocalDate.of(2012, 5, 2), LocalDate.of(2012, 10, 8)).contains(d), d + " work on a weekday");
        assertTrue(mark.isEmpty(), d.toString());
        assertEquals(DayType.WORKDAY, CALENDAR.dayType(d));
      } else {
        assertEquals(h.isWork() ? DayType.MAKEUP_WORKDAY : DayType.HOLIDAY, mark.orElseThrow().type(), d.toString());
        assertEquals(Tyme4jHolidays.noticeName(h.getName()), mark.orElseThrow().name(), d.toString());
      }
    }
  }

  // ---- blocks as the notices draw them (X-WORKDAY) ----

  /** 2023 一、元旦：2022年12月31日至2023年1月2日放假调休，共3天. */
  @Test
  void xWorkdayNewYear2023IsOneBlockAcrossTheYears() {
    HolidayBlock newYear = new HolidayBlock("元旦", LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 2), List.of());
    assertEquals(newYear, CALENDAR.holidayBlocks(2023).get(0));
    assertEquals(3, newYear.days());
    assertTrue(newYear.crossesYear());
    assertEquals(2023, newYear.noticeYear());
    List<HolidayBlock> in2022 = CALENDAR.holidayBlocks(2022);
    assertEquals(newYear, in2022.get(in2022.size() - 1), "listed in both years");
    assertEquals(3, CALENDAR.holidayBlock(LocalDate.of(2022, 12, 31)).size());
    // the boundary: the day before and the day after are working days
    assertEquals(DayType.WORKDAY, CALENDAR.dayType(LocalDate.of(2022, 12, 30)));
    assertEquals(DayType.WORKDAY, CALENDAR.dayType(LocalDate.of(2023, 1, 3)));
    // 2019 元旦 (2018-12-30 至 2019-01-01) keeps its make-up day 2018-12-29 in both years
    HolidayBlock y2019 = CALENDAR.holidayBlocks(2019).get(0);
    assertEquals(List.of(LocalDate.of(2018, 12, 29)), y2019.makeupWorkdays());
    assertTrue(CALENDAR.holidayBlocks(2018).contains(y2019));
  }

  /** 2020 六、国庆节、中秋节：10月1日至8日放假调休，共8天；2023 六、中秋节、国庆节：9月29日至10月6日，共8天. */
  @Test
  void xWorkdayMergedHolidaysOf2020And2023AreOneBlockOfEightDays() {
    assertEquals(new HolidayBlock("国庆节、中秋节", LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 8),
        List.of(LocalDate.of(2020, 9, 27), LocalDate.of(2020, 10, 10))), block(2020, LocalDate.of(2020, 10, 1)));
    assertEquals(new HolidayBlock("中秋节、国庆节", LocalDate.of(2023, 9, 29), LocalDate.of(2023, 10, 6),
        List.of(LocalDate.of(2023, 10, 7), LocalDate.of(2023, 10, 8))), block(2023, LocalDate.of(2023, 9, 29)));
    assertEquals(new HolidayBlock("国庆节、中秋节", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8),
        List.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11))), block(2025, LocalDate.of(2025, 10, 1)));
    assertEquals("中秋节、国庆节", block(2017, LocalDate.of(2017, 10, 1)).name(), "the 2017 notice's heading");
    assertEquals(8, CALENDAR.holidayBlock(LocalDate.of(2023, 10, 1)).size());
    // the boundary: holidays a working day apart stay two blocks (2026 中秋节 9月25日至27日, 国庆节 10月1日至7日)
    assertEquals(7, block(2026, LocalDate.of(2026, 10, 1)).days());
    assertEquals(3, block(2026, LocalDate.of(2026, 9, 25)).days());
  }

  /** 2024 一、元旦：1月1日放假，与周末连休. */
  @Test
  void xWorkdayAWeekendJoinedToAHolidayIsLabelledHoliday() {
    assertEquals(DayType.HOLIDAY, CALENDAR.dayType(LocalDate.of(2023, 12, 30)), "Saturday before 元旦 2024");
    assertEquals(DayType.HOLIDAY, CALENDAR.dayType(LocalDate.of(2023, 12, 31)));
    assertEquals(3, block(2024, LocalDate.of(2024, 1, 1)).days());
    assertEquals(DayType.WORKDAY, CALENDAR.dayType(LocalDate.of(2023, 12, 29)), "the Friday before is worked");
  }

  @Test
  void xWorkdayEachYearCitesItsNoticeNumberOrSaysItIsUnchecked() {
    assertEquals("国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）", CALENDAR.source(2023));
    assertEquals("国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）", CALENDAR.source(2026));
    assertTrue(CALENDAR.source(2020).contains("国办发明电〔2019〕16号"));
    assertTrue(CALENDAR.source(2020).contains("国办发明电〔2020〕1号"), "the 春节 extension");
    assertTrue(CALENDAR.source(2016).contains("文号未经核对"), CALENDAR.source(2016));
    for (int year = 2018; year <= 2026; year++) {
      assertTrue(CALENDAR.source(year).matches("国务院办公厅关于" + year + "年部分节假日安排的通知（国办发明电〔"
          + (year - 1) + "〕[1-9][0-9]*号）.*"), CALENDAR.source(year));
    }
  }

  private static HolidayBlock block(int year, LocalDate day) {
    return CALENDAR.holidayBlocks(year).stream()
        .filter(b -> !day.isBefore(b.first()) && !day.isAfter(b.last())).findFirst().orElseThrow();
  }

  // ---- a user's calendar file ----

  @Test
  void aCalendarFileAddsAYear() {
    WorkCalendar calendar = HolidayData.calendar("calendar.yaml", """
        years:
          - year: 2027
            source: 国务院办公厅关于2027年部分节假日安排的通知
            holidays:
              - { name: 元旦, from: 2027-01-01 }
              - { name: 春节, from: 2027-02-06, to: 2027-02-12 }
            makeupWorkdays:
              - { date: 2027-02-20, for: 春节 }
        """);
    assertTrue(calendar.isAnnounced(2027));
    assertEquals(DayType.HOLIDAY, calendar.dayType(LocalDate.of(2027, 1, 1)));
    assertEquals(7, calendar.holidayBlock(LocalDate.of(2027, 2, 8)).size());
    assertEquals(DayType.MAKEUP_WORKDAY, calendar.dayType(LocalDate.of(2027, 2, 20)));
    assertEquals(DayType.WORKDAY, calendar.dayType(LocalDate.of(2027, 3, 1)));
  }

  @Test
  void aCalendarFileBeatsTheBuiltInData() {
    WorkCalendar calendar = HolidayData.calendar("calendar.yaml", """
        years:
          - year: 2026
            source: 本地更正
            holidays:
              - { name: 国庆节, from: 2026-10-08 }
        """);
    assertEquals(DayType.HOLIDAY, calendar.dayType(LocalDate.of(2026, 10, 8)));
    assertEquals(DayType.HOLIDAY, calendar.dayType(LocalDate.of(2026, 10, 1)), "other built-in days stay");
    WorkCalendar replaced = HolidayData.calendar("calendar.yaml", """
        years:
          - year: 2026
            source: 本地重排
            replace: true
            holidays:
              - { name: 国庆节, from: 2026-10-01, to: 2026-10-03 }
        """);
    assertEquals(DayType.WORKDAY, replaced.dayType(LocalDate.of(2026, 10, 5)));
    assertEquals(DayType.WEEKEND, replaced.dayType(LocalDate.of(2026, 2, 14)), "the built-in year is gone");
  }

  @Test
  void aMakeupDayOnAWeekdayIsRefusedWithItsLine() {
    InputException e = assertThrows(InputException.class, () -> HolidayData.calendar("calendar.yaml", """
        years:
          - year: 2027
            source: x
            makeupWorkdays:
              - { date: 2027-02-22, for: 春节 }
        """));
    assertEquals("calendar.file.makeup_weekday", e.problem().key(), "its own message, not the exception's text");
    assertEquals(5, e.location().line());
  }

  @Test
  void aBadDateIsRefused() {
    InputException e = assertThrows(InputException.class, () -> HolidayData.calendar("calendar.yaml", """
        years:
          - { year: 2027, source: x, holidays: [ { name: 元旦, from: 2027-13-01 } ] }
        """));
    assertEquals("calendar.file.bad_date", e.problem().key());
    assertEquals(List.of("2027-13-01"), e.problem().args());
  }

  // ---- helpers ----

  private static void assertYear(int year, Set<LocalDate> holidays, Set<LocalDate> makeup) {
    Set<LocalDate> actualHolidays = new TreeSet<>();
    Set<LocalDate> actualMakeup = new TreeSet<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      DayType t = CALENDAR.dayType(d);
      if (t == DayType.HOLIDAY) {
        actualHolidays.add(d);
      } else if (t == DayType.MAKEUP_WORKDAY) {
        actualMakeup.add(d);
      }
    }
    assertEquals(holidays, actualHolidays, year + " holidays");
    assertEquals(makeup, actualMakeup, year + " make-up working days");
  }

  private static Set<LocalDate> days(String... specs) {
    return Stream.of(specs).flatMap(s -> {
      String[] range = s.split("\\.\\.");
      LocalDate from = LocalDate.parse(range[0]);
      LocalDate to = range.length > 1 ? LocalDate.parse(range[1]) : from;
      return from.datesUntil(to.plusDays(1));
    }).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Regression: one date in two holidays, or a make-up day on a holiday, was accepted silently (last one won). */
  @Test
  void aDayGivenTwiceInACalendarFileIsAnErrorAtTheSecond() {
    String twoHolidays = "years:\n  - year: 2027\n    source: x\n    holidays:\n      - { name: 元旦, from: 2027-01-01 }\n"
        + "      - { name: 春节, from: 2027-01-01, to: 2027-01-03 }\n";
    InputException e = assertThrows(
        InputException.class, () -> HolidayData.calendar("c.yaml", twoHolidays));
    assertEquals("calendar.day_twice", e.problem().key());
    assertEquals(6, e.location().line());
    String makeupOnAHoliday = "years:\n  - year: 2027\n    source: x\n    holidays:\n"
        + "      - { name: 元旦, from: 2027-01-01, to: 2027-01-03 }\n    makeupWorkdays:\n"
        + "      - { date: 2027-01-02, for: 元旦 }\n";
    e = assertThrows(InputException.class,
        () -> HolidayData.calendar("c.yaml", makeupOnAHoliday));
    assertEquals("calendar.day_twice", e.problem().key());
    assertEquals(7, e.location().line());
  }

  /**
   * Regression: a year written twice let its second entry give a date of the first again (元旦 then 春节 on
   * 2027-01-01, the last silently winning), or drop the first entry's days with replace: true.
   */
  @Test
  void aYearGivenTwiceInACalendarFileIsAnErrorAtTheSecond() {
    String twice = "years:\n  - year: 2027\n    source: x\n    holidays:\n      - { name: 元旦, from: 2027-01-01 }\n"
        + "  - year: 2027\n    source: y\n    holidays:\n      - { name: 春节, from: 2027-01-01 }\n";
    InputException e = assertThrows(InputException.class, () -> HolidayData.calendar("c.yaml", twice));
    assertEquals("calendar.year_twice", e.problem().key());
    assertEquals(6, e.location().line());
    String twiceApart = "years:\n  - year: 2027\n    source: x\n    holidays:\n      - { name: 元旦, from: 2027-01-01 }\n"
        + "  - year: 2028\n    source: y\n    holidays:\n      - { name: 元旦, from: 2028-01-01 }\n"
        + "  - year: 2027\n    source: z\n    replace: true\n    holidays:\n      - { name: 春节, from: 2027-02-06 }\n";
    e = assertThrows(InputException.class, () -> HolidayData.calendar("c.yaml", twiceApart));
    assertEquals("calendar.year_twice", e.problem().key());
    assertEquals(10, e.location().line());
  }

  @Test
  void theFirstYearSaidInMessagesIsTheFirstBuiltInYear() {
    assertEquals(HolidayData.FIRST_YEAR,
        HolidayData.builtIn().stream().mapToInt(org.zhidu.core.calendar.YearSchedule::year).min().orElseThrow());
  }
}
