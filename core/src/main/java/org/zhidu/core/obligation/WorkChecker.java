package org.zhidu.core.obligation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.rule.RuleId;

/**
 * What a log's rows say of research and exams (P5): research done within its kind's months of the day it was
 * assigned; an exam's score the mean of its markers' marks.
 */
public final class WorkChecker {

  private WorkChecker() {}

  /**
   * One row's research or exam details, as read.
   *
   * @param activity the row
   * @param kind its 类别 (a kind of research), "" when blank
   * @param assigned the day it was assigned (交办日期), or {@code null}
   * @param marks the markers' marks (阅卷成绩), empty when none
   * @param score the final score (成绩), or {@code null}
   */
  public record Details(Activity activity, String kind, LocalDate assigned, List<BigDecimal> marks,
      BigDecimal score) {
    /**
     * Keeps an unmodifiable copy of the marks.
     *
     * @param activity the row
     * @param kind its 类别 (a kind of research), "" when blank
     * @param assigned the day it was assigned (交办日期), or {@code null}
     * @param marks the markers' marks (阅卷成绩), empty when none
     * @param score the final score (成绩), or {@code null}
     * @throws NullPointerException if {@code marks} is {@code null}
     */
    public Details {
      marks = List.copyOf(marks);
    }
  }

  /** The 类别 column. */
  public static final String KIND = "类别";
  /** The 交办日期 column. */
  public static final String ASSIGNED = "交办日期";
  /** The 阅卷成绩 column. */
  public static final String MARKS = "阅卷成绩";
  /** The 成绩 column. */
  public static final String SCORE = "成绩";

  /**
   * The findings of a log's research and exams (P5): research done after its kind's months, before the day it was
   * assigned, or whose assignment day is not given; an exam's marks that are too many or too few, or whose mean is
   * not the score.
   *
   * @param rows the rows' details
   * @param research the pack's kinds of research
   * @param exam how the pack's exam is marked, or {@code null}
   * @param rule the rule the findings are reported under
   * @return the findings, in the rows' order
   */
  public static List<Finding> check(List<Details> rows, List<Research> research, Exam exam, RuleId rule) {
    List<Finding> out = new ArrayList<>();
    for (Details d : rows) {
      Activity a = d.activity();
      for (Research r : research) {
        if (!r.named(d.kind())) {
          continue;
        }
        if (d.assigned() == null) {
          out.add(ObligationProblem.RESEARCH_UNASSIGNED.at(rule, a.where().at(ASSIGNED), a.item(), d.kind(),
              r.clause()));
          break;
        }
        if (a.date().isBefore(d.assigned())) {
          out.add(ObligationProblem.RESEARCH_BEFORE_ASSIGNED.at(rule, a.where().at(ASSIGNED), a.item(), d.kind(),
              d.assigned().toString(), a.date().toString(), r.clause()));
          break;
        }
        // "一个月内完成": by the day a month after the day assigned, that day included
        LocalDate by = d.assigned().plusMonths(r.months());
        if (a.date().isAfter(by)) {
          out.add(ObligationProblem.RESEARCH_LATE.at(rule, a.where().at(Activity.DATE), a.item(), d.kind(),
              d.assigned().toString(), a.date().toString(), Integer.toString(r.months()), by.toString(),
              r.clause()));
        }
        break;
      }
      if (exam != null && exam.name().equals(a.item()) && (!d.marks().isEmpty() || d.score() != null)) {
        if (d.marks().size() != exam.markers()) {
          out.add(ObligationProblem.EXAM_MARKERS.at(rule, a.where().at(MARKS), a.item(),
              Integer.toString(d.marks().size()), Integer.toString(exam.markers()), exam.clause()));
        } else if (d.score() != null) {
          BigDecimal sum = d.marks().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
          // the mean to as many decimals as the score is written with: 88.3 for 88.333…, 88 for 88.0
          BigDecimal mean = sum.divide(BigDecimal.valueOf(exam.markers()), Math.max(d.score().scale(), 0),
              RoundingMode.HALF_UP);
          if (mean.compareTo(d.score()) != 0) {
            out.add(ObligationProblem.EXAM_NOT_MEAN.at(rule, a.where().at(SCORE), a.item(),
                d.score().toPlainString(), mean.toPlainString(), exam.clause()));
          }
        }
      }
    }
    return out;
  }
}
