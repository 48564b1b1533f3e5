package org.zhidu.policies.calendar;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.zhidu.core.finding.InvalidValue;

/**
 * The State Council notices the built-in years follow (calendar/notices.yaml): for each year, the notice number where
 * it was checked and where, so a calendar answer cites the notice rather than the data library.
 *
 * @param notices one entry per year
 */
public record HolidayNotices(List<Notice> notices) {

  private static final Pattern NUMBER = Pattern.compile("国办发明电〔\\d{4}〕[1-9]\\d*号");

  /**
   * Keeps an unmodifiable copy of the notices (absent ones are empty).
   *
   * @param notices one entry per year
   */
  public HolidayNotices {
    notices = notices == null ? List.of() : List.copyOf(notices);
  }

  /**
   * One year's notice.
   *
   * @param year the year it arranges
   * @param number its number (国办发明电〔2022〕16号), or {@code null} when not checked
   * @param also a later notice that changed the year (the 2020 春节 extension), or {@code null}
   * @param heading the notice's heading of a merged block, where it differs from the order of the days, or null
   * @param checked where the number (or heading) was checked
   */
  public record Notice(Integer year, String number, String also, String heading, String checked) {

    /**
     * Refuses a notice of a year outside 1949 to 2200, with a number not of the 国办发明电 shape, or not checked.
     *
     * @param year the year it arranges
     * @param number its number (国办发明电〔2022〕16号), or {@code null} when not checked
     * @param also a later notice that changed the year (the 2020 春节 extension), or {@code null}
     * @param heading the notice's heading of a merged block, where it differs from the order of the days, or null
     * @param checked where the number (or heading) was checked
     * @throws InvalidValue if {@code year} is out of range, {@code number} is malformed or {@code checked} is blank
     */
    public Notice {
      if (year == null || year < 1949 || year > 2200) {
        throw new InvalidValue("calendar.file.bad_year", String.valueOf(year));
      }
      if (number != null && !NUMBER.matcher(number).matches()) {
        throw new InvalidValue("calendar.notice.bad_number", number);
      }
      if (checked == null || checked.isBlank()) {
        throw new InvalidValue("calendar.notice.unchecked", String.valueOf(year));
      }
    }
  }

  /**
   * The notices by year.
   *
   * @return each year's notice, in year order; a year given twice keeps its last
   */
  public Map<Integer, Notice> byYear() {
    Map<Integer, Notice> out = new TreeMap<>();
    for (Notice n : notices) {
      out.put(n.year(), n);
    }
    return out;
  }

  /**
   * What a built-in year's answers name as their source: the notice with its number, or the notice with a note
   * that its number was not checked (the dates then as tyme4j carries them).
   *
   * @param year a built-in year
   * @return the notice's title with its number, or with a note that the number was not checked
   */
  public String source(int year) {
    Notice n = byYear().get(year);
    String title = "国务院办公厅关于" + year + "年部分节假日安排的通知";
    if (n == null || n.number() == null) {
      return title + "（文号未经核对；日期据 tyme4j 1.4.9）";
    }
    return title + "（" + n.number() + "）" + (n.also() == null ? "" : "；" + n.also());
  }
}
