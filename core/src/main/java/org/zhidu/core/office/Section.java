package org.zhidu.core.office;

import java.util.Objects;

/**
 * A section (股室).
 *
 * @param name its name, unique in the office
 * @param head the person at its head (I6 bars the heads of the bottom two sections from awards), or {@code null}
 */
public record Section(String name, String head) {

  /**
   * Refuses a section without a name.
   *
   * @param name its name, unique in the office
   * @param head the person at its head (I6 bars the heads of the bottom two sections from awards), or {@code null}
   * @throws NullPointerException if {@code name} is {@code null}
   */
  public Section {
    Objects.requireNonNull(name, "name");
  }
}
