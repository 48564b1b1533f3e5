package org.zhidu.core.obligation;

import java.time.LocalDate;
import java.util.Objects;
import org.zhidu.core.finding.RowPlace;

/**
 * One row of an activity log, as read.
 *
 * @param date the day it was done (日期)
 * @param item what was done (事项), as the pack names its obligations
 * @param where where the row's cells are
 */
public record Activity(LocalDate date, String item, RowPlace where) {

  public static final String DATE = "日期";
  public static final String ITEM = "事项";

  public Activity {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(item, "item");
    where = where == null ? RowPlace.NONE : where;
  }
}
