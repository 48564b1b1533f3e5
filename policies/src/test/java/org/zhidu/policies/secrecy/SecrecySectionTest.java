package org.zhidu.policies.secrecy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.InputException;
import org.zhidu.policies.PackLoader;

/** A pack's {@code secrecy} section refused at its place when it cannot be applied as written. */
class SecrecySectionTest {

  private static InputException refused(String section) {
    return assertThrows(InputException.class, () -> PackLoader.fromYaml("p.yaml",
        "id: p\nextends: party-office\nsecrecy:\n" + section));
  }

  @Test
  void aRuleWrittenFalseIsRefusedAtItsSetting_S5() {
    InputException e = refused("  devices: { rules: [S5], citation: x, value: false }\n");
    assertEquals("pack.secrecy_true_only", e.problem().key());
    assertEquals(4, e.location().line());
  }

  @Test
  void loansSayWhetherTheyComeBackTheSameDay_S6() {
    assertEquals("pack.secrecy_same_day",
        refused("  loans: { rules: [S6], citation: x, value: {} }\n").problem().key());
  }

  @Test
  void onlyTheRecordsTheClauseKeepsAndNoBlankWord_S4() {
    assertEquals("pack.secrecy_kind", refused(
        "  retention: { rules: [S4], citation: x, value: { years: 5, kinds: [会议纪要] } }\n").problem().key());
    assertEquals("pack.secrecy_blank_word", refused(
        "  destruction: { rules: [S3], citation: x, value: { sites: [\"\"] } }\n").problem().key());
  }
}
