package org.zhidu.core.naming;

import org.zhidu.core.finding.InvalidValue;
import java.util.List;
import java.util.Objects;

/**
 * One 文种 of N1 (the 15 kinds of GB/T 9704-2012 and 《党政机关公文处理工作条例》).
 *
 * @param name the canonical spelling
 * @param spellings every accepted spelling, the canonical one first (命令 is also written 令)
 * @param ordinalNumber whether its number is written with 第 (a 令号 such as 安居区人民政府令第1号)
 */
public record DocumentKind(String name, List<String> spellings, boolean ordinalNumber) {

  /**
   * Refuses a kind without a name, or whose spellings leave out its canonical name; keeps an unmodifiable copy of the
   * spellings.
   *
   * @param name the canonical spelling
   * @param spellings every accepted spelling, the canonical one first (命令 is also written 令)
   * @param ordinalNumber whether its number is written with 第 (a 令号 such as 安居区人民政府令第1号)
   * @throws NullPointerException if {@code name} or {@code spellings} is {@code null}
   * @throws org.zhidu.core.finding.InvalidValue if {@code name} is blank or not among {@code spellings}
   */
  public DocumentKind {
    Objects.requireNonNull(name, "name");
    spellings = List.copyOf(spellings);
    if (name.isBlank()) {
      throw new InvalidValue("pack.kind_needs_name");
    }
    if (!spellings.contains(name)) {
      throw new InvalidValue("pack.kind_spellings", name);
    }
  }
}
