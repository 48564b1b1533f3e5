package org.zhidu.policies;

import java.util.List;
import org.zhidu.core.rule.Bound;

/**
 * A value in force, as `zhidu policies explain` shows it.
 *
 * @param name the setting's key in the pack (naming.documentKinds)
 * @param rules the rules it serves
 * @param citation the clause it comes from
 * @param open whether values outside the list are allowed (the clause says 等)
 * @param values the values, as text
 * @param bound for a threshold, whether its own value is within it (X-BOUND); {@code null} for other settings
 * @param origin the pack that set it
 */
public record Setting(
    String name, List<String> rules, String citation, boolean open, List<String> values, Bound bound,
    Origin origin) {

  /**
   * Keeps unmodifiable copies of the lists.
   *
   * @param name the setting's key in the pack (naming.documentKinds)
   * @param rules the rules it serves
   * @param citation the clause it comes from
   * @param open whether values outside the list are allowed (the clause says 等)
   * @param values the values, as text
   * @param bound for a threshold, whether its own value is within it (X-BOUND); {@code null} for other settings
   * @param origin the pack that set it
   * @throws NullPointerException if {@code rules} or {@code values} is {@code null}
   */
  public Setting {
    rules = List.copyOf(rules);
    values = List.copyOf(values);
  }

  /**
   * Whether the setting is a threshold with its bound stated (X-BOUND).
   *
   * @return {@code true} when {@code bound} is not {@code null}
   */
  public boolean isThreshold() {
    return bound != null;
  }
}
