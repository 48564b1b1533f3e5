package org.zhidu.core.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers a pack gives the inspection scores.
 *
 * @param base the points every section and person starts the year with (I1: 100)
 * @param items the items and their points (I2, I3)
 * @param commendedSections how many sections are commended at year end (I6: 前3个股室)
 * @param commendedPeople how many individuals (I6: 5-8名; the pack chooses within the range)
 * @param excludedSections how many bottom sections' heads may not be chosen for awards (I6: 后2名)
 * @param deadlineDay the day of the quarter's last month by which evidence reaches 综合股 (I5: 28), that day included
 */
public record ScoringPolicy(
    int base,
    List<ScoringItem> items,
    int commendedSections,
    int commendedPeople,
    int excludedSections,
    int deadlineDay) {

  public ScoringPolicy {
    items = List.copyOf(items);
    Map<String, ScoringItem> seen = new LinkedHashMap<>();
    for (ScoringItem item : items) {
      if (seen.putIfAbsent(item.name(), item) != null) {
        throw new IllegalArgumentException("an item is listed twice: " + item.name());
      }
    }
    if (deadlineDay < 1 || deadlineDay > 28) {
      throw new IllegalArgumentException("the evidence deadline is a day 1–28 of the month: " + deadlineDay);
    }
    if (commendedSections < 0 || commendedPeople < 0 || excludedSections < 0) {
      throw new IllegalArgumentException("the numbers commended and excluded are not negative");
    }
  }

  public Optional<ScoringItem> item(String name) {
    for (ScoringItem item : items) {
      if (item.name().equals(name)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }
}
