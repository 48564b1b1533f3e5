package org.zhidu.core.signoff;

import java.util.List;
import java.util.Objects;
import org.zhidu.core.rule.Threshold;

/**
 * What a meeting's papers hold (D3, D4). An element may name alternatives joined by 或 (时间或会议时间).
 *
 * @param planElements what a plan (会议方案) contains
 * @param planClause their clause
 * @param signedAhead the calendar days before the meeting the plan is signed off by (the day before: 1, included)
 * @param signedClause its clause
 * @param minutesElements what minutes (会议记录) contain
 * @param minutesClause their clause
 * @param large from how many people a meeting is large, so that its minutes carry the sign-in sheet
 * @param largeClause its clause
 */
public record PaperPolicy(List<String> planElements, String planClause, Threshold signedAhead, String signedClause,
    List<String> minutesElements, String minutesClause, Threshold large, String largeClause) {

  /**
   * Refuses a policy without its sign-off days or large-meeting size; keeps unmodifiable copies of the element lists.
   *
   * @param planElements what a plan (会议方案) contains
   * @param planClause their clause
   * @param signedAhead the calendar days before the meeting the plan is signed off by (the day before: 1, included)
   * @param signedClause its clause
   * @param minutesElements what minutes (会议记录) contain
   * @param minutesClause their clause
   * @param large from how many people a meeting is large, so that its minutes carry the sign-in sheet
   * @param largeClause its clause
   * @throws NullPointerException if {@code planElements}, {@code signedAhead}, {@code minutesElements} or {@code large}
   *     is {@code null}
   */
  public PaperPolicy {
    planElements = List.copyOf(planElements);
    Objects.requireNonNull(signedAhead, "signedAhead");
    minutesElements = List.copyOf(minutesElements);
    Objects.requireNonNull(large, "large");
  }
}
