package org.zhidu.policies.scoring;

import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.rule.RuleId;
import org.zhidu.core.scoring.ScoringItem;
import org.zhidu.core.scoring.ScoringPolicy;
import org.zhidu.core.scoring.ScoringRules;
import org.zhidu.policies.ListSetting;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.SectionContext;
import org.zhidu.policies.ThresholdSetting;
import org.zhidu.policies.ValueSetting;

/** The {@code scoring} section: the base, the items with their points, and the year-end numbers (I1–I6). */
public final class ScoringSection extends PackSection<ScoringSection.File, ScoringPolicy> {

  /**
   * As written.
   *
   * @param base the points everyone starts with (I1)
   * @param items the items (I2, I3); a pack replaces the whole list
   * @param commendedSections the sections commended (I6)
   * @param commendedPeople the people commended, a range (I6: {@code { min: 5, max: 8 }})
   * @param excludedSections the bottom sections whose heads are passed over (I6)
   * @param deadlineDay the day of the quarter's last month evidence is due, with its bound (I5)
   * @param seriousItems the items 情节严重 may be marked on (I2)
   * @param onceAYear the items scored at most once a year (I2)
   * @param overdueTask the item of a leader's task not finished in time (I2)
   * @param taskWorkdays the working days a leader's task is finished within, with its bound (I2, X-WORKDAY)
   * @param maxCount the most times one register row may count, with its bound (X-BOUND)
   */
  public record File(
      ValueSetting<Integer> base,
      ListSetting<ItemEntry> items,
      ValueSetting<Integer> commendedSections,
      ValueSetting<RangeEntry> commendedPeople,
      ValueSetting<Integer> excludedSections,
      ThresholdSetting deadlineDay,
      ListSetting<String> seriousItems,
      ListSetting<String> onceAYear,
      ValueSetting<String> overdueTask,
      ThresholdSetting taskWorkdays,
      ThresholdSetting maxCount) {}

  /**
   * A range of numbers, both ends included: {@code { min: 5, max: 8 }}.
   *
   * @param min the least, included
   * @param max the most, included
   */
  public record RangeEntry(Integer min, Integer max) {
    /**
     * Refuses a range without both ends.
     *
     * @param min the least, included
     * @param max the most, included
     * @throws InvalidValue if {@code min} or {@code max} is absent
     */
    public RangeEntry {
      if (min == null || max == null) {
        throw new InvalidValue("pack.no_value");
      }
    }

    ScoringPolicy.Range toRange() {
      return new ScoringPolicy.Range(min, max);
    }

    @Override
    public String toString() {
      return toRange().toString();
    }
  }

  /**
   * One item: its name as registers write it, its points (negative for a deduction), the sections the clause names
   * to provide evidence, its rule (I2 or I3) and its clause.
   *
   * @param name the item as registers write it (迟到)
   * @param points points per occurrence, -100 to 100 and not 0; negative for a deduction
   * @param evidence the sections the clause names to provide the evidence, or {@code null}
   * @param rule I2 or I3
   * @param clause the clause
   */
  public record ItemEntry(String name, Integer points, List<String> evidence, String rule, String clause) {
    /**
     * Refuses an item without its name or clause, with no points or points beyond 100 either way, or under a rule other
     * than I2 or I3; keeps an unmodifiable copy of the evidence (absent is empty).
     *
     * @param name the item as registers write it (迟到)
     * @param points points per occurrence, -100 to 100 and not 0; negative for a deduction
     * @param evidence the sections the clause names to provide the evidence, or {@code null}
     * @param rule I2 or I3
     * @param clause the clause
     * @throws InvalidValue on the first of those problems
     */
    public ItemEntry {
      if (name == null || name.isBlank()) {
        throw new InvalidValue("pack.item_needs_name");
      }
      if (points == null || points == 0) {
        throw new InvalidValue("pack.item_needs_points", name);
      }
      if (points < -ScoringItem.MOST_POINTS || points > ScoringItem.MOST_POINTS) {
        throw new InvalidValue("pack.item_points_range", name, points.toString(),
            Integer.toString(ScoringItem.MOST_POINTS));
      }
      if (!ScoringRules.I2.value().equals(rule) && !ScoringRules.I3.value().equals(rule)) {
        throw new InvalidValue("pack.item_rule", name, String.valueOf(rule));
      }
      if (clause == null || clause.isBlank()) {
        throw new InvalidValue("pack.item_needs_clause", name);
      }
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
  }

  /** The section under the key {@code scoring}. */
  public ScoringSection() {
    super("scoring", File.class, ScoringPolicy.class);
  }

  @Override
  public ScoringPolicy resolve(File own, ScoringPolicy inherited, SectionContext context) {
    File section = own == null ? new File(null, null, null, null, null, null, null, null, null, null, null) : own;
    int base = context.value("base", section.base(), inherited, ScoringPolicy::base);
    List<ScoringItem> items = context.list("items", section.items(),
        section.items() == null ? List.of() : shown(section.items().values()), ScoringSection::items, inherited,
        ScoringPolicy::items);
    int sections = context.value("commendedSections", section.commendedSections(), inherited,
        ScoringPolicy::commendedSections);
    ScoringPolicy.Range people = context.build("commendedPeople", () -> context.value("commendedPeople",
        section.commendedPeople(), inherited, p -> new RangeEntry(p.commendedPeople().min(),
            p.commendedPeople().max())).toRange());
    int excluded = context.value("excludedSections", section.excludedSections(), inherited,
        ScoringPolicy::excludedSections);
    var deadline = context.threshold("deadlineDay", section.deadlineDay(), inherited, ScoringPolicy::deadline);
    List<String> serious = context.list("seriousItems", section.seriousItems(),
        section.seriousItems() == null ? List.of() : section.seriousItems().values(), List::copyOf, inherited,
        ScoringPolicy::seriousItems);
    List<String> yearly = context.list("onceAYear", section.onceAYear(),
        section.onceAYear() == null ? List.of() : section.onceAYear().values(), List::copyOf, inherited,
        ScoringPolicy::onceAYear);
    String task = context.value("overdueTask", section.overdueTask(), inherited, ScoringPolicy::overdueTask);
    var workdays = context.threshold("taskWorkdays", section.taskWorkdays(), inherited,
        ScoringPolicy::taskWorkdays);
    var maxCount = context.threshold("maxCount", section.maxCount(), inherited, ScoringPolicy::maxCount);
    return context.build(() -> new ScoringPolicy(base, items, sections, people, excluded, deadline, serious,
        yearly, task, workdays, maxCount));
  }

  private static List<ScoringItem> items(List<ItemEntry> entries) {
    List<ScoringItem> out = new ArrayList<>();
    for (ItemEntry e : entries) {
      out.add(new ScoringItem(e.name(), e.points(), e.evidence(), RuleId.of(e.rule()), e.clause()));
    }
    return out;
  }

  /** 迟到 -1, 公文办理失误 -1（综合股提供依据）. */
  private static List<String> shown(List<ItemEntry> entries) {
    List<String> shown = new ArrayList<>();
    for (ItemEntry e : entries) {
      shown.add(e.name() + " " + (e.points() > 0 ? "+" : "") + e.points()
          + (e.evidence().isEmpty() ? "" : "（" + String.join("、", e.evidence()) + "提供依据）"));
    }
    return shown;
  }
}
