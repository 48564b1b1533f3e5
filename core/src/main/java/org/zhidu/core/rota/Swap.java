package org.zhidu.core.rota;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
 */
public record Swap(
    LocalDate date, String original, String replacement, String approvedBy, LocalDateTime approvedAt,
    Location where) {

  public Swap {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(replacement, "replacement");
    Objects.requireNonNull(where, "where");
  }
}
