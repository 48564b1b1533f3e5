package org.zhidu.core.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One holiday as a notice draws it: consecutive holiday days, weekend days inside included, with the make-up working
 * days that serve it. A block may cross New Year (2023 元旦: 2022-12-31 to 2023-01-02) and may merge two holidays
 * (2023 中秋节、国庆节: 2023-09-29 to 2023-10-06).
 *
 * @param name the holiday, or the merged holidays joined with 、 in the order their days come
 * @param first the first day
 * @param last the last day
 * @param makeupWorkdays the Saturdays and Sundays worked for it, in order
 */
public record HolidayBlock(String name, LocalDate first, LocalDate last, List<LocalDate> makeupWorkdays) {

  /**
   * Refuses a block that ends before it starts; keeps an unmodifiable copy of the make-up days.
   *
   * @param name the holiday, or the merged holidays joined with 、 in the order their days come
   * @param first the first day
   * @param last the last day
   * @param makeupWorkdays the Saturdays and Sundays worked for it, in order
   * @throws NullPointerException if {@code name}, {@code first}, {@code last} or {@code makeupWorkdays} is {@code null}
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public HolidayBlock {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    makeupWorkdays = List.copyOf(makeupWorkdays);
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(last + " is before " + first);
    }
  }

  /**
   * How many days the block has, weekend days included (共 N 天).
   *
   * @return the days from {@code first} to {@code last}, both included; at least 1
   */
  public int days() {
    return Math.toIntExact(ChronoUnit.DAYS.between(first, last) + 1);
  }

  /**
   * Whether the block runs from one year into the next.
   *
   * @return {@code true} when {@code first} and {@code last} are in different years
   */
  public boolean crossesYear() {
    return first.getYear() != last.getYear();
  }

  /**
   * The year whose notice announces the block: the year it ends in (a block crossing New Year is that year's 元旦).
   *
   * @return the year of {@code last}
   */
  public int noticeYear() {
    return last.getYear();
  }

  /**
   * Whether the block has a day in {@code year}.
   *
   * @param year a calendar year
   * @return {@code true} when the block starts in or before {@code year} and ends in or after it
   */
  public boolean touches(int year) {
    return first.getYear() <= year && last.getYear() >= year;
  }
}
