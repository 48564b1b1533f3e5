package org.zhidu.policies;

import java.util.List;

/**
 * A pack file as written in YAML. Every section is optional in a pack that {@code extends} another; a built-in
 * pack must have them all (checked when it is resolved).
 *
 * @param id the pack's id, such as anju-gov-office
 * @param extendsPack the id of the built-in pack this one adapts, or {@code null}
 * @param name the source document's title
 * @param source where the document comes from
 * @param rules the catalogue rules this pack carries, with their clauses
 * @param naming the lists of the naming rules (N1–N5)
 * @param rota the numbers of the duty rota (R3–R7)
 */
public record PackFile(
    String id,
    @com.fasterxml.jackson.annotation.JsonProperty("extends") String extendsPack,
    String name,
    PackSource source,
    List<RuleEntry> rules,
    NamingSection naming,
    RotaSection rota) {

  public PackFile {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a pack needs an id");
    }
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("a pack id is lower-case letters, digits and hyphens: " + id);
    }
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** The source document: its title, 文号 and year. */
  public record PackSource(String title, String number, Integer year) {
    public PackSource {
      if (title == null || title.isBlank()) {
        throw new IllegalArgumentException("a source needs its title");
      }
    }
  }

  /** The settings of the naming rules. */
  public record NamingSection(
      ListSetting<DocumentKindEntry> documentKinds, ListSetting<String> draftCategories) {}

  /** The numbers of the duty rota, each with its clause. */
  public record RotaSection(
      ValueSetting<Integer> clerksPerDay,
      ValueSetting<Integer> clerksPerHoliday,
      ValueSetting<String> handover,
      ValueSetting<String> dutySection) {}

  /** One 文种: its name, other spellings, and whether its number is written with 第 (a 令号). */
  public record DocumentKindEntry(String name, List<String> spellings, Boolean ordinalNumber) {
    public DocumentKindEntry {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a 文种 needs a name");
      }
      spellings = spellings == null ? List.of() : List.copyOf(spellings);
    }
  }
}
