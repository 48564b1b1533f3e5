package org.zhidu.policies;

/**
 * A rule of a resolved pack and the pack that described it.
 *
 * @param entry the rule as the pack describes it
 * @param origin the pack that described it
 */
public record Rule(RuleEntry entry, Origin origin) {

  /**
   * The rule's catalogue id, as written.
   *
   * @return the id, such as {@code N1}
   */
  public String id() {
    return entry.id();
  }
}
