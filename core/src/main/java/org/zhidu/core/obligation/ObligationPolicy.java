package org.zhidu.core.obligation;

import java.util.List;
import java.util.Objects;

/**
 * A pack's recurring obligations and its reading of a due day that is not a working day.
 *
 * @param obligations in the pack's order (the plan does not depend on it)
 * @param restDay what a due day that is not a working day becomes
 * @param restDayClause where the pack states that reading (a gap of the documents)
 * @param tasks how the pack reads its 督查 register (G14), or {@code null} when it keeps none
 * @param trips the kinds of trip and their limits (P2)
 * @param research the kinds of research and their months (P5)
 * @param exam how an exam is marked (P5), or {@code null}
 * @param notices the meetings notified ahead (M5)
 * @param precedes the obligations done before another (P2)
 * @param rotation the rotation of posts (P5), or {@code null} when the pack has none
 */
public record ObligationPolicy(List<Obligation> obligations, RestDay restDay, String restDayClause,
    TaskPolicy tasks, List<Trip> trips, List<Research> research, Exam exam, List<Notice> notices,
    List<Precedes> precedes, Rotation rotation) {

  /** A pack without obligations. */
  public static final ObligationPolicy NONE = new ObligationPolicy(List.of(), RestDay.KEEP, "", null, List.of(),
      List.of(), null, List.of(), List.of(), null);

  /**
   * Refuses a policy without its rest-day reading and its clause; keeps unmodifiable copies of the lists (absent trips
   * and research are empty).
   *
   * @param obligations in the pack's order (the plan does not depend on it)
   * @param restDay what a due day that is not a working day becomes
   * @param restDayClause where the pack states that reading (a gap of the documents)
   * @param tasks how the pack reads its 督查 register (G14), or {@code null} when it keeps none
   * @param trips the kinds of trip and their limits (P2)
   * @param research the kinds of research and their months (P5)
   * @param exam how an exam is marked (P5), or {@code null}
   * @param notices the meetings notified ahead (M5); {@code null} for none
   * @param precedes the obligations done before another (P2); {@code null} for none
   * @param rotation the rotation of posts (P5), or {@code null} when the pack has none
   * @throws NullPointerException if {@code obligations}, {@code restDay} or {@code restDayClause} is {@code null}
   */
  public ObligationPolicy {
    obligations = List.copyOf(obligations);
    notices = notices == null ? List.of() : List.copyOf(notices);
    precedes = precedes == null ? List.of() : List.copyOf(precedes);
    trips = trips == null ? List.of() : List.copyOf(trips);
    research = research == null ? List.of() : List.copyOf(research);
    Objects.requireNonNull(restDay, "restDay");
    Objects.requireNonNull(restDayClause, "restDayClause");
  }

  /**
   * The obligation a name or an alias names, or {@code null}.
   *
   * @param name the 事项 of a log, or an obligation's name
   * @return the first obligation that name names, or {@code null}
   */
  public Obligation named(String name) {
    for (Obligation o : obligations) {
      if (o.named(name)) {
        return o;
      }
    }
    return null;
  }
}
