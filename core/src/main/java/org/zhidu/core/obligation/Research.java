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

  public Research {
    Objects.requireNonNull(kind, "kind");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    if (months < 1 || months > 24) {
      throw new IllegalArgumentException(kind + ": 1 to 24 months");
    }
    Objects.requireNonNull(clause, "clause");
  }

  public boolean named(String cell) {
    return kind.equals(cell) || aliases.contains(cell);
  }
}
