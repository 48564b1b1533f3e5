package org.zhidu.core.secrecy;

import java.util.Objects;
import org.zhidu.core.finding.RowPlace;

/**
 * One row of an equipment register (涉密设备登记), as read.
 *
 * @param number the device's number (设备编号)
 * @param classified whether it processes classified content (涉密)
 * @param networked whether it is connected to a network beyond the classified one (联网)
 * @param wireless the wireless devices it has (无线设备: 无线网卡, 蓝牙, 无线鼠标 …), "" when none
 * @param where where the row's cells are
 */
public record DeviceRecord(String number, boolean classified, boolean networked, String wireless, RowPlace where) {

  /** The 设备编号 column. */
  public static final String NUMBER = "设备编号";
  /** The 涉密 column. */
  public static final String CLASSIFIED = "涉密";
  /** The 联网 column. */
  public static final String NETWORKED = "联网";
  /** The 无线设备 column. */
  public static final String WIRELESS = "无线设备";

  /** 无, 否, 0, -, N/A, a blank cell, or a wired device (有线鼠标): no wireless device. */
  private static boolean none(String cell) {
    if (cell == null) {
      return true;
    }
    String t = cell.strip();
    return t.isEmpty() || t.equals("无") || t.equals("否") || t.equals("没有") || t.equals("0") || t.equals("-")
        || t.equals("—") || t.equalsIgnoreCase("N/A") || t.equalsIgnoreCase("no") || t.startsWith("有线");
  }

  /**
   * Refuses a row without its number; a wireless cell that names no wireless device (无, 否, a wired one) becomes "", an
   * absent place {@link RowPlace#NONE}.
   *
   * @param number the device's number (设备编号)
   * @param classified whether it processes classified content (涉密)
   * @param networked whether it is connected to a network beyond the classified one (联网)
   * @param wireless the wireless devices it has (无线设备: 无线网卡, 蓝牙, 无线鼠标 …), "" when none
   * @param where where the row's cells are
   * @throws NullPointerException if {@code number} is {@code null}
   */
  public DeviceRecord {
    Objects.requireNonNull(number, "number");
    wireless = none(wireless) ? "" : wireless;
    where = where == null ? RowPlace.NONE : where;
  }
}
