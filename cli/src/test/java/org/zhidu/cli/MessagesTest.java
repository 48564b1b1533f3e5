package org.zhidu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.zhidu.core.naming.NameProblem;
import org.zhidu.core.naming.SegmentRole;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.Pack;
import org.zhidu.policies.PackLoader;

/** Every message exists in both languages, and every rule a finding can name is in the pack with its clause. */
class MessagesTest {

  private final Texts zh = new Texts(Lang.ZH);
  private final Texts en = new Texts(Lang.EN);

  @Test
  void bothLanguagesHaveTheSameKeys() {
    Set<String> zhKeys = new TreeSet<>(Collections.list(zh.bundle().getKeys()));
    Set<String> enKeys = new TreeSet<>(Collections.list(en.bundle().getKeys()));
    enKeys.removeIf(k -> k.startsWith("field."));
    assertEquals(zhKeys, enKeys);
  }

  @Test
  void everyNamingProblemHasAMessageInBothLanguagesAndARuleInThePack() {
    Pack pack = PackLoader.builtIn(BuiltInPacks.ANJU_GOV_OFFICE);
    for (NameProblem problem : NameProblem.values()) {
      assertTrue(zh.has(problem.messageKey()), problem + " zh");
      assertTrue(en.has(problem.messageKey()), problem + " en");
      for (var kind : org.zhidu.core.naming.NameKind.values()) {
        assertTrue(pack.rule(problem.rule(kind).value()).isPresent(), problem + " " + kind);
      }
    }
  }

  @Test
  void everySegmentHasAnEnglishName() {
    for (SegmentRole role : SegmentRole.values()) {
      assertTrue(en.has("field." + role.label()), role.name());
    }
  }

  @Test
  void placeholdersAreFilledAndQuotesArePlainText() {
    assertEquals("文号年份应用六角括号〔〕，不是“[2014]”", zh.get("naming.year_brackets", "[2014]"));
    assertEquals("missing.key [a]", zh.get("missing.key", "a"));
  }

  /** Issue 12: "Checked 1 names". */
  @Test
  void englishCountsTakeTheirNumber() {
    Texts en = new Texts(Lang.EN);
    assertEquals("Checked 1 name: 1 valid, 0 invalid (0 fixable); 0 errors, 0 warnings.",
        en.get("names.summary", 1, 1, 0, 0, 0, 0));
    assertEquals("Checked 2 names: 1 valid, 1 invalid (1 fixable); 1 error, 1 warning.",
        en.get("names.summary", 2, 1, 1, 1, 1, 1));
    assertEquals("Checked 1 file, 1 row: 2 errors, 0 warnings.", en.get("registers.summary", "1", "1", "2", "0"));
  }
}
