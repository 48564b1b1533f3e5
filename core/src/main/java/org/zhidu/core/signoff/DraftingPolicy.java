package org.zhidu.core.signoff;

import java.util.List;
import java.util.Objects;
import org.zhidu.core.rule.Bound;
import org.zhidu.core.rule.Threshold;

/**
 * A pack's deadlines for the drafts of a leader's speech (D5).
 *
 * @param draftDays the calendar days before the meeting a department's draft arrives ("提前3天": 3, the day itself
 *     in time)
 * @param speechDays the same for an important meeting's speech
 * @param reformDays the calendar days before the committee's meeting a reform plan reaches the reform office, or
 *     {@code null} where the pack says nothing of it
 * @param steps who revises the draft after it arrives, in order, each with their half working days
 */
public record DraftingPolicy(Threshold draftDays, Threshold speechDays, Threshold reformDays, List<Step> steps) {

  /**
   * Refuses a policy without its draft and speech days; keeps an unmodifiable copy of the steps.
   *
   * @param draftDays the calendar days before the meeting a department's draft arrives ("提前3天": 3, the day itself in
   *     time)
   * @param speechDays the same for an important meeting's speech
   * @param reformDays the calendar days before the committee's meeting a reform plan reaches the reform office, or
   *     {@code null} where the pack says nothing of it
   * @param steps who revises the draft after it arrives, in order, each with their half working days
   * @throws NullPointerException if {@code draftDays}, {@code speechDays} or {@code steps} is {@code null}
   */
  public DraftingPolicy {
    Objects.requireNonNull(draftDays, "draftDays");
    Objects.requireNonNull(speechDays, "speechDays");
    steps = List.copyOf(steps);
  }

  /** The days before the meeting of the last day in time: N days ahead, or N + 1 when N itself is too late. */
  static int lastDayAhead(Threshold ahead) {
    return ahead.bound() == Bound.INCLUSIVE ? ahead.value() : ahead.value() + 1;
  }

  /**
   * One reviewer's turn.
   *
   * @param role who (承办人员, 副主任, 主任)
   * @param halves the half working days they have (1 working day: 2)
   * @param clause the clause
   */
  public record Step(String role, int halves, String clause) {
    /**
     * Refuses a step without its role or clause, or with half working days outside 0 to 60.
     *
     * @param role who (承办人员, 副主任, 主任)
     * @param halves the half working days they have (1 working day: 2)
     * @param clause the clause
     * @throws NullPointerException if {@code role} or {@code clause} is {@code null}
     * @throws IllegalArgumentException if {@code halves} is below 0 or above 60
     */
    public Step {
      Objects.requireNonNull(role, "role");
      if (halves < 0 || halves > 60) {
        throw new IllegalArgumentException("a reviewer's half working days are 0 to 60: " + halves);
      }
      Objects.requireNonNull(clause, "clause");
    }
  }
}
