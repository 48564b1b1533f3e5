package org.zhidu.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.zhidu.core.naming.NameAssertions.assertClean;
import static org.zhidu.core.naming.NameAssertions.assertFinding;
import static org.zhidu.core.naming.NameAssertions.assertFixedTo;
import static org.zhidu.core.naming.Policies.check;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Severity;

/** N1 文件: 文号-文种-标题(发文时间yyyy.mm.dd). */
class N1DocumentTest {

  static final String CLAUSE_EXAMPLE = "遂安府办函〔2014〕19号-通知-关于做好2014年度调研工作的通知(2014.03.14)";

  @Test
  void theClauseExampleIsValidAndParsesIntoItsParts() {
    NameReport report = check(CLAUSE_EXAMPLE + ".doc");
    assertClean(report);
    assertEquals(NameKind.DOCUMENT, report.kind());
    assertEquals(".doc", report.extension());
    assertEquals(CLAUSE_EXAMPLE, report.name());
    OfficialDocument doc = (OfficialDocument) report.document();
    assertEquals(new DocumentNumber("遂安府办函", 2014, 19, false), doc.number());
    assertEquals("通知", doc.documentKind());
    assertEquals("关于做好2014年度调研工作的通知", doc.title());
    assertEquals(LocalDate.of(2014, 3, 14), doc.issued());
    assertEquals(CLAUSE_EXAMPLE, doc.render());
  }

  @ParameterizedTest
  @ValueSource(strings = {"决议", "决定", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要"})
  void eachOfTheFifteenKindsIsAccepted(String kind) {
    assertClean(check("遂安府办〔2015〕3号-" + kind + "-关于某项工作的" + kind + "(2015.04.01)"));
  }

  @Test
  void commandIsAlsoSpelledLingAndItsNumberTakesDi() {
    assertClean(check("安居区人民政府令第1号-令-安居区城区户外广告设置管理办法(2015.07.01)"));
    assertClean(check("安居区人民政府令第2号-命令-关于实施交通管制的命令(2015.07.02)"));
  }

  @Test
  void n1LingHaoAsGbt9704WritesItKeepsDiAndLeadingZeros() {
    // GB/T 9704-2012 10.3: the 令号 under the 发文机关标志, 机关令 then 第N号, without a year
    assertClean(check("安居区人民政府令第12号-令-安居区城市管理办法(2015.06.01)"));
    NameReport zeros = check("安居区人民政府令第012号-令-安居区城市管理办法(2015.06.01)");
    assertClean(zeros);
    assertEquals("安居区人民政府令第012号", ((OfficialDocument) zeros.document()).number().render());
    // the boundary: the same 第 and zero in a 发文字号 are errors
    assertFinding(check("遂安府办函〔2015〕第12号-通知-关于做好调研工作的通知(2015.06.01)"), "N1",
        NameProblem.NUMBER_ORDINAL);
    assertFinding(check("遂安府办函〔2015〕012号-通知-关于做好调研工作的通知(2015.06.01)"), "N1",
        NameProblem.NUMBER_LEADING_ZERO);
  }

  @Test
  void n1LingWithAYearBracketIsADocumentNumberSoDiIsAnError() {
    // 令〔2016〕第2号 is not both at once: the year in 〔〕 makes it a 发文字号 (GB/T 9704-2012 7.2.4), no 第
    NameReport report = check("国务院令〔2016〕第2号-令-某某条例(2016.07.02)");
    Finding finding = assertFinding(report, "N1", NameProblem.LING_NUMBER_WITH_YEAR);
    assertEquals("第2", finding.fix().from());
    assertEquals("2", finding.fix().to());
    assertFixedTo(report, "国务院令〔2016〕2号-令-某某条例(2016.07.02)");
    assertFinding(check("国务院令〔2016〕02号-令-某某条例(2016.07.02)"), "N1", NameProblem.NUMBER_LEADING_ZERO);
    assertClean(check("国务院令〔2016〕2号-令-某某条例(2016.07.02)"));
  }

  @Test
  void anUnknownKindIsAnUnfixableError() {
    NameReport report = check("遂安府办函〔2015〕61号-报表-2015年三季度财政收支情况(2015.10.20)");
    assertFinding(report, "N1", NameProblem.UNKNOWN_DOCUMENT_KIND);
    assertNull(report.suggestion());
  }

  @Test
  void diInTheSerialIsAnErrorWithItsFix() {
    NameReport report = check("遂安府办函〔2014〕第19号-通知-关于做好2014年度调研工作的通知(2014.03.14)");
    assertEquals("第19", assertFinding(report, "N1", NameProblem.NUMBER_ORDINAL).fix().from());
    assertFixedTo(report, CLAUSE_EXAMPLE);
  }

  @Test
  void aLeadingZeroInTheSerialIsAnErrorWithItsFix() {
    NameReport report = check("遂安府办函〔2014〕019号-通知-关于做好2014年度调研工作的通知(2014.03.14)");
    assertFinding(report, "N1", NameProblem.NUMBER_LEADING_ZERO);
    assertFixedTo(report, CLAUSE_EXAMPLE);
  }

  @Test
  void aNumberYearAfterTheIssueDateIsAnError() {
    NameReport report = check("遂安府办函〔2016〕5号-通知-关于做好2015年度财务决算工作的通知(2015.12.28)");
    assertEquals(Severity.ERROR, assertFinding(report, "N1", NameProblem.NUMBER_YEAR_AFTER_DATE).severity());
    assertNull(report.suggestion());
  }

  @Test
  void aNumberYearBeforeTheIssueDateIsAWarning() {
    NameReport report = check("遂安府办函〔2014〕112号-通知-关于开展2015年春节走访慰问活动的通知(2015.01.05)");
    assertEquals(Severity.WARNING, assertFinding(report, "N1", NameProblem.NUMBER_YEAR_BEFORE_DATE).severity());
    NameAssertions.assertValid(report);
  }

  @Test
  void theSameYearIsNeitherErrorNorWarning() {
    assertClean(check("遂安府办函〔2015〕1号-通知-关于元旦放假的通知(2015.01.01)"));
    assertClean(check("遂安府办函〔2015〕2号-通知-关于年终工作的通知(2015.12.31)"));
  }

  @Test
  void aTitleEndingInAnotherKindIsAWarning() {
    NameReport report = check("遂安府办〔2015〕12号-请示-关于做好防汛工作的通知(2015.03.02)");
    assertEquals(Severity.WARNING, assertFinding(report, "N1", NameProblem.TITLE_KIND_MISMATCH).severity());
    assertEquals(java.util.List.of("通知", "请示"),
        assertFinding(report, "N1", NameProblem.TITLE_KIND_MISMATCH).message().args());
  }

  @Test
  void aTitleEndingInNoKindIsNotChecked() {
    assertClean(check("安居区人民政府令第1号-令-安居区城区户外广告设置管理办法(2015.07.01)"));
  }

  @Test
  void aTitleMayHoldParenthesesOfItsOwn() {
    String name = "遂安府办发〔2015〕30号-通知-关于印发《安居区值班制度(试行)》的通知(2015.04.20)";
    NameReport report = check(name);
    assertClean(report);
    assertEquals("关于印发《安居区值班制度(试行)》的通知", ((OfficialDocument) report.document()).title());
  }

  @Test
  void aDateThatDoesNotExistIsAnError() {
    assertFinding(check("遂安府办函〔2015〕23号-通知-关于表扬的通知(2015.02.29)"), "N1", NameProblem.INVALID_DATE);
    assertClean(check("遂安府办函〔2016〕23号-通知-关于表扬的通知(2016.02.29)"));
  }

  @Test
  void aMissingIssueDateIsAnError() {
    NameReport report = check("遂安府办函〔2015〕23号-通知-关于表扬的通知");
    assertFinding(report, "N1", NameProblem.MISSING_ISSUE_DATE);
    assertNull(report.suggestion());
  }

  @Test
  void aNumberWithoutYearIsMalformedUnlessItIsALingHao() {
    assertFinding(check("遂安府办函19号-通知-关于表扬的通知(2015.01.01)"), "N1", NameProblem.MALFORMED_NUMBER);
  }

  @Test
  void aNameWithoutAnyPatternIsUnrecognised() {
    NameReport report = check("关于做好2015年防汛工作的通知.doc");
    assertNull(report.kind());
    assertFinding(report, "N1", NameProblem.UNRECOGNISED);
  }
}
