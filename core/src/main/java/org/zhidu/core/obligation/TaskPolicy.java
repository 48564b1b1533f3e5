package org.zhidu.core.obligation;

import java.util.Objects;

/**
 * How a pack reads its 督查 register (G14).
 *
 * @param remindDays how many working days before its deadline an open item is reminded of ("办理时限到达之前…进行必要的
 *     提示": the document gives no number, the pack states it)
 * @param clause the clause
 */
public record TaskPolicy(int remindDays, String clause) {

  /**
   * Refuses a reminder outside 0 to 60 working days, or a policy without its clause.
   *
   * @param remindDays how many working days before its deadline an open item is reminded of ("办理时限到达之前…进行必要的 提示": the
   *     document gives no number, the pack states it)
   * @param clause the clause
   * @throws IllegalArgumentException if {@code remindDays} is below 0 or above 60
   * @throws NullPointerException if {@code clause} is {@code null}
   */
  public TaskPolicy {
    if (remindDays < 0 || remindDays > 60) {
      throw new IllegalArgumentException("a reminder 0 to 60 working days ahead: " + remindDays);
    }
    Objects.requireNonNull(clause, "clause");
  }
}
