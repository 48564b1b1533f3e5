package org.zhidu.core.scoring;

import org.zhidu.core.finding.InvalidValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhidu.core.rule.Threshold;

/**
 * The numbers a pack gives the inspection scores.
 *
 * @param base the points every section and person starts the year with (I1: 100)
 * @param items the items and their points (I2, I3)
 * @param commendedSections how many sections are commended at year end (I6: 前3个股室)
 * @param commendedPeople how many individuals (I6: 5-8名; the pack chooses within the range)
 * @param excludedSections how many bottom sections' heads may not be chosen for awards (I6: 后2名)
 * @param deadline the day of the quarter's last month by which evidence reaches 综合股 (I5: 28), with its bound
 */
public record ScoringPolicy(
    int base,
    List<ScoringItem> items,
    int commendedSections,
    int commendedPeople,
    int excludedSections,
    Threshold deadline) {

  public ScoringPolicy {
    items = List.copyOf(items);
    Map<String, ScoringItem> seen = new LinkedHashMap<>();
    for (ScoringItem item : items) {
      if (seen.putIfAbsent(item.name(), item) != null) {
        throw new InvalidValue("pack.item_twice", item.name());
      }
    }
    java.util.Objects.requireNonNull(deadline, "deadline");
    if (deadline.lastAllowed() < 1 || deadline.lastAllowed() > 28) {
      throw new InvalidValue("pack.deadline_day", Integer.toString(deadline.value()));
    }
    if (commendedSections < 0 || commendedPeople < 0 || excludedSections < 0) {
      throw new InvalidValue("pack.negative_count");
    }
  }

  /** The last day of the quarter's last month on which evidence is in time. */
  public int deadlineDay() {
    return deadline.lastAllowed();
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
