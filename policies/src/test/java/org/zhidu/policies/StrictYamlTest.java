package org.zhidu.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.InputException;
import org.zhidu.policies.yaml.StrictYaml;

/** Strict YAML: what Jackson would accept silently is an error with file, line and column. */
class StrictYamlTest {

  record Item(String name, Integer count, Boolean flag, List<String> tags) {}

  private static InputException refuse(String yaml) {
    return assertThrows(InputException.class, () -> StrictYaml.read("office.yaml", yaml, Item.class));
  }

  @Test
  void aWellFormedDocumentIsRead() {
    Item item = StrictYaml.read("office.yaml", "name: 综合股\ncount: 3\nflag: true\ntags: [a, b]\n", Item.class);
    assertEquals(new Item("综合股", 3, true, List.of("a", "b")), item);
  }

  @Test
  void anUnknownKeyIsRefusedWithItsPlace() {
    InputException e = refuse("name: 综合股\ncuont: 3\n");
    assertEquals("yaml.unknown_key", e.problem().key());
    assertEquals("cuont", e.problem().args().get(0));
    assertEquals("office.yaml", e.location().file());
    assertEquals(2, e.location().line());
  }

  @Test
  void aDuplicateKeyIsRefusedNotLastWins() {
    InputException e = refuse("name: 综合股\ncount: 3\nname: 秘书股\n");
    assertEquals("yaml.duplicate_key", e.problem().key());
    assertEquals("name", e.problem().args().get(0));
    assertEquals(3, e.location().line());
  }

  @Test
  void aStringWhereANumberBelongsIsRefused() {
    InputException e = refuse("name: x\ncount: \"3\"\n");
    assertEquals("yaml.should_be", e.problem().key());
    assertEquals(List.of("count", "@yaml.type.integer"), e.problem().args(), "the type is a word of the catalogue");
    assertEquals(2, e.location().line());
  }

  /** Regression: year: 2027.9 and points -1.9 were truncated silently. */
  @Test
  void aFractionWhereAWholeNumberBelongsIsRefusedNotTruncated() {
    InputException e = refuse("name: 综合股\ncount: 3.9\n");
    assertEquals(2, e.location().line());
  }

  /** Regression: a 10 MB single-line YAML hung for minutes in the parser. */
  @Test
  void aFileOrALineBeyondAnyWrittenByHandIsRefusedBeforeParsing() {
    String longLine = "name: " + "x".repeat(StrictYaml.MAX_LINE) + "\n";
    InputException line = refuse(longLine);
    assertEquals("yaml.line_too_long", line.problem().key());
    assertEquals(1, line.location().line());
    String big = ("name: 综合股\n" + "# " + "x".repeat(1000) + "\n".repeat(1)).repeat(StrictYaml.MAX_CHARS / 1000);
    assertEquals("yaml.too_large", refuse(big).problem().key());
  }

  @Test
  void aListWhereATextBelongsIsRefused() {
    InputException e = refuse("name: [a, b]\n");
    assertEquals("yaml.should_be", e.problem().key());
    assertEquals(1, e.location().line());
  }

  @Test
  void anAliasIsRefusedBecauseJacksonWouldReadItAsAString() {
    InputException e = refuse("tags: &t [a]\nname: *t\n");
    assertEquals("yaml.alias", e.problem().key());
    assertEquals(2, e.location().line());
    assertEquals(7, e.location().column());
  }

  @Test
  void aMergeKeyIsRefused() {
    InputException e = refuse("name: x\n<<: {count: 1}\n");
    assertEquals("yaml.merge_key", e.problem().key());
    assertEquals(2, e.location().line());
  }

  @Test
  void noStaysAString() {
    assertEquals("NO", StrictYaml.read("f.yaml", "name: NO\n", Item.class).name());
  }

  @Test
  void aBooleanLikeWordIsNotABoolean() {
    assertEquals("yaml.should_be", refuse("name: x\nflag: yes\n").problem().key());
  }

  @Test
  void aListAtTheTopIsNotAMapping() {
    InputException e = refuse("- name: x\n- name: y\n");
    assertEquals("yaml.top_not_mapping", e.problem().key());
    assertEquals(1, e.location().line());
  }

  @Test
  void twoDocumentsInOneFileAreRefusedAtTheSecond() {
    InputException e = refuse("name: x\n---\nname: y\n");
    assertEquals("yaml.several_documents", e.problem().key());
    assertEquals(3, e.location().line());
  }

  @Test
  void aNumberTooLargeIsToldAsSuchNotInTheLibrarysWords() {
    InputException e = refuse("name: x\ncount: 99999999999999999999\n");
    assertEquals("yaml.number_range", e.problem().key());
    assertEquals(List.of("99999999999999999999"), e.problem().args());
    assertEquals(2, e.location().line());
  }

  @Test
  void nestingTooDeepIsRefusedAtALine() {
    InputException e = refuse("name: x\ntags: " + "[".repeat(1500) + "\n");
    assertEquals("yaml.too_deep", e.problem().key());
    assertEquals(2, e.location().line());
  }

  @Test
  void brokenSyntaxIsRefusedWithItsPlace() {
    InputException e = refuse("name: x\n  count: [1\n");
    assertEquals("yaml.syntax", e.problem().key());
    assertEquals("office.yaml", e.location().file());
  }

  /**
   * Regression: a carriage return, a line feed, an escape or a bidirectional override written in a YAML text (a
   * calendar file's holiday, a pack's citation) reached text output raw, where it forged lines (an ::error workflow
   * command in a GitHub log), coloured the terminal or reordered a line. No text of a pack, office, calendar, meeting,
   * studio or schema file holds one, so each is refused where it is written, whatever the key.
   */
  @Test
  void aControlCharacterInATextIsRefusedAtItsPlace() {
    for (String written : List.of("\"元\\r旦\"", "\"a\\n::error::forged\"", "\"\\e[31mred\"", "\"x\\u202Ey\"",
        "\"tab\\there\"", "\"del\\x7F\"", "\"nel\\x85\"", "\"ls\\u2028\"", ">-\n  one\n\n  two")) {
      InputException e = refuse("count: 1\nname: " + written + "\n");
      assertEquals("yaml.control_character", e.problem().key(), written);
      assertEquals(2, e.location().line(), written);
    }
    InputException key = refuse("count: 1\ntags: [a]\n\"na\\rme\": x\n");
    assertEquals("yaml.control_character", key.problem().key());
    assertEquals(3, key.location().line());
    InputException inList = refuse("name: x\ntags:\n  - a\n  - \"b\\u001b\"\n");
    assertEquals(4, inList.location().line());
    assertEquals("\\x1B", inList.problem().args().get(1), "the character is named, not printed");
    assertEquals("综合股 二", StrictYaml.read("f.yaml", "name: >-\n  综合股\n  二\n", Item.class).name(),
        "a folded text without a line of its own stays one line");
  }

  @Test
  void anEmptyDocumentIsRefused() {
    assertEquals("yaml.empty", refuse("").problem().key());
  }
}
