package org.zhidu.policies;

/** A rule of a resolved pack and the pack that described it. */
public record Rule(RuleEntry entry, Origin origin) {

  public String id() {
    return entry.id();
  }
}
