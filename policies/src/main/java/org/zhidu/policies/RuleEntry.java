package org.zhidu.policies;

import java.util.List;

/**
 * One catalogue rule as a pack describes it: what `zhidu policies explain` shows.
 *
 * @param id the catalogue id (N1, I2, …)
 * @param title a short title in Chinese
 * @param titleEn the same in English
 * @param citation the document and clause
 * @param clause the clause's own words
 * @param checks what zhidu checks, in Chinese
 * @param checksEn the same in English
 * @param good names or values that follow the rule
 * @param bad names or values that break it
 */
public record RuleEntry(
    String id,
    String title,
    String titleEn,
    String citation,
    String clause,
    String checks,
    String checksEn,
    List<String> good,
    List<String> bad) {

  public RuleEntry {
    if (id == null || !id.matches("[A-Z]+[0-9]*(-[A-Z]+)?")) {
      throw new IllegalArgumentException("a rule id is a catalogue id such as N1: " + id);
    }
    for (String[] field :
        new String[][] {
          {"title", title}, {"titleEn", titleEn}, {"citation", citation}, {"clause", clause}, {"checks", checks},
          {"checksEn", checksEn}
        }) {
      if (field[1] == null || field[1].isBlank()) {
        throw new IllegalArgumentException("rule " + id + " needs " + field[0]);
      }
    }
    good = good == null ? List.of() : List.copyOf(good);
    bad = bad == null ? List.of() : List.copyOf(bad);
  }
}
