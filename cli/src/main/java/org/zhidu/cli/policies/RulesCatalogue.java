package org.zhidu.cli.policies;

import java.util.List;
import org.zhidu.core.rule.CrossCutting;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;
import org.zhidu.policies.Area;
import org.zhidu.policies.Gap;
import org.zhidu.policies.Pack;
import org.zhidu.policies.Rule;
import org.zhidu.policies.Setting;

/**
 * The rule catalogue as zhidu encodes it, in Markdown, made from the registry and the built-in packs: each rule with
 * its title, clause, citation, values in force (thresholds with their bounds), declared gaps, the problems it reports
 * and the commands that apply it. {@code docs/rules.md} is this text; a test keeps it current.
 */
final class RulesCatalogue {

  private RulesCatalogue() {}

  static String markdown(List<Area> areas, List<Pack> packs) {
    StringBuilder out = new StringBuilder();
    out.append("# Rule catalogue\n\n");
    out.append("The rules zhidu encodes, made from its rule registry and built-in packs by ")
        .append("`zhidu policies catalogue` (a test checks that this file is current). Each rule has a stable id that ")
        .append("appears in every finding, in the pack that carries its numbers and in the tests; ")
        .append("`zhidu policies explain ID` shows the same with the values of any pack.\n\n");
    out.append("Packs: ");
    for (int i = 0; i < packs.size(); i++) {
      Pack p = packs.get(i);
      out.append(i == 0 ? "" : "; ").append('`').append(p.id()).append("` — ").append(p.name()).append("（")
          .append(p.source().reference()).append("）");
    }
    out.append(".\n\n");
    for (Area area : areas) {
      out.append("## ").append(area.id()).append("\n\n");
      if (!area.commands().isEmpty()) {
        out.append("Commands: ").append(String.join(", ", area.commands().stream().map(c -> "`zhidu " + c + "`")
            .toList())).append(".\n\n");
      }
      for (RuleId id : area.rules()) {
        rule(out, area, id, packs);
      }
    }
    return out.toString();
  }

  private static void rule(StringBuilder out, Area area, RuleId id, List<Pack> packs) {
    for (Pack pack : packs) {
      Rule rule = pack.rule(id.value()).orElse(null);
      if (rule == null) {
        continue;
      }
      // a stable anchor per rule, which SARIF's help text points at (docs/rules.md#n1)
      out.append("<a id=\"").append(id.value().toLowerCase(java.util.Locale.ROOT)).append("\"></a>\n\n");
      out.append("### ").append(id).append(" ").append(rule.entry().title()).append(" — ")
          .append(rule.entry().titleEn()).append("\n\n");
      out.append("- Citation (`").append(pack.id()).append("`): ").append(oneLine(rule.entry().citation()))
          .append('\n');
      out.append("- Clause: ").append(oneLine(rule.entry().clause())).append('\n');
      out.append("- Checks: ").append(oneLine(rule.entry().checks())).append('\n');
      for (Setting s : pack.settingsFor(id.value())) {
        out.append("- Value in force: `").append(s.name()).append("` = ").append(String.join("、", s.values()));
        if (s.isThreshold()) {
          out.append(" (bound: ").append(s.bound().id()).append(')');
        }
        out.append(" — ").append(oneLine(s.citation())).append('\n');
      }
      boolean everyGap = id.equals(CrossCutting.X_GAP);
      for (Gap g : pack.gaps()) {
        if (everyGap || g.entry().rules().contains(id.value())) {
          out.append("- Gap (X-GAP").append(everyGap ? ", " + String.join(" ", g.entry().rules()) : "")
              .append("): ").append(oneLine(g.entry().gap())).append(" Reading: ")
              .append(oneLine(g.entry().reading())).append('\n');
        }
      }
      if (id.equals(CrossCutting.X_BOUND)) {
        for (Setting s : pack.thresholds()) {
          out.append("- Threshold: `").append(s.name()).append("` = ").append(String.join("、", s.values()))
              .append(" (bound: ").append(s.bound().id()).append("; ").append(String.join(" ", s.rules()))
              .append(")\n");
        }
      }
      List<String> problems = area.problems().stream()
          .filter(p -> id.equals(p.rule()) || p.rule() == null && !id.value().contains("-"))
          .map(RulesCatalogue::problem).toList();
      if (!problems.isEmpty()) {
        out.append("- Reports: ").append(String.join(", ", problems)).append('\n');
      }
      for (String g : rule.entry().good()) {
        out.append("- Good: `").append(g).append("`\n");
      }
      for (String b : rule.entry().bad()) {
        out.append("- Bad: `").append(b).append("`\n");
      }
      out.append('\n');
      return;
    }
  }

  private static String problem(Problem p) {
    return "`" + p.messageKey() + "` (" + p.severity().id() + ")";
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\n\\s*", " ").replace("|", "\\|");
  }
}
