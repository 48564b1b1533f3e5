package org.zhidu.core.rota;

import java.time.LocalDate;
import java.util.List;
import org.zhidu.core.finding.Finding;

/**
 * A planned rota and what is known about it.
 *
 * @param days one per day of the period, in date order
 * @param loads every clerk's share of this rota (R9), in the office's order, then the leaders
 * @param fairness the clerks' figures over this rota
 * @param cumulative the clerks' figures over the history and this rota together, or {@code null} without history
 * @param findings hard rules that could not be met (errors), unavoidable unevenness (warnings), and the places
 *     where the documents are silent (information)
 * @param changed with {@code keep}: the days whose duty or leader differ from the kept rota
 */
public record RotaPlan(
    List<DutyDay> days,
    List<PersonLoad> loads,
    Fairness fairness,
    Fairness cumulative,
    List<Finding> findings,
    List<LocalDate> changed) {

  /**
   * Keeps unmodifiable copies of the lists.
   *
   * @param days one per day of the period, in date order
   * @param loads every clerk's share of this rota (R9), in the office's order, then the leaders
   * @param fairness the clerks' figures over this rota
   * @param cumulative the clerks' figures over the history and this rota together, or {@code null} without history
   * @param findings hard rules that could not be met (errors), unavoidable unevenness (warnings), and the places where
   *     the documents are silent (information)
   * @param changed with {@code keep}: the days whose duty or leader differ from the kept rota
   * @throws NullPointerException if a list is {@code null}
   */
  public RotaPlan {
    days = List.copyOf(days);
    loads = List.copyOf(loads);
    findings = List.copyOf(findings);
    changed = List.copyOf(changed);
  }

  /**
   * Whether every hard rule holds on every day.
   *
   * @return {@code true} when no finding is an error
   */
  public boolean meetsHardRules() {
    return findings.stream().noneMatch(Finding::isError);
  }
}
