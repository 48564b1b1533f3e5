package org.zhidu.core.scoring;

import java.util.List;

/**
 * The year-end result (I6). Where equal totals straddle a cut, the tied are listed apart for the office to decide,
 * never chosen silently.
 *
 * @param sections the sections commended (the top ones, above any tie at the cut)
 * @param people the individuals commended
 * @param excludedHeads the heads of the bottom sections, who may not be chosen for awards this year
 * @param tiedSections sections tied at the commendation cut
 * @param tiedPeople people tied at the commendation cut
 * @param tiedBottom sections tied at the bottom cut
 */
public record Commendation(
    List<String> sections,
    List<String> people,
    List<String> excludedHeads,
    List<String> tiedSections,
    List<String> tiedPeople,
    List<String> tiedBottom) {

  /**
   * Keeps unmodifiable copies of the lists.
   *
   * @param sections the sections commended (the top ones, above any tie at the cut)
   * @param people the individuals commended
   * @param excludedHeads the heads of the bottom sections, who may not be chosen for awards this year
   * @param tiedSections sections tied at the commendation cut
   * @param tiedPeople people tied at the commendation cut
   * @param tiedBottom sections tied at the bottom cut
   * @throws NullPointerException if a list is {@code null}
   */
  public Commendation {
    sections = List.copyOf(sections);
    people = List.copyOf(people);
    excludedHeads = List.copyOf(excludedHeads);
    tiedSections = List.copyOf(tiedSections);
    tiedPeople = List.copyOf(tiedPeople);
    tiedBottom = List.copyOf(tiedBottom);
  }
}
