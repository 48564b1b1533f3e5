package org.zhidu.core.register;

import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.rule.RuleId;

/**
 * The registers of the catalogue (G1–G13: 工作登记统计和资料归档制度 and the others the catalogue lists), each a
 * schema in a pack, and the family's shared clause: a register has the columns its schema lists.
 */
public final class RegisterRules {

  /** A register is recognised by its header: it has every column its schema requires (G-HEADER). */
  public static final RuleId G_HEADER = RuleId.of("G-HEADER");

  /** G1–G13, in catalogue order. */
  public static final List<RuleId> REGISTERS = registers();

  /** Every rule of the family. */
  public static final List<RuleId> ALL = all();

  private RegisterRules() {}

  private static List<RuleId> registers() {
    List<RuleId> out = new ArrayList<>();
    for (int i = 1; i <= 13; i++) {
      out.add(RuleId.of("G" + i));
    }
    return List.copyOf(out);
  }

  private static List<RuleId> all() {
    List<RuleId> out = new ArrayList<>(REGISTERS);
    out.add(G_HEADER);
    return List.copyOf(out);
  }
}
