package org.zhidu.core.rota;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Duty weeks run Monday to Sunday; the section-level cadres lead one week each in turn (R2). */
final class Weeks {

  /** 1970-01-05, the first Monday of the epoch, as an epoch day. */
  private static final long FIRST_MONDAY = 4;

  private Weeks() {}

  static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The week's number counted from 1970-01-05, so that the turn continues from one month to the next. */
  static long index(LocalDate day) {
    return Math.floorDiv(day.toEpochDay() - FIRST_MONDAY, 7);
  }
}
