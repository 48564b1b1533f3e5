package org.zhidu.cli.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.zhidu.cli.Cli;
import org.zhidu.core.rule.RuleId;
import org.zhidu.policies.Registry;

/** docs/rules.md is the catalogue the registry and the built-in packs give today. */
class RulesCatalogueTest {

  private static final Path DOC = Cli.ROOT.resolve("docs/rules.md");

  @Test
  void docsRulesMdIsCurrent() throws IOException {
    Cli.Result r = Cli.run("policies", "catalogue");
    assertEquals(0, r.exitCode(), r.err());
    if (Boolean.getBoolean("zhidu.golden.update")) {
      Files.writeString(DOC, r.out(), StandardCharsets.UTF_8);
    }
    assertEquals(r.out(), Files.readString(DOC, StandardCharsets.UTF_8),
        "docs/rules.md is out of date: ./zhidu policies catalogue > docs/rules.md");
  }

  @Test
  void everyRegisteredRuleHasItsHeading() {
    String doc = Cli.run("policies", "catalogue").out();
    for (RuleId rule : Registry.rules()) {
      assertTrue(doc.contains("\n### " + rule + " "), rule.value());
    }
    assertTrue(doc.contains("`scoring.deadlineDay` = 28 (bound: inclusive)"), "X-BOUND: the threshold's bound");
    assertTrue(doc.contains("- Gap (X-GAP, R6)"), "X-GAP: the declared gaps");
  }
}
