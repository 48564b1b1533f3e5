package org.zhidu.core.rota;

import org.zhidu.core.finding.InvalidValue;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The numbers a pack gives the duty rota.
 *
 * @param clerksPerDay clerks on duty on a day that is not a statutory holiday (R3: 每人一天轮换, so 1)
 * @param clerksPerHoliday clerks on duty on a statutory holiday day (R4: 原则上每天2人值班)
 * @param handover when the duty day begins and ends (R5: 每天上午9时)
 * @param dutySection the section that arranges the duty and notifies the duty person (R3, R6: 综合股); swaps are
 *     approved by the cadre in charge of duty the office file names (R7), not by this section's head
 */
public record RotaPolicy(int clerksPerDay, int clerksPerHoliday, LocalTime handover, String dutySection) {

  /** The numbers of 遂安府办发〔2015〕30号 值班工作制度. */
  public static final RotaPolicy ANJU = new RotaPolicy(1, 2, LocalTime.of(9, 0), "综合股");

  /**
   * Refuses a policy without a handover time or duty section, or with fewer than one clerk a day.
   *
   * @param clerksPerDay clerks on duty on a day that is not a statutory holiday (R3: 每人一天轮换, so 1)
   * @param clerksPerHoliday clerks on duty on a statutory holiday day (R4: 原则上每天2人值班)
   * @param handover when the duty day begins and ends (R5: 每天上午9时)
   * @param dutySection the section that arranges the duty and notifies the duty person (R3, R6: 综合股); swaps are
   *     approved by the cadre in charge of duty the office file names (R7), not by this section's head
   * @throws NullPointerException if {@code handover} or {@code dutySection} is {@code null}
   * @throws org.zhidu.core.finding.InvalidValue if {@code clerksPerDay} or {@code clerksPerHoliday} is below 1
   */
  public RotaPolicy {
    Objects.requireNonNull(handover, "handover");
    Objects.requireNonNull(dutySection, "dutySection");
    if (clerksPerDay < 1 || clerksPerHoliday < 1) {
      throw new InvalidValue("pack.clerks_per_day");
    }
  }
}
