package org.zhidu.core.secrecy;

import java.time.LocalDateTime;
import java.util.Objects;
import org.zhidu.core.finding.RowPlace;

/**
 * One row of a copy register (复制登记), as read.
 *
 * @param original the original's number or title (原件编号)
 * @param kind the kind of document (文件类别: 密码电报 …), "" when blank or the register has no such column
 * @param level the original's level (原件密级)
 * @param copyLevel the level marked on the copies (复制件密级), or {@code null} when the register does not say
 * @param at when it was copied
 * @param approver who approved the copy, "" when blank
 * @param department the department that copied it (复制部门), or {@code null} when the register has no such column
 * @param medium what it was copied onto (载体: 纸质, 移动介质 …), "" when blank or no column
 * @param where where the row's cells are
 */
public record CopyRecord(String original, String kind, Level level, Level copyLevel, LocalDateTime at,
    String approver, String department, String medium, RowPlace where) {

  /** The 原件编号 column. */
  public static final String ORIGINAL = "原件编号";
  /** The 文件类别 column. */
  public static final String KIND = "文件类别";
  /** The 原件密级 column. */
  public static final String LEVEL = "原件密级";
  /** The 复制件密级 column. */
  public static final String COPY_LEVEL = "复制件密级";
  /** The 复制时间 column. */
  public static final String AT = "复制时间";
  /** The 批准人 column. */
  public static final String APPROVER = "批准人";
  /** The 复制部门 column. */
  public static final String DEPARTMENT = "复制部门";
  /** The 载体 column. */
  public static final String MEDIUM = "载体";

  /**
   * Refuses a row without its original, level or time; an absent kind, approver or medium is "", an absent place {@link
   * RowPlace#NONE}.
   *
   * @param original the original's number or title (原件编号)
   * @param kind the kind of document (文件类别: 密码电报 …), "" when blank or the register has no such column
   * @param level the original's level (原件密级)
   * @param copyLevel the level marked on the copies (复制件密级), or {@code null} when the register does not say
   * @param at when it was copied
   * @param approver who approved the copy, "" when blank
   * @param department the department that copied it (复制部门), or {@code null} when the register has no such column
   * @param medium what it was copied onto (载体: 纸质, 移动介质 …), "" when blank or no column
   * @param where where the row's cells are
   * @throws NullPointerException if {@code original}, {@code level} or {@code at} is {@code null}
   */
  public CopyRecord {
    Objects.requireNonNull(original, "original");
    kind = kind == null ? "" : kind;
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(at, "at");
    approver = approver == null ? "" : approver;
    medium = medium == null ? "" : medium;
    where = where == null ? RowPlace.NONE : where;
  }

  /**
   * Whether the copy went onto a removable medium (U盘, 移动硬盘, 光盘 …).
   *
   * @return {@code true} when {@code medium} names 介质, U盘, 移动硬盘 or 光盘
   */
  public boolean ontoMedium() {
    return medium.contains("介质") || medium.contains("U盘") || medium.contains("移动硬盘") || medium.contains("光盘");
  }
}
