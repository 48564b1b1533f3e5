package org.zhidu.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.zhidu.core.naming.NameAssertions.assertClean;
import static org.zhidu.core.naming.NameAssertions.assertFinding;
import static org.zhidu.core.naming.NameAssertions.assertFixedTo;
import static org.zhidu.core.naming.NameAssertions.assertValid;
import static org.zhidu.core.naming.Policies.check;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** N2 会议纪要: 会议时间(yyyy.mm.dd)-纪要-会议主题(包括届次)-主持人(或关键人)(yyyy第N期). */
class N2MinutesTest {

  static final String CLAUSE_EXAMPLE = "2015.05.26-纪要-三届30次常务会议-施瑞昶(2015第4期)";

  @Test
  void theClauseExampleIsValidAndParsesIntoItsParts() {
    NameReport report = check(CLAUSE_EXAMPLE + ".docx");
    assertClean(report);
    assertEquals(NameKind.MINUTES, report.kind());
    assertEquals(new MeetingMinutes(LocalDate.of(2015, 5, 26), "三届30次常务会议", "施瑞昶", 2015, 4), report.document());
    assertEquals(CLAUSE_EXAMPLE, report.document().render());
  }

  @Test
  void aThemeWithoutSessionIsAWarning() {
    NameReport report = check("2015.07.21-纪要-区长办公会议-施瑞昶(2015第7期)");
    assertFinding(report, "N2", NameProblem.NO_SESSION);
    assertValid(report);
  }

  @Test
  void sessionsInChineseNumeralsAreRecognised() {
    assertClean(check("2015.07.21-纪要-第十五届第3次主任会议-施瑞昶(2015第7期)"));
  }

  @Test
  void anIssueYearOtherThanTheMeetingYearIsAWarning() {
    NameReport report = check("2015.06.30-纪要-三届33次常务会议-施瑞昶(2014第6期)");
    assertFinding(report, "N2", NameProblem.ISSUE_YEAR_MISMATCH);
    assertValid(report);
  }

  @Test
  void aMissingIssueNumberIsAnUnfixableError() {
    NameReport report = check("2015.12.01-纪要-三届40次常务会议-施瑞昶");
    assertFinding(report, "N2", NameProblem.MISSING_ISSUE_NUMBER);
    assertNull(report.suggestion());
  }

  @Test
  void otherWaysOfWritingTheIssueNumberAreFixed() {
    assertFixedTo(check("2015.05.26-纪要-三届30次常务会议-施瑞昶(2015年第4期)"), CLAUSE_EXAMPLE);
    assertFixedTo(check("2015.05.26-纪要-三届30次常务会议-施瑞昶(2015第04期)"), CLAUSE_EXAMPLE);
    assertFixedTo(check("2015.05.26-纪要-三届30次常务会议-施瑞昶【2015第4期】"), CLAUSE_EXAMPLE);
  }

  @Test
  void aHostMayHoldParentheses() {
    NameReport report = check("2015.05.26-纪要-三届30次常务会议-施瑞昶(区长)(2015第4期)");
    assertClean(report);
    assertEquals("施瑞昶(区长)", ((MeetingMinutes) report.document()).host());
  }

  @Test
  void aThemeMayHoldHyphens() {
    NameReport report = check("2015.05.26-纪要-三届30次常务会议-成渝经济区-施瑞昶(2015第4期)");
    assertClean(report);
    assertEquals("三届30次常务会议-成渝经济区", ((MeetingMinutes) report.document()).theme());
  }

  @Test
  void tooFewSegmentsIsAnError() {
    assertFinding(check("2015.05.26-纪要-施瑞昶(2015第4期)"), "N2", NameProblem.MISSING_SEGMENTS);
  }

  @Test
  void n2HuiyiJiyaoIsMinutesWithTheWrongMarkWordFixedToJiyao() {
    NameReport report = check("2015.05.26-会议纪要-三届30次常务会议-施瑞昶(2015第4期)");
    assertEquals(NameKind.MINUTES, report.kind());
    org.zhidu.core.finding.Finding mark = assertFinding(report, "N4", NameProblem.MINUTES_MARK);
    assertEquals("会议纪要", mark.fix().from());
    assertEquals("纪要", mark.fix().to());
    assertEquals(1, report.findings().size(), () -> NameAssertions.describe(report.findings()).toString());
    assertFixedTo(report, "2015.05.26-纪要-三届30次常务会议-施瑞昶(2015第4期)");
    // the boundary: the clause's own word is clean
    assertClean(check("2015.05.26-纪要-三届30次常务会议-施瑞昶(2015第4期)"));
  }
}
