package org.zhidu.core.obligation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** How often an obligation comes round: each period of a year is one occurrence. */
public enum Period {
  /** Each week, Monday to Sunday. */
  WEEK("week"),
  /** Each calendar month. */
  MONTH("month"),
  /** Each quarter, from January, April, July and October. */
  QUARTER("quarter"),
  /** Each half year, from January and July. */
  HALF("half"),
  /** Each calendar year. */
  YEAR("year");

  private final String id;

  Period(String id) {
    this.id = id;
  }

  /**
   * As a pack writes it.
   *
   * @return {@code week}, {@code month}, {@code quarter}, {@code half} or {@code year}
   */
  public String id() {
    return id;
  }

  /**
   * The period a pack's word names, or {@code null}.
   *
   * @param id the pack's word, or {@code null}
   * @return the period, or {@code null} when the word names none
   */
  public static Period of(String id) {
    for (Period p : values()) {
      if (p.id.equals(id)) {
        return p;
      }
    }
    return null;
  }

  /**
   * How many months long a period of months is (a week: 0).
   *
   * @return 1, 3, 6 or 12; 0 for a week
   */
  public int months() {
    return switch (this) {
      case WEEK -> 0;
      case MONTH -> 1;
      case QUARTER -> 3;
      case HALF -> 6;
      case YEAR -> 12;
    };
  }

  /**
   * The first day of each period that may fall in the year, in order; for weeks, every Monday from the one on or
   * before 1 January (the planner keeps a week in the year its window closes in, so that each week is planned once).
   *
   * @param year the calendar year
   * @return the first days in date order: the 1st of each month, quarter, half or year of the year, or the Mondays
   */
  public List<LocalDate> starts(int year) {
    List<LocalDate> out = new ArrayList<>();
    if (this == WEEK) {
      LocalDate monday = LocalDate.of(year, 1, 1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      for (LocalDate d = monday; d.getYear() <= year; d = d.plusWeeks(1)) {
        out.add(d);
      }
      return out;
    }
    for (int m = 1; m <= 12; m += months()) {
      out.add(LocalDate.of(year, m, 1));
    }
    return out;
  }
}
