package org.zhidu.core.naming;

import java.util.Objects;

/**
 * A 发文字号 per GB/T 9704-2012 7.2.4: 发文机关代字, the year in 六角括号, the 序号 without leading zero or 第, then 号.
 * A 令号 (GB/T 9704-2012 10.3) is written 机关令第N号, without a year; its 第 and any leading zeros are its own.
 *
 * @param issuerCode the 发文机关代字, such as 遂安府办函
 * @param year the year, or {@code 0} for a 令号 without one
 * @param serial the 序号, at least 1
 * @param ordinal whether the number is written with 第 (only correct for a 令号)
 * @param digits how many digits the 序号 is written with when a 令号 keeps leading zeros (第01号), else 0
 */
public record DocumentNumber(String issuerCode, int year, int serial, boolean ordinal, int digits) {

  /**
   * A number whose 序号 is written without leading zeros.
   *
   * @param issuerCode the 发文机关代字, such as 遂安府办函
   * @param year the year, or {@code 0} for a 令号 without one
   * @param serial the 序号, at least 1
   * @param ordinal whether the number is written with 第 (only correct for a 令号)
   */
  public DocumentNumber(String issuerCode, int year, int serial, boolean ordinal) {
    this(issuerCode, year, serial, ordinal, 0);
  }

  /**
   * Refuses a number without an issuer code, a serial below 1, a year that is not four digits, or more than nine
   * digits.
   *
   * @param issuerCode the 发文机关代字, such as 遂安府办函
   * @param year the year, or {@code 0} for a 令号 without one
   * @param serial the 序号, at least 1
   * @param ordinal whether the number is written with 第 (only correct for a 令号)
   * @param digits how many digits the 序号 is written with when a 令号 keeps leading zeros (第01号), else 0
   * @throws NullPointerException if {@code issuerCode} is {@code null}
   * @throws IllegalArgumentException if the issuer code is empty, {@code serial} is below 1, {@code year} is neither
   *     {@code 0} nor from 1000 to 9999, or {@code digits} is outside 0 to 9
   */
  public DocumentNumber {
    Objects.requireNonNull(issuerCode, "issuerCode");
    if (issuerCode.isEmpty()) {
      throw new IllegalArgumentException("a 文号 needs its 发文机关代字");
    }
    if (serial < 1) {
      throw new IllegalArgumentException("a 序号 starts at 1");
    }
    if (year != 0 && (year < 1000 || year > 9999)) {
      throw new IllegalArgumentException("a 文号 year has four digits");
    }
    if (digits < 0 || digits > 9) {
      throw new IllegalArgumentException("a 序号 has at most nine digits");
    }
  }

  /**
   * Whether the number carries a year, as every 发文字号 does and a 令号 does not.
   *
   * @return {@code true} when {@code year} is not {@code 0}
   */
  public boolean hasYear() {
    return year != 0;
  }

  /**
   * The number as GB/T 9704-2012 writes it: 遂安府办函〔2014〕19号, or 安居区人民政府令第1号.
   *
   * @return the issuer code, the year in 〔〕 when there is one, 第 when ordinal, the serial (zero-padded to {@code
   *     digits}) and 号
   */
  public String render() {
    StringBuilder out = new StringBuilder(issuerCode.length() + 12).append(issuerCode);
    if (hasYear()) {
      out.append('〔').append(year).append('〕');
    }
    if (ordinal) {
      out.append('第');
    }
    String number = Integer.toString(serial);
    for (int i = number.length(); i < digits; i++) {
      out.append('0');
    }
    return out.append(number).append('号').toString();
  }
}
