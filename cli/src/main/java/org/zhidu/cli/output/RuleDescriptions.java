package org.zhidu.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.zhidu.cli.Lang;
import org.zhidu.cli.Texts;
import org.zhidu.policies.Pack;
import org.zhidu.policies.Rule;

/** The rules of a pack as SARIF describes them, in the report's language. */
public final class RuleDescriptions {

  private RuleDescriptions() {}

  public static List<RuleDescription> of(Pack pack, Texts texts, Predicate<String> ids) {
    boolean en = texts.lang() == Lang.EN;
    List<RuleDescription> out = new ArrayList<>();
    for (Rule rule : pack.rules().values()) {
      if (ids.test(rule.id())) {
        out.add(new RuleDescription(
            rule.id(),
            en ? rule.entry().titleEn() : rule.entry().title(),
            (en ? rule.entry().checksEn() : rule.entry().checks()).strip(),
            rule.entry().citation()));
      }
    }
    return out;
  }
}
