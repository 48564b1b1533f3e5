package org.zhidu.policies.calendar;

import com.tyme.holiday.LegalHoliday;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhidu.core.calendar.DayMark;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.calendar.YearSchedule;

/**
 * The State Council's holiday arrangements as the library tyme4j carries them (cn.6tail:tyme4j, MIT), one year
 * schedule per year it knows. Its table is read directly: asking {@code LegalHoliday.fromYmd} day by day takes most
 * of a second, reading the table a millisecond. A test checks this reading against {@code fromYmd} for every day,
 * so a change of the table's layout in a later tyme4j fails the build instead of the calendar.
 *
 * <p>Two of its entries mark a weekday as a make-up working day (2012-05-02 and 2012-10-08; the 2012 notice has
 * 4月28日 and 9月29日, which tyme4j also has). A weekday is a working day anyway, so they are left out rather than
 * turned into nonsense; the test pins exactly these two.
 */
public final class Tyme4jHolidays {

  /** Where the built-in years come from when read alone; {@link HolidayData} names each year's notice instead. */
  public static final String SOURCE = "国务院办公厅节假日安排通知（tyme4j 1.4.9 所载）";

  /** tyme4j's short names for a merged holiday, as the notices head it (2020, 2025: 国庆节、中秋节). */
  private static final Map<String, String> NOTICE_NAMES = Map.of("国庆中秋", "国庆节、中秋节");

  /**
   * The name a notice gives the holiday tyme4j calls {@code name}.
   *
   * @param name tyme4j's name, such as 国庆中秋
   * @return the notice's name, such as 国庆节、中秋节, or {@code name} itself
   */
  public static String noticeName(String name) {
    return NOTICE_NAMES.getOrDefault(name, name);
  }

  private static final int RECORD = 13;

  private Tyme4jHolidays() {}

  /**
   * Every year tyme4j carries, as schedules citing {@link #SOURCE}.
   *
   * @return the schedules, in year order
   */
  public static List<YearSchedule> schedules() {
    return decode(LegalHoliday.DATA, List.of(LegalHoliday.NAMES));
  }

  /**
   * Reads records of 13 characters: yyyyMMdd, '0' for a make-up working day or '1' for a holiday day, the index of
   * the holiday's name, and the signed offset to the holiday itself (not needed here).
   */
  static List<YearSchedule> decode(String data, List<String> names) {
    if (data.length() % RECORD != 0) {
      throw new IllegalStateException("tyme4j's holiday table has an unexpected layout");
    }
    Map<Integer, List<DayMark>> byYear = new TreeMap<>();
    for (int i = 0; i < data.length(); i += RECORD) {
      LocalDate date = LocalDate.of(
          Integer.parseInt(data, i, i + 4, 10),
          Integer.parseInt(data, i + 4, i + 6, 10),
          Integer.parseInt(data, i + 6, i + 8, 10));
      DayType type = switch (data.charAt(i + 8)) {
        case '0' -> DayType.MAKEUP_WORKDAY;
        case '1' -> DayType.HOLIDAY;
        default -> throw new IllegalStateException("tyme4j's holiday table has an unexpected layout at " + i);
      };
      String name = noticeName(names.get(data.charAt(i + 9) - '0'));
      if (type == DayType.MAKEUP_WORKDAY && date.getDayOfWeek().getValue() < 6) {
        continue;
      }
      byYear.computeIfAbsent(date.getYear(), y -> new ArrayList<>()).add(new DayMark(date, type, name));
    }
    List<YearSchedule> out = new ArrayList<>();
    byYear.forEach((year, marks) -> out.add(new YearSchedule(year, SOURCE, marks)));
    return out;
  }
}
