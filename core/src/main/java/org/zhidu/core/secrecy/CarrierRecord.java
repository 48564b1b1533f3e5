package org.zhidu.core.secrecy;

import java.util.List;
import java.util.Objects;
import org.zhidu.core.finding.RowPlace;

/**
 * One row of a register of compilations and removable media (汇编、移动存储介质登记), as read.
 *
 * @param number its own number (编号)
 * @param kind 汇编 or the medium's kind (U盘, 移动硬盘 …)
 * @param level the level it is marked with
 * @param contents the numbers of what it holds (内容: the sources of a compilation, what is stored on a medium)
 * @param where where the row's cells are
 */
public record CarrierRecord(String number, String kind, Level level, List<String> contents, RowPlace where) {

  /** The 编号 column. */
  public static final String NUMBER = "编号";
  /** The 类别 column. */
  public static final String KIND = "类别";
  /** The 密级 column. */
  public static final String LEVEL = "密级";
  /** The 内容 column. */
  public static final String CONTENTS = "内容";

  /**
   * Refuses a row without its number or level; keeps an unmodifiable copy of the contents; an absent kind is "", an
   * absent place {@link RowPlace#NONE}.
   *
   * @param number its own number (编号)
   * @param kind 汇编 or the medium's kind (U盘, 移动硬盘 …)
   * @param level the level it is marked with
   * @param contents the numbers of what it holds (内容: the sources of a compilation, what is stored on a medium)
   * @param where where the row's cells are
   * @throws NullPointerException if {@code number}, {@code level} or {@code contents} is {@code null}
   */
  public CarrierRecord {
    Objects.requireNonNull(number, "number");
    kind = kind == null ? "" : kind;
    Objects.requireNonNull(level, "level");
    contents = List.copyOf(contents);
    where = where == null ? RowPlace.NONE : where;
  }
}
