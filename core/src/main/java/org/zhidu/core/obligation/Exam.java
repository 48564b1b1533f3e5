package org.zhidu.core.obligation;

import java.util.Objects;

/**
 * How an exam is marked (P5: "抽派三名其他科级干部独自分别阅卷，取三个成绩的平均值为最终得分").
 *
 * @param name the exam, as a log names it
 * @param markers how many marks each paper has
 * @param clause the clause
 */
public record Exam(String name, int markers, String clause) {

  /**
   * Refuses an exam without its name or clause, or with markers outside 1 to 9.
   *
   * @param name the exam, as a log names it
   * @param markers how many marks each paper has
   * @param clause the clause
   * @throws NullPointerException if {@code name} or {@code clause} is {@code null}
   * @throws IllegalArgumentException if {@code markers} is below 1 or above 9
   */
  public Exam {
    Objects.requireNonNull(name, "name");
    if (markers < 1 || markers > 9) {
      throw new IllegalArgumentException(name + ": 1 to 9 markers");
    }
    Objects.requireNonNull(clause, "clause");
  }
}
