package org.zhidu.core.finding;

/** Where the cells of one row of a register are, so a finding about a field can point at its cell. */
@FunctionalInterface
public interface RowPlace {

  /** A row without a file: findings carry only the field. */
  RowPlace NONE = field -> new Location(null, 0, 0, field);

  /**
   * The cell of the field (by its Chinese column name), or the row's start when the row has no such cell.
   *
   * @param field the field's Chinese column name, such as {@code 日期}
   * @return the cell's location, or the row's start; never {@code null}
   */
  Location at(String field);

  /**
   * The line and column of {@link #at}, packed as {@code line << 32 | column}: for a caller that keeps the places of a
   * million rows. A place that knows them without making a {@link Location} answers without one.
   *
   * @param field the field's Chinese column name
   * @return the line in the high 32 bits and the column in the low 32 bits; {@code 0} for either when unknown
   */
  default long packed(String field) {
    Location l = at(field);
    return (long) l.line() << 32 | l.column();
  }
}
