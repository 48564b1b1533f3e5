package org.zhidu.policies;

import java.util.List;

/**
 * A value in force, as `zhidu policies explain` shows it.
 *
 * @param name the setting's key in the pack (naming.documentKinds)
 * @param rules the rules it serves
 * @param citation the clause it comes from
 * @param open whether values outside the list are allowed (the clause says 等)
 * @param values the values, as text
 * @param origin the pack that set it
 */
public record Setting(
    String name, List<String> rules, String citation, boolean open, List<String> values, Origin origin) {

  public Setting {
    rules = List.copyOf(rules);
    values = List.copyOf(values);
  }
}
