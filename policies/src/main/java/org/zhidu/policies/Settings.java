package org.zhidu.policies;

import java.util.List;
import org.zhidu.core.finding.InvalidValue;

/** What every setting of a pack shares. */
final class Settings {

  private Settings() {}

  /** The rules a setting serves: at least one, so that every value in force is tied to the clause it serves. */
  static List<String> rules(List<String> rules) {
    if (rules == null || rules.isEmpty()) {
      throw new InvalidValue("pack.setting_without_rule");
    }
    return List.copyOf(rules);
  }
}
