package org.zhidu.cli.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.zhidu.core.finding.InputException;

/**
 * A rename journal edited by hand, fuzzed: JSON punctuation, paths that climb out, absolute names, NULs and nulls
 * sprinkled into a real journal are read and checked, or refused with an {@link InputException} naming the journal;
 * nothing else escapes, and no entry that passes names a file outside the tree.
 */
class JournalFuzzProperties {

  private static final String[] PIECES = {"\"", ",", "{", "}", "[", "]", ":", "null", "../", "/", "/etc/passwd",
    "\\u0000", "\\\\", "..", ".", "true", "-1", "99999999999999999999", "\"caseOnly\" : true", " ", "\n"};

  @Property(tries = 10_000)
  void aHandEditedJournalIsCheckedOrRefusedWhole(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int edits)
      throws IOException {
    Path tree = Files.createTempDirectory("zhidu-journal-fuzz").toRealPath();
    try {
      Files.createDirectories(tree.resolve("sub"));
      String journal = """
          {
            "format" : "zhidu-names-journal",
            "version" : 1,
            "created" : "2026-12-02T00:00:00Z",
            "workingDirectory" : "%s",
            "renames" : [ {
              "folder" : "%s",
              "from" : "a.doc",
              "to" : "b.doc",
              "size" : 1,
              "sha256" : "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb",
              "caseOnly" : false
            } ]
          }
          """.formatted(tree, tree.resolve("sub"));
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder(journal);
      for (int i = 0; i < edits; i++) {
        int at = random.nextInt(text.length() + 1);
        if (random.nextBoolean()) {
          text.insert(at, PIECES[random.nextInt(PIECES.length)]);
        } else {
          text.delete(Math.min(at, text.length()), Math.min(text.length(), at + 1 + random.nextInt(20)));
        }
      }
      Path file = tree.resolve("j.json");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      try {
        RenameJournal read = RenameJournal.read(file, "j.json");
        var folders = JournalSafety.check(read, tree, "j.json");
        for (int k = 0; k < folders.size(); k++) {
          assertTrue(folders.get(k).startsWith(tree), folders.get(k) + " is inside " + tree);
          assertTrue(JournalSafety.plainName(read.renames().get(k).from()));
          assertTrue(JournalSafety.plainName(read.renames().get(k).to()));
        }
      } catch (InputException e) {
        assertEquals("j.json", e.location().file(), e.toString());
      }
    } finally {
      try (var walk = Files.walk(tree)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
