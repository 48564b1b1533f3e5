package org.zhidu.core.obligation;

import java.util.List;
import java.util.Objects;

/**
 * A kind of research and its time (P5: "一个月内", "三个月内", "五个月内" from the day it was assigned; 以内 includes the
 * day the months are up: X-BOUND).
 *
 * @param kind the kind, as a log's 类别 names it (专项调研)
 * @param aliases other names
 * @param months within how many months of the day it was assigned
 * @param clause the clause
 */
public record Research(String kind, List<String> aliases, int months, String clause) {

  /**
   * Refuses a kind without its name or clause, or with months outside 1 to 24; keeps an unmodifiable copy of the
   * aliases (absent aliases are empty).
   *
   * @param kind the kind, as a log's 类别 names it (专项调研)
   * @param aliases other names
   * @param months within how many months of the day it was assigned
   * @param clause the clause
   * @throws NullPointerException if {@code kind} or {@code clause} is {@code null}
   * @throws IllegalArgumentException if {@code months} is below 1 or above 24
   */
  public Research {
    Objects.requireNonNull(kind, "kind");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    if (months < 1 || months > 24) {
      throw new IllegalArgumentException(kind + ": 1 to 24 months");
    }
    Objects.requireNonNull(clause, "clause");
  }

  /**
   * Whether a log's 类别 names this kind of research.
   *
   * @param cell the 类别 cell
   * @return {@code true} when it is {@code kind} or one of {@code aliases}
   */
  public boolean named(String cell) {
    return kind.equals(cell) || aliases.contains(cell);
  }
}
