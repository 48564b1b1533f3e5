package org.zhidu.core.approval;

import java.util.Objects;

/**
 * Who is told or where the request is filed once approved.
 *
 * @param action 报备 (filed with) or 告知 (told)
 * @param to the office or role
 */
public record Notice(String action, String to) {

  /**
   * Refuses a notice without its action or addressee.
   *
   * @param action 报备 (filed with) or 告知 (told)
   * @param to the office or role
   * @throws NullPointerException if {@code action} or {@code to} is {@code null}
   */
  public Notice {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(to, "to");
  }
}
