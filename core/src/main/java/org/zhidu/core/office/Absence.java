package org.zhidu.core.office;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of days a person is not available (leave, 上派学习, a business trip), both ends included (R8).
 *
 * @param from the first day away
 * @param to the last day away
 * @param reason why, as the office writes it
 */
public record Absence(LocalDate from, LocalDate to, String reason) {

  public Absence {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("an absence ends on or after its first day: " + from + " to " + to);
    }
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
