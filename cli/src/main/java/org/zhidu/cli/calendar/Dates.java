package org.zhidu.cli.calendar;

import java.time.DayOfWeek;
import org.zhidu.cli.Texts;

/**
 * The weekday word, kept here only for the rota reader that still imports it; everything else uses
 * {@link org.zhidu.cli.options.Dates}. Remove once the rota reader is replaced.
 */
public final class Dates {

  private Dates() {}

  public static String weekday(DayOfWeek day, Texts texts) {
    return org.zhidu.cli.options.Dates.weekday(day, texts);
  }
}
