package org.zhidu.core.obligation;

import java.time.LocalDate;
import java.util.Objects;
import org.zhidu.core.finding.RowPlace;

/**
 * One item of the 督查 register (G14), as read: a matter assigned with who does it, who answers for it and by when.
 *
 * @param matter the matter (事项)
 * @param unit the unit that does it (承办单位), "" when blank
 * @param person who answers for it (责任人), "" when blank
 * @param due by when (完成时限), or {@code null} when blank
 * @param done when it was finished (办结日期), or {@code null}
 * @param where where the row's cells are
 */
public record Task(String matter, String unit, String person, LocalDate due, LocalDate done, RowPlace where) {

  /** The 事项 column. */
  public static final String MATTER = "事项";
  /** The 承办单位 column. */
  public static final String UNIT = "承办单位";
  /** The 责任人 column. */
  public static final String PERSON = "责任人";
  /** The 完成时限 column. */
  public static final String DUE = "完成时限";
  /** The 办结日期 column. */
  public static final String DONE = "办结日期";
  /** The 立项日期 column: read for its date alone, which no check uses. */
  public static final String OPENED = "立项日期";

  /**
   * Refuses an item without its matter; an absent unit or person is "", an absent place {@link RowPlace#NONE}.
   *
   * @param matter the matter (事项)
   * @param unit the unit that does it (承办单位), "" when blank
   * @param person who answers for it (责任人), "" when blank
   * @param due by when (完成时限), or {@code null} when blank
   * @param done when it was finished (办结日期), or {@code null}
   * @param where where the row's cells are
   * @throws NullPointerException if {@code matter} is {@code null}
   */
  public Task {
    Objects.requireNonNull(matter, "matter");
    unit = unit == null ? "" : unit;
    person = person == null ? "" : person;
    where = where == null ? RowPlace.NONE : where;
  }
}
