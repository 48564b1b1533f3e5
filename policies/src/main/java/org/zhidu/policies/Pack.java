package org.zhidu.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhidu.core.naming.NamingPolicy;
import org.zhidu.core.rota.RotaPolicy;
import org.zhidu.core.register.Schema;
import org.zhidu.core.scoring.ScoringPolicy;

/**
 * A resolved pack: its rules with their clauses, every value in force with its origin, and the policies core's
 * rules take.
 *
 * @param id the pack id
 * @param name the source document's title
 * @param source the document's number and year
 * @param origin where this pack was read from
 * @param rules the rules by id, in catalogue order
 * @param settings the values in force
 * @param naming the lists of N1–N5
 * @param rota the numbers of the duty rota (R3–R7)
 * @param scoring the items and numbers of the inspection scores (I1–I6)
 * @param registers the schemas of the registers (G1–G13)
 */
public record Pack(
    String id,
    String name,
    PackFile.PackSource source,
    Origin origin,
    Map<String, Rule> rules,
    List<Setting> settings,
    NamingPolicy naming,
    RotaPolicy rota,
    ScoringPolicy scoring,
    List<Schema> registers) {

  public Pack {
    rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
    settings = List.copyOf(settings);
    registers = List.copyOf(registers);
  }

  public Optional<Rule> rule(String ruleId) {
    return Optional.ofNullable(rules.get(ruleId));
  }

  /** The values in force that a rule uses. */
  public List<Setting> settingsFor(String ruleId) {
    List<Setting> out = new ArrayList<>();
    for (Setting s : settings) {
      if (s.rules().contains(ruleId)) {
        out.add(s);
      }
    }
    return out;
  }
}
