package org.zhidu.core.obligation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One time an obligation comes round in a year's plan.
 *
 * @param obligation what is due
 * @param from the first day it may be done
 * @param to the last day of its window
 * @param due the day it is due: the window's last day, moved to a working day by the pack's reading when that day is
 *     none
 * @param moved whether {@code due} was moved off a day that is not a working day (the output says so)
 */
public record Occurrence(Obligation obligation, LocalDate from, LocalDate to, LocalDate due, boolean moved) {

  /**
   * Refuses an occurrence with a part missing.
   *
   * @param obligation what is due
   * @param from the first day it may be done
   * @param to the last day of its window
   * @param due the day it is due: the window's last day, moved to a working day by the pack's reading when that day is
   *     none
   * @param moved whether {@code due} was moved off a day that is not a working day (the output says so)
   * @throws NullPointerException if {@code obligation}, {@code from}, {@code to} or {@code due} is {@code null}
   */
  public Occurrence {
    Objects.requireNonNull(obligation, "obligation");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(due, "due");
  }

  /**
   * Whether a day falls in the window (its due day included, moved or not).
   *
   * @param day any date
   * @return {@code true} when {@code day} is from {@code from} to the later of {@code to} and {@code due}
   */
  public boolean holds(LocalDate day) {
    return !day.isBefore(from) && (!day.isAfter(to) || !day.isAfter(due));
  }
}
