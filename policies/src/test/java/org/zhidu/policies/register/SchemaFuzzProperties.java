package org.zhidu.policies.register;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.register.RegisterChecker;
import org.zhidu.core.register.Schema;
import org.zhidu.policies.YamlFuzz;

/**
 * An office's own register schema (registers check --schema), fuzzed like the packs: the bundled example cut, spliced
 * and sprinkled with YAML's punctuation is read or refused with an {@link InputException} at a line of the file; a
 * schema that is read then checks the example register without anything escaping.
 */
class SchemaFuzzProperties {

  private static final String SCHEMA = YamlFuzz.example("examples/registers/own/外宾来访登记.yaml");
  private static final String REGISTER = YamlFuzz.example("examples/registers/own/外宾来访登记.csv");

  @Property(tries = 10_000)
  void aMutatedSchemaIsReadOrRefusedAtALine(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int edits) {
    String yaml = YamlFuzz.mutate(SCHEMA, seed, edits);
    Schema schema;
    try {
      schema = SchemaLoader.fromYaml("own.yaml", yaml);
    } catch (InputException e) {
      assertTrue("own.yaml".equals(e.location().file()), () -> "the error names the file: " + e.location());
      assertTrue(e.location().line() <= yaml.lines().count() + 1, () -> "a line inside the file: " + e.location());
      return;
    }
    try {
      RegisterChecker.check("own.csv", REGISTER, schema, 20260601L, 0);
    } catch (InputException e) {
      // the register may lack a column the mutated schema requires: refused at the register's header
      assertTrue("own.csv".equals(e.location().file()) && e.location().line() >= 1, () -> e.location() + "\n" + yaml);
    }
  }
}
