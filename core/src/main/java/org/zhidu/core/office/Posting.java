package org.zhidu.core.office;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person belongs to {@code section} from {@code from} until their next posting.
 *
 * @param section the section's name, as the office lists it
 * @param from the first day in that section
 */
public record Posting(String section, LocalDate from) {

  /**
   * Refuses a posting without a section or a first day.
   *
   * @param section the section's name, as the office lists it
   * @param from the first day in that section
   * @throws NullPointerException if {@code section} or {@code from} is {@code null}
   */
  public Posting {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(from, "from");
  }
}
