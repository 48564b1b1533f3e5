package org.zhidu.core.scoring;

import java.time.LocalDate;
import java.util.Objects;
import org.zhidu.core.finding.RowPlace;

/**
 * One row of the events register.
 *
 * @param date the day of the event
 * @param subject a person or a section
 * @param item the item, as the pack names it
 * @param count how many times (1 unless the register says otherwise)
 * @param evidence the section that provided the evidence, or {@code null}
 * @param submitted when the evidence reached 综合股, or {@code null} when the register does not say
 * @param serious 情节严重: flagged for separate handling (I2)
 * @param note the register's remark, or ""
 * @param assigned for a leader's task (交办事项), the day it was assigned, or {@code null}
 * @param finished for a leader's task, the day it was finished, or {@code null}
 * @param where the row's cells, for findings
 */
public record ScoreEvent(
    LocalDate date,
    String subject,
    String item,
    int count,
    String evidence,
    LocalDate submitted,
    boolean serious,
    String note,
    LocalDate assigned,
    LocalDate finished,
    RowPlace where) {

  /**
   * Refuses a row without its date, subject, item or cells; an absent note becomes "".
   *
   * @param date the day of the event
   * @param subject a person or a section
   * @param item the item, as the pack names it
   * @param count how many times (1 unless the register says otherwise)
   * @param evidence the section that provided the evidence, or {@code null}
   * @param submitted when the evidence reached 综合股, or {@code null} when the register does not say
   * @param serious 情节严重: flagged for separate handling (I2)
   * @param note the register's remark, or ""
   * @param assigned for a leader's task (交办事项), the day it was assigned, or {@code null}
   * @param finished for a leader's task, the day it was finished, or {@code null}
   * @param where the row's cells, for findings
   * @throws NullPointerException if {@code date}, {@code subject}, {@code item} or {@code where} is {@code null}
   */
  public ScoreEvent {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(where, "where");
    note = note == null ? "" : note;
  }

  /**
   * A row without the dates of a leader's task.
   *
   * @param date the day of the event
   * @param subject a person or a section
   * @param item the item, as the pack names it
   * @param count how many times (1 unless the register says otherwise)
   * @param evidence the section that provided the evidence, or {@code null}
   * @param submitted when the evidence reached 综合股, or {@code null} when the register does not say
   * @param serious 情节严重: flagged for separate handling (I2)
   * @param note the register's remark, or ""
   * @param where the row's cells, for findings
   */
  public ScoreEvent(LocalDate date, String subject, String item, int count, String evidence, LocalDate submitted,
      boolean serious, String note, RowPlace where) {
    this(date, subject, item, count, evidence, submitted, serious, note, null, null, where);
  }

  /** The row's content without its place: what makes two rows duplicates. */
  String content() {
    return date + "\u0000" + subject + "\u0000" + item + "\u0000" + count + "\u0000" + evidence + "\u0000"
        + submitted + "\u0000" + serious + "\u0000" + note + "\u0000" + assigned + "\u0000" + finished;
  }
}
