package org.zhidu.policies.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.Location;
import org.zhidu.core.obligation.Activity;
import org.zhidu.core.obligation.ObligationPolicy;
import org.zhidu.core.obligation.ObligationRules;
import org.zhidu.core.obligation.WorkChecker;
import org.zhidu.policies.PackLoader;

/** 安居's research deadlines and exams (P5), each at its bound. */
class WorkCheckTest {

  static final ObligationPolicy ANJU = PackLoader.builtIn("anju-gov-office").obligations();

  static List<String> keys(String item, LocalDate done, String kind, LocalDate assigned, List<String> marks,
      String score) {
    Activity a = new Activity(done, item, field -> new Location("log.csv", 2, 1, field));
    WorkChecker.Details d = new WorkChecker.Details(a, kind, assigned,
        marks.stream().map(BigDecimal::new).toList(), score == null ? null : new BigDecimal(score));
    return WorkChecker.check(List.of(d), ANJU.research(), ANJU.exam(), ObligationRules.P5).stream()
        .map(f -> f.message().key()).toList();
  }

  @Test
  void researchIsDoneWithinItsMonthsTheDayTheyAreUpIncluded_P5() {
    LocalDate assigned = LocalDate.of(2026, 1, 31);
    // a month after 31 January is 28 February
    assertEquals(List.of(), keys("调研报告", LocalDate.of(2026, 2, 28), "专项调研", assigned, List.of(), null));
    assertEquals(List.of("obligations.research_late"),
        keys("调研报告", LocalDate.of(2026, 3, 1), "专项调研", assigned, List.of(), null));
    assertEquals(List.of(), keys("调研报告", LocalDate.of(2026, 6, 30), "重大调研", assigned, List.of(), null));
    assertEquals(List.of("obligations.research_unassigned"),
        keys("调研报告", LocalDate.of(2026, 6, 30), "综合调研", null, List.of(), null));
  }

  @Test
  void researchDoneBeforeTheDayItWasAssignedIsAnErrorTheSameDayIsNot_P5() {
    LocalDate assigned = LocalDate.of(2026, 3, 10);
    assertEquals(List.of("obligations.research_before_assigned"),
        keys("调研报告", LocalDate.of(2026, 3, 9), "专项调研", assigned, List.of(), null));
    assertEquals(List.of(), keys("调研报告", assigned, "专项调研", assigned, List.of(), null));
  }

  @Test
  void anExamsScoreIsTheMeanOfItsThreeMarksToTheDecimalsItIsWrittenWith_P5() {
    assertEquals(List.of(), keys("文秘人员考试", LocalDate.of(2026, 3, 31), "", null, List.of("85", "88", "92"), "88.3"));
    assertEquals(List.of(), keys("文秘人员考试", LocalDate.of(2026, 3, 31), "", null, List.of("85", "88", "92"),
        "88.33"));
    assertEquals(List.of("obligations.exam_not_mean"),
        keys("文秘人员考试", LocalDate.of(2026, 3, 31), "", null, List.of("80", "84", "90"), "84"));
    assertEquals(List.of(), keys("文秘人员考试", LocalDate.of(2026, 3, 31), "", null, List.of("80", "84", "90"), "85"));
    assertEquals(List.of("obligations.exam_markers"),
        keys("文秘人员考试", LocalDate.of(2026, 3, 31), "", null, List.of("90", "91"), "90.5"));
  }
}
