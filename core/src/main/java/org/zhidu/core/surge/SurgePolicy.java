package org.zhidu.core.surge;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A pack's rules for drawing people to sudden work (U1).
 *
 * @param roles the posts drawn from (文秘人员)
 * @param keep the sections that keep at least one person at their post in working hours
 * @param from when working hours begin on a working day
 * @param to when they end
 */
public record SurgePolicy(List<String> roles, List<String> keep, LocalTime from, LocalTime to) {

  /**
   * Refuses working hours that do not begin before they end; keeps unmodifiable copies of the lists.
   *
   * @param roles the posts drawn from (文秘人员)
   * @param keep the sections that keep at least one person at their post in working hours
   * @param from when working hours begin on a working day
   * @param to when they end
   * @throws NullPointerException if {@code roles}, {@code keep}, {@code from} or {@code to} is {@code null}
   * @throws IllegalArgumentException if {@code from} is not before {@code to}
   */
  public SurgePolicy {
    roles = List.copyOf(roles);
    keep = List.copyOf(keep);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("working hours begin before they end: " + from + "–" + to);
    }
  }
}
