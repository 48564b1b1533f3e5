package org.zhidu.core.scoring;

import org.zhidu.core.finding.InvalidValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zhidu.core.rule.Threshold;

/**
 * The numbers a pack gives the inspection scores.
 *
 * @param base the points every section and person starts the year with (I1: 100)
 * @param items the items and their points (I2, I3)
 * @param commendedSections how many sections are commended at year end (I6: 前3个股室)
 * @param commendedPeople how many individuals (I6: 5-8名): the least number commended, and the most, up to which a
 *     tie at the cut is commended whole
 * @param excludedSections how many bottom sections' heads may not be chosen for awards (I6: 后2名)
 * @param deadline the day of the quarter's last month by which evidence reaches 综合股 (I5: 28), with its bound
 * @param seriousItems the items the clause attaches 情节严重 to (I2: 值班无故离岗, 未及时处理突发事件信息)
 * @param onceAYear the items that can be scored at most once a year for a person or section (I2: 未完成年度调研任务)
 * @param overdueTask the item of a leader's task not finished in time (I2: 交办事项逾期), whose lateness is counted
 *     from the row's assigned and finished dates when it carries them; {@code null} when the pack names none
 * @param taskWorkdays the working days within which a leader's task is finished (I2: 2个工作日), with its bound
 * @param maxCount the most times one register row may count (次数): a larger count is an error at its cell, never
 *     arithmetic that wraps around
 */
public record ScoringPolicy(
    int base,
    List<ScoringItem> items,
    int commendedSections,
    Range commendedPeople,
    int excludedSections,
    Threshold deadline,
    List<String> seriousItems,
    List<String> onceAYear,
    String overdueTask,
    Threshold taskWorkdays,
    Threshold maxCount) {

  /**
   * How many individuals are commended (I6: 5-8名).
   *
   * @param min commended in any case (when the scores allow)
   * @param max the most, reached only to commend the whole of a tie at the cut
   */
  public record Range(int min, int max) {
    /**
     * Refuses a negative least number and a most below the least.
     *
     * @param min commended in any case (when the scores allow)
     * @param max the most, reached only to commend the whole of a tie at the cut
     * @throws org.zhidu.core.finding.InvalidValue if {@code min} is negative or {@code max} is below {@code min}
     */
    public Range {
      if (min < 0 || max < min) {
        throw new InvalidValue("pack.bad_range", Integer.toString(min), Integer.toString(max));
      }
    }

    @Override
    public String toString() {
      return min == max ? Integer.toString(min) : min + "–" + max;
    }
  }

  /**
   * Refuses a policy with an item twice, a deadline day outside 1 to 28, negative counts, a negative number of working
   * days, or a serious, once-a-year or overdue item the items do not hold; keeps unmodifiable copies of the lists.
   *
   * @param base the points every section and person starts the year with (I1: 100)
   * @param items the items and their points (I2, I3)
   * @param commendedSections how many sections are commended at year end (I6: 前3个股室)
   * @param commendedPeople how many individuals (I6: 5-8名): the least number commended, and the most, up to which a tie
   *     at the cut is commended whole
   * @param excludedSections how many bottom sections' heads may not be chosen for awards (I6: 后2名)
   * @param deadline the day of the quarter's last month by which evidence reaches 综合股 (I5: 28), with its bound
   * @param seriousItems the items the clause attaches 情节严重 to (I2: 值班无故离岗, 未及时处理突发事件信息)
   * @param onceAYear the items that can be scored at most once a year for a person or section (I2: 未完成年度调研任务)
   * @param overdueTask the item of a leader's task not finished in time (I2: 交办事项逾期), whose lateness is counted from
   *     the row's assigned and finished dates when it carries them; {@code null} when the pack names none
   * @param taskWorkdays the working days within which a leader's task is finished (I2: 2个工作日), with its bound
   * @param maxCount the most times one register row may count (次数): a larger count is an error at its cell, never
   *     arithmetic that wraps around
   * @throws NullPointerException if {@code items}, {@code deadline}, {@code commendedPeople}, {@code taskWorkdays},
   *     {@code seriousItems} or {@code onceAYear} is {@code null}
   * @throws org.zhidu.core.finding.InvalidValue on the first value refused, with its message
   */
  public ScoringPolicy {
    items = List.copyOf(items);
    Map<String, ScoringItem> seen = new LinkedHashMap<>();
    for (ScoringItem item : items) {
      if (seen.putIfAbsent(item.name(), item) != null) {
        throw new InvalidValue("pack.item_twice", item.name());
      }
    }
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(commendedPeople, "commendedPeople");
    Objects.requireNonNull(taskWorkdays, "taskWorkdays");
    if (deadline.lastAllowed() < 1 || deadline.lastAllowed() > 28) {
      throw new InvalidValue("pack.deadline_day", Integer.toString(deadline.value()));
    }
    if (commendedSections < 0 || excludedSections < 0) {
      throw new InvalidValue("pack.negative_count");
    }
    if (taskWorkdays.lastAllowed() < 0) {
      throw new InvalidValue("pack.task_workdays", Integer.toString(taskWorkdays.value()));
    }
    seriousItems = List.copyOf(seriousItems);
    onceAYear = List.copyOf(onceAYear);
    for (String name : seriousItems) {
      known(seen, name);
    }
    for (String name : onceAYear) {
      known(seen, name);
    }
    if (overdueTask != null) {
      known(seen, overdueTask);
    }
  }

  private static void known(Map<String, ScoringItem> items, String name) {
    if (!items.containsKey(name)) {
      throw new InvalidValue("pack.no_such_item", name);
    }
  }

  /**
   * The last day of the quarter's last month on which evidence is in time.
   *
   * @return the day of the month, 1 to 28: the deadline's value, or the day before it for an exclusive bound
   */
  public int deadlineDay() {
    return deadline.lastAllowed();
  }

  /**
   * The item of that name.
   *
   * @param name the item as the register writes it, such as 迟到
   * @return the item, or empty when the pack has none of that name
   */
  public Optional<ScoringItem> item(String name) {
    for (ScoringItem item : items) {
      if (item.name().equals(name)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }
}
