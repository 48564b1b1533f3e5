package org.zhidu.policies;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.zhidu.core.finding.InputException;

/**
 * The pack loader, fuzzed: the built-in pack's text cut, spliced and sprinkled with YAML's own punctuation is either
 * read or refused with an {@link InputException} that names the file and a line inside it; nothing else escapes.
 */
class PackFuzzProperties {

  private static final String PACK = builtInText();
  @Property(tries = 10_000)
  void aMutatedPackIsReadOrRefusedAtALine(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int edits) {
    String yaml = YamlFuzz.mutate(PACK.replace("id: anju-gov-office", "id: fuzzed\nextends: anju-gov-office"), seed,
        edits);
    try {
      PackLoader.fromYaml("fuzzed.yaml", yaml);
    } catch (InputException e) {
      String file = e.location().file();
      assertTrue(file != null && (file.equals("fuzzed.yaml") || file.startsWith("anju-gov-office")),
          "the error names the file: " + e.location());
      long lines = yaml.lines().count() + 1;
      assertTrue(e.location().line() <= lines, "a line inside the file: " + e.location());
    }
  }

  private static String builtInText() {
    try (InputStream in = PackLoader.class.getResourceAsStream("packs/anju-gov-office.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
