package org.zhidu.core.naming;

import java.util.Objects;

/**
 * A 发文字号 per GB/T 9704-2012 7.2.4: 发文机关代字, the year in 六角括号, the 序号 without leading zero or 第, then 号.
 * A 令号 is written with 第 and may have no year (安居区人民政府令第1号).
 *
 * @param issuerCode the 发文机关代字, such as 遂安府办函
 * @param year the year, or {@code 0} for a 令号 without one
 * @param serial the 序号, at least 1
 * @param ordinal whether the number is written with 第 (only correct for a 令号)
 */
public record DocumentNumber(String issuerCode, int year, int serial, boolean ordinal) {

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
  }

  public boolean hasYear() {
    return year != 0;
  }

  public String render() {
    StringBuilder out = new StringBuilder(issuerCode.length() + 12).append(issuerCode);
    if (hasYear()) {
      out.append('〔').append(year).append('〕');
    }
    if (ordinal) {
      out.append('第');
    }
    return out.append(serial).append('号').toString();
  }
}
