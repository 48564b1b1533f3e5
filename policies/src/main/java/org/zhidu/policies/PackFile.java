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
 * @param scoring the items and numbers of the inspection scores (I1–I6)
 */
public record PackFile(
    String id,
    @com.fasterxml.jackson.annotation.JsonProperty("extends") String extendsPack,
    String name,
    PackSource source,
    List<RuleEntry> rules,
    NamingSection naming,
    RotaSection rota,
    ScoringSection scoring) {

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

  /** The inspection scores: the base, the items with their points, and the year-end numbers. */
  public record ScoringSection(
      ValueSetting<Integer> base,
      ListSetting<ScoringItemEntry> items,
      ValueSetting<Integer> commendedSections,
      ValueSetting<Integer> commendedPeople,
      ValueSetting<Integer> excludedSections,
      ValueSetting<Integer> deadlineDay) {}

  /**
   * One item: its name as registers write it, its points (negative for a deduction), the sections the clause names
   * to provide evidence, its rule (I2 or I3) and its clause.
   */
  public record ScoringItemEntry(String name, Integer points, List<String> evidence, String rule, String clause) {
    public ScoringItemEntry {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("an item needs a name");
      }
      if (points == null || points == 0) {
        throw new IllegalArgumentException("item " + name + " needs its points (not 0)");
      }
      if (rule == null || !rule.matches("I[23]")) {
        throw new IllegalArgumentException("item " + name + " is under rule I2 (deductions) or I3 (additions)");
      }
      if (clause == null || clause.isBlank()) {
        throw new IllegalArgumentException("item " + name + " needs its clause");
      }
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
  }

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
