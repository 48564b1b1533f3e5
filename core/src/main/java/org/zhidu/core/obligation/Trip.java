package org.zhidu.core.obligation;

import java.util.List;
import java.util.Objects;
import org.zhidu.core.rule.RuleId;

/**
 * A kind of trip and its limits (P2: "时间不超过一周", "原则上不过夜，最长不超过2个工作日"); each limit includes its own
 * number (不超过: X-BOUND).
 *
 * @param name the trip, as an activity log names it
 * @param aliases other names
 * @param rule the rule
 * @param clause the clause
 * @param days the most calendar days, first and last included, or 0 for no such limit
 * @param workdays the most working days on the work calendar, or 0 for no such limit
 * @param overnight whether a night away is allowed; "原则上不过夜" makes one a warning
 */
public record Trip(String name, List<String> aliases, RuleId rule, String clause, int days, int workdays,
    boolean overnight) {

  /**
   * Refuses a trip with a part missing or limits outside 0 to 366 days; keeps an unmodifiable copy of the aliases
   * (absent aliases are empty).
   *
   * @param name the trip, as an activity log names it
   * @param aliases other names
   * @param rule the rule
   * @param clause the clause
   * @param days the most calendar days, first and last included, or 0 for no such limit
   * @param workdays the most working days on the work calendar, or 0 for no such limit
   * @param overnight whether a night away is allowed; "原则上不过夜" makes one a warning
   * @throws NullPointerException if {@code name}, {@code rule} or {@code clause} is {@code null}
   * @throws IllegalArgumentException if {@code days} or {@code workdays} is below 0 or above 366
   */
  public Trip {
    Objects.requireNonNull(name, "name");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(clause, "clause");
    if (days < 0 || workdays < 0 || days > 366 || workdays > 366) {
      throw new IllegalArgumentException(name + ": limits of 0 to 366 days");
    }
  }

  /**
   * Whether an activity log's 事项 names this trip.
   *
   * @param item the 事项 cell
   * @return {@code true} when it is {@code name} or one of {@code aliases}
   */
  public boolean named(String item) {
    return name.equals(item) || aliases.contains(item);
  }
}
