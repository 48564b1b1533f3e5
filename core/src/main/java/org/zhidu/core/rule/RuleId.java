package org.zhidu.core.rule;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule's id in the catalogue: a family letter and a number (N1, R3, G13), or a cross-cutting id (X-BOUND), or a
 * family's shared clause (G-HEADER). It travels into every finding, the pack, the tests and the documentation, so
 * that a reader can go from any message to the clause behind it.
 *
 * @param value the id as written
 */
public record RuleId(String value) implements Comparable<RuleId> {

  private static final Pattern SHAPE = Pattern.compile("[A-Z]+[0-9]*(-[A-Z]+)?");

  /**
   * Refuses text that is not a catalogue id.
   *
   * @param value the id as written
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is not upper-case letters, an optional number and an optional
   *     {@code -SUFFIX}
   */
  public RuleId {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("a rule id is a catalogue id such as N1 or X-BOUND: " + value);
    }
  }

  /**
   * The rule id written as {@code value}.
   *
   * @param value the id as written, such as {@code N1}, {@code G-HEADER} or {@code X-BOUND}
   * @return the rule id
   * @throws IllegalArgumentException if {@code value} does not have the shape of a rule id
   */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  /**
   * Whether the text has the shape of a rule id.
   *
   * @param text any text, or {@code null}
   * @return {@code true} when {@link #of(String)} would accept it
   */
  public static boolean isRuleId(String text) {
    return text != null && SHAPE.matcher(text).matches();
  }

  /**
   * The family letters: N for N1, X for X-BOUND.
   *
   * @return the leading upper-case letters, such as {@code N}, {@code G} or {@code X}
   */
  public String family() {
    int i = 0;
    while (i < value.length() && Character.isUpperCase(value.charAt(i))) {
      i++;
    }
    return value.substring(0, i);
  }

  /** Catalogue order: by family as the catalogue lists them, then by number (G2 before G10). */
  @Override
  public int compareTo(RuleId other) {
    int f = Integer.compare(familyRank(family()), familyRank(other.family()));
    if (f != 0) {
      return f;
    }
    int c = family().compareTo(other.family());
    if (c != 0) {
      return c;
    }
    int n = Long.compare(number(), other.number());
    return n != 0 ? n : value.compareTo(other.value);
  }

  private long number() {
    int from = family().length();
    int to = from;
    while (to < value.length() && Character.isDigit(value.charAt(to))) {
      to++;
    }
    return to == from ? -1 : Long.parseLong(value.substring(from, Math.min(to, from + 9)));
  }

  private static final String ORDER = "X N R I L E M D S P G W U";

  private static int familyRank(String family) {
    int i = (" " + ORDER + " ").indexOf(" " + family + " ");
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  @Override
  public String toString() {
    return value;
  }
}
