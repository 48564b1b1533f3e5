package org.zhidu.policies;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.zhidu.core.finding.InvalidValue;

/**
 * The head of a pack file as written in YAML: what it is and the rules it describes. The areas' sections (naming,
 * rota, …) are bound apart, each by its {@link PackSection} from the {@link Registry}.
 *
 * @param id the pack's id, such as anju-gov-office
 * @param extendsPack the id of the built-in pack this one adapts, or {@code null}
 * @param name the source document's title
 * @param source where the document comes from
 * @param rules the catalogue rules this pack carries, with their clauses
 * @param gaps where the document is silent and how the pack reads it (X-GAP)
 */
public record PackFile(
    String id,
    @JsonProperty("extends") String extendsPack,
    String name,
    PackSource source,
    List<RuleEntry> rules,
    List<GapEntry> gaps) {

  /** The keys of the head, beside the sections' keys. */
  public static final List<String> KEYS = List.of("id", "extends", "name", "source", "rules", "gaps");

  /**
   * Refuses a pack without an id, or whose id is not lower-case letters, digits and hyphens; keeps unmodifiable copies
   * of the lists (absent lists are empty).
   *
   * @param id the pack's id, such as anju-gov-office
   * @param extendsPack the id of the built-in pack this one adapts, or {@code null}
   * @param name the source document's title
   * @param source where the document comes from
   * @param rules the catalogue rules this pack carries, with their clauses
   * @param gaps where the document is silent and how the pack reads it (X-GAP)
   * @throws InvalidValue if {@code id} is blank or not of that shape
   */
  public PackFile {
    if (id == null || id.isBlank()) {
      throw new InvalidValue("pack.no_id");
    }
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new InvalidValue("pack.bad_id", id);
    }
    rules = rules == null ? List.of() : List.copyOf(rules);
    gaps = gaps == null ? List.of() : List.copyOf(gaps);
  }

  /**
   * The source document: its title, 文号 and year.
   *
   * @param title the document's title
   * @param number its 文号, or {@code null} for a compilation without one
   * @param year the year it was issued, or {@code null}
   */
  public record PackSource(String title, String number, Integer year) {
    /**
     * Refuses a source without its title.
     *
     * @param title the document's title
     * @param number its 文号, or {@code null} for a compilation without one
     * @param year the year it was issued, or {@code null}
     * @throws InvalidValue if {@code title} is blank
     */
    public PackSource {
      if (title == null || title.isBlank()) {
        throw new InvalidValue("pack.source_needs_title");
      }
    }

    /**
     * How the document is referred to: its number, or its title when it has none (a compilation).
     *
     * @return {@code number}, or {@code title} when there is none
     */
    public String reference() {
      return number != null ? number : title;
    }
  }
}
