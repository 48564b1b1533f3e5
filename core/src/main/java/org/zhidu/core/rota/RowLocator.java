package org.zhidu.core.rota;

import java.time.LocalDate;
import org.zhidu.core.finding.Location;

/** Where a day's field is in the file the rota was read from, so a finding can point at the cell. */
@FunctionalInterface
public interface RowLocator {

  /** No file: findings carry no place but their day. */
  RowLocator NONE = (date, field) -> new Location(null, 0, 0, field);

  /**
   * The cell of a day's field.
   *
   * @param date the day
   * @param field the column, by its Chinese name: 日期, 类型, 值班人员, 带班领导 or 通知人
   * @return the cell's location, or a location with only the field when the day has no cell
   */
  Location locate(LocalDate date, String field);
}
