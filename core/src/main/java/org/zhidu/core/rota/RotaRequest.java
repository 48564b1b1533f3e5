package org.zhidu.core.rota;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.office.Office;

/**
 * What a rota is planned from.
 *
 * @param office the sections and people, with their absences
 * @param calendar the working calendar (which days are statutory holidays)
 * @param policy the pack's numbers
 * @param from the first day to plan
 * @param to the last day to plan, included
 * @param history earlier rotas, whose counts the new one balances against (days before {@code from})
 * @param keep an earlier version of this rota, whose days are kept wherever they still satisfy the rules
 */
public record RotaRequest(
    Office office,
    WorkCalendar calendar,
    RotaPolicy policy,
    LocalDate from,
    LocalDate to,
    List<DutyDay> history,
    List<DutyDay> keep) {

  /**
   * Refuses a request without its office, calendar, numbers or period, or whose period ends before it starts; keeps
   * unmodifiable copies of the lists.
   *
   * @param office the sections and people, with their absences
   * @param calendar the working calendar (which days are statutory holidays)
   * @param policy the pack's numbers
   * @param from the first day to plan
   * @param to the last day to plan, included
   * @param history earlier rotas, whose counts the new one balances against (days before {@code from})
   * @param keep an earlier version of this rota, whose days are kept wherever they still satisfy the rules
   * @throws NullPointerException if {@code office}, {@code calendar}, {@code policy}, {@code from}, {@code to}, {@code
   *     history} or {@code keep} is {@code null}
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public RotaRequest {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a rota ends on or after its first day: " + from + " to " + to);
    }
    history = List.copyOf(history);
    keep = List.copyOf(keep);
  }

  /**
   * A plan of the days from {@code from} to {@code to} with nothing earlier to balance against or keep.
   *
   * @param office the sections and people, with their absences
   * @param calendar the working calendar
   * @param policy the pack's numbers
   * @param from the first day to plan
   * @param to the last day to plan, included
   * @return the request
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static RotaRequest of(Office office, WorkCalendar calendar, RotaPolicy policy, LocalDate from, LocalDate to) {
    return new RotaRequest(office, calendar, policy, from, to, List.of(), List.of());
  }
}
