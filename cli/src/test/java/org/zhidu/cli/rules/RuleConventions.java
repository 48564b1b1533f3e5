package org.zhidu.cli.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.zhidu.cli.Texts;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;
import org.zhidu.policies.Area;
import org.zhidu.policies.Pack;
import org.zhidu.policies.Registry;
import org.zhidu.policies.Rule;
import org.zhidu.policies.Setting;

/**
 * What every registered rule must have, in the manner of Checkstyle's {@code AllChecksTest}: a message in both
 * languages for every problem it reports, its clause cited in a pack, a test that names it, pack examples that its
 * area's checker runs and that behave as the pack says, and, where a threshold applies, the bound stated in the pack.
 * Returns what is missing, so that its own test can show it failing.
 */
final class RuleConventions {

  private RuleConventions() {}

  /**
   * @param areas the areas to hold to the conventions
   * @param packs the packs that carry their rules
   * @param zh the Chinese messages
   * @param en the English messages
   * @param testSources the text of every test source file
   */
  static List<String> violations(List<Area> areas, List<Pack> packs, Texts zh, Texts en, List<String> testSources) {
    List<String> out = new ArrayList<>();
    for (Area area : areas) {
      for (Texts texts : List.of(zh, en)) {
        if (!texts.has("policies.area." + area.id())) {
          out.add(area.id() + ": no name in " + texts.lang() + " (policies.area." + area.id() + ")");
        }
      }
      for (Problem problem : area.problems()) {
        String name = area.id() + " " + problem;
        if (!zh.has(problem.messageKey())) {
          out.add(name + ": no Chinese message " + problem.messageKey());
        }
        if (!en.has(problem.messageKey())) {
          out.add(name + ": no English message " + problem.messageKey());
        }
        // its own area's rule, or a cross-cutting one (the rota's day types are X-WORKDAY's)
        if (problem.rule() != null && !area.rules().contains(problem.rule())
            && Registry.areaOf(problem.rule()).isEmpty()) {
          out.add(name + ": reports under " + problem.rule() + ", which no area registers");
        }
        if (problem.threshold() != null) {
          for (Pack pack : packs) {
            if (area.section() != null && pack.sectionOrNull(area.section()) == null) {
              continue; // a pack of another document that does not carry the area
            }
            boolean stated = pack.settings().stream()
                .anyMatch(s -> s.name().equals(problem.threshold()) && s.isThreshold());
            if (!stated) {
              out.add(name + ": " + pack.id() + " states no bound for " + problem.threshold() + " (X-BOUND)");
            }
          }
        }
      }
      for (RuleId rule : area.rules()) {
        rule(area, rule, packs, testSources, out);
      }
    }
    return out;
  }

  private static void rule(Area area, RuleId rule, List<Pack> packs, List<String> testSources, List<String> out) {
    boolean cited = false;
    for (Pack pack : packs) {
      Rule described = pack.rule(rule.value()).orElse(null);
      if (described == null) {
        continue;
      }
      cited |= !described.entry().citation().isBlank();
      examples(area, rule, pack, described, out);
      for (Setting s : pack.settingsFor(rule.value())) {
        if (s.citation().isBlank()) {
          out.add(rule + ": the setting " + s.name() + " of " + pack.id() + " has no citation");
        }
      }
    }
    if (!cited) {
      out.add(rule + ": no pack cites its clause");
    }
    Pattern named = Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(rule.value()) + "(?![0-9-])");
    if (testSources.stream().noneMatch(t -> named.matcher(t).find())) {
      out.add(rule + ": no test names it");
    }
  }

  private static void examples(Area area, RuleId rule, Pack pack, Rule described, List<String> out) {
    List<String> good = described.entry().good();
    List<String> bad = described.entry().bad();
    if (good.isEmpty() && bad.isEmpty()) {
      return;
    }
    if (area.examples() == null) {
      out.add(rule + ": " + pack.id() + " gives examples that the area " + area.id() + " cannot run");
      return;
    }
    for (String example : good) {
      try {
        if (area.examples().breaks(pack, rule, example)) {
          out.add(rule + ": the good example breaks the rule: " + example);
        }
      } catch (IllegalArgumentException e) {
        out.add(rule + ": the example cannot be run: " + example);
      }
    }
    for (String example : bad) {
      try {
        if (!area.examples().breaks(pack, rule, example)) {
          out.add(rule + ": the bad example keeps the rule: " + example);
        }
      } catch (IllegalArgumentException e) {
        out.add(rule + ": the example cannot be run: " + example);
      }
    }
  }
}
