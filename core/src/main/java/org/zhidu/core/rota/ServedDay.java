package org.zhidu.core.rota;

import java.util.List;

/**
 * A rota day after the swaps: who served, and who is responsible for a mistake (R7).
 *
 * @param day the day as the rota has it
 * @param served who actually served
 * @param responsible who answers for the day: the replacement of an approved swap, the original of any other
 */
public record ServedDay(DutyDay day, List<String> served, List<String> responsible) {

  /**
   * Keeps unmodifiable copies of the lists.
   *
   * @param day the day as the rota has it
   * @param served who actually served
   * @param responsible who answers for the day: the replacement of an approved swap, the original of any other
   * @throws NullPointerException if {@code served} or {@code responsible} is {@code null}
   */
  public ServedDay {
    served = List.copyOf(served);
    responsible = List.copyOf(responsible);
  }

  /**
   * The day with the people who served on duty, for counting the allowance (R9).
   *
   * @return the day as the rota has it, with {@code served} on duty
   */
  public DutyDay asServed() {
    return new DutyDay(day.date(), day.type(), served, day.leader(), day.notifier());
  }
}
