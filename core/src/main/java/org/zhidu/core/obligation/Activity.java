package org.zhidu.core.obligation;

import java.time.LocalDate;
import java.util.Objects;
import org.zhidu.core.finding.RowPlace;

/**
 * One row of an activity log, as read.
 *
 * @param date the day it was done (日期), or a trip's first day
 * @param item what was done (事项), as the pack names its obligations
 * @param end a trip's last day (结束日期), or {@code null} for a one-day activity
 * @param overnight whether a trip stayed away overnight (过夜), or {@code null} when the log does not say
 * @param where where the row's cells are
 */
public record Activity(LocalDate date, String item, LocalDate end, Boolean overnight, RowPlace where) {

  /** The 日期 column. */
  public static final String DATE = "日期";
  /** The 事项 column. */
  public static final String ITEM = "事项";
  /** The 结束日期 column. */
  public static final String END = "结束日期";
  /** The 过夜 column. */
  public static final String OVERNIGHT = "过夜";

  /**
   * A one-day activity.
   *
   * @param date the day it was done (日期), or a trip's first day
   * @param item what was done (事项), as the pack names its obligations
   * @param where where the row's cells are
   */
  public Activity(LocalDate date, String item, RowPlace where) {
    this(date, item, null, null, where);
  }

  /**
   * Refuses a row without its date or item; an absent place is {@link RowPlace#NONE}.
   *
   * @param date the day it was done (日期), or a trip's first day
   * @param item what was done (事项), as the pack names its obligations
   * @param end a trip's last day (结束日期), or {@code null} for a one-day activity
   * @param overnight whether a trip stayed away overnight (过夜), or {@code null} when the log does not say
   * @param where where the row's cells are
   * @throws NullPointerException if {@code date} or {@code item} is {@code null}
   */
  public Activity {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(item, "item");
    where = where == null ? RowPlace.NONE : where;
  }
}
