package org.zhidu.core.rota;

import org.zhidu.core.rule.CrossCutting;
import org.zhidu.core.rule.RuleId;

/** Who tells a day's duty person in advance that they are on duty (R6). */
public sealed interface Notifier {

  /**
   * What the rota prints: a section, a person, or {@code null} when the person is outside the rota.
   *
   * @return the section's name (综合股), the person's name, or {@code null}
   */
  String name();

  /**
   * The rule behind the choice: R6, or X-GAP where the clause is silent and the rota fills the gap.
   *
   * @return {@link RotaRules#R6}, or {@link CrossCutting#X_GAP} for a previous-day notifier the clause does not name
   */
  default RuleId rule() {
    return this instanceof PreviousDuty p && !p.byClause() ? CrossCutting.X_GAP : RotaRules.R6;
  }

  /**
   * 综合股 notifies: on a working day the duty person of the next day, Tuesday to Saturday (值班工作制度 五(二)1②), and
   * the holiday duty people with the holiday rota before the holiday (四(二)).
   *
   * @param name the section, as the pack's {@code dutySection} names it (综合股)
   */
  record BySection(String name) implements Notifier {}

  /**
   * The previous day's duty person notifies. The clause says so for Sunday and Monday (五(三)3); for a Tuesday to
   * Saturday whose previous day is not a working day it says nothing (X-GAP), and the rota applies the same rule,
   * which {@code byClause} records.
   *
   * @param name the previous day's notifying duty person (of two, the leader's linked clerk, listed first), or
   *     {@code null} when that day is outside the rota and no history gives it (a finding says so)
   * @param byClause whether the clause itself says so for this day
   */
  record PreviousDuty(String name, boolean byClause) implements Notifier {}
}
