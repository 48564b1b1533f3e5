package org.zhidu.core.secrecy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.zhidu.core.finding.RowPlace;

/**
 * One row of a register whose records are kept a number of years (S4: 涉密会议记录表, 外宾来访登记表), as read; a
 * foreign visit's row also says when it was approved (S7).
 *
 * @param kind the record's kind, as the pack names it (涉密会议记录表)
 * @param number its number (编号)
 * @param date the day it was made (会议日期, 来访时间)
 * @param approved when a foreign visit was approved (批准时间), or {@code null} (no column, or not a visit)
 * @param approvedColumn whether the register has a 批准时间 column (a blank cell there is a visit never approved)
 * @param destroyed the day it was destroyed (销毁日期), or {@code null}
 * @param where where the row's cells are
 */
public record KeptRecord(String kind, String number, LocalDateTime date, LocalDateTime approved,
    boolean approvedColumn, LocalDate destroyed, RowPlace where) {

  /** The two kinds S4 keeps, as the party office names them. */
  public static final String MEETINGS = "涉密会议记录表";
  /** The kind of the foreign visits' register (S4, S7). */
  public static final String VISITS = "外宾来访登记表";

  /** The 编号 column. */
  public static final String NUMBER = "编号";
  /** The 日期 column. */
  public static final String DATE = "日期";
  /** The 批准时间 column. */
  public static final String APPROVED = "批准时间";
  /** The 销毁日期 column. */
  public static final String DESTROYED = "销毁日期";

  /**
   * Refuses a row without its kind, number or date; an absent place is {@link RowPlace#NONE}.
   *
   * @param kind the record's kind, as the pack names it (涉密会议记录表)
   * @param number its number (编号)
   * @param date the day it was made (会议日期, 来访时间)
   * @param approved when a foreign visit was approved (批准时间), or {@code null} (no column, or not a visit)
   * @param approvedColumn whether the register has a 批准时间 column (a blank cell there is a visit never approved)
   * @param destroyed the day it was destroyed (销毁日期), or {@code null}
   * @param where where the row's cells are
   * @throws NullPointerException if {@code kind}, {@code number} or {@code date} is {@code null}
   */
  public KeptRecord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    where = where == null ? RowPlace.NONE : where;
  }
}
