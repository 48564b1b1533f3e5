package org.zhidu.core.rota;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.zhidu.core.finding.Location;

/**
 * One line of a swap log (调换班, R7).
 *
 * @param date the duty day
 * @param original who the rota put on duty
 * @param replacement who served instead
 * @param approvedBy who approved, or {@code null} when nobody did
 * @param approvedAt when, or {@code null}
 * @param where the line of the log, for findings
 * @param unreported the steps of 七(二) after the approval that the log has a column for and does not record as done
 *     (报告带班领导, 报综合股备案, 告知信息股); empty when the log has none of those columns or all are done
 */
public record Swap(
    LocalDate date, String original, String replacement, String approvedBy, LocalDateTime approvedAt,
    Location where, List<String> unreported) {

  /**
   * Refuses a swap without its day, the two people or its line; keeps an unmodifiable copy of the unreported steps.
   *
   * @param date the duty day
   * @param original who the rota put on duty
   * @param replacement who served instead
   * @param approvedBy who approved, or {@code null} when nobody did
   * @param approvedAt when, or {@code null}
   * @param where the line of the log, for findings
   * @param unreported the steps of 七(二) after the approval that the log has a column for and does not record as done
   *     (报告带班领导, 报综合股备案, 告知信息股); empty when the log has none of those columns or all are done
   * @throws NullPointerException if {@code date}, {@code original}, {@code replacement}, {@code where} or {@code
   *     unreported} is {@code null}
   */
  public Swap {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(replacement, "replacement");
    Objects.requireNonNull(where, "where");
    unreported = List.copyOf(unreported);
  }

  /**
   * A swap from a log without the reporting columns.
   *
   * @param date the duty day
   * @param original who the rota put on duty
   * @param replacement who served instead
   * @param approvedBy who approved, or {@code null} when nobody did
   * @param approvedAt when, or {@code null}
   * @param where the line of the log, for findings
   */
  public Swap(
      LocalDate date, String original, String replacement, String approvedBy, LocalDateTime approvedAt,
      Location where) {
    this(date, original, replacement, approvedBy, approvedAt, where, List.of());
  }
}
