package org.zhidu.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhidu.core.naming.NameAssertions.assertFinding;
import static org.zhidu.core.naming.NameAssertions.assertFixedTo;
import static org.zhidu.core.naming.Policies.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** N4: every listed mistake is recognised, reported with its rule, and fixed to the canonical form. */
class N4NormalisationTest {

  static final String DOC = N1DocumentTest.CLAUSE_EXAMPLE;
  static final String MINUTES = N2MinutesTest.CLAUSE_EXAMPLE;
  static final String DRAFT = N3DraftTest.CLAUSE_EXAMPLE;

  @ParameterizedTest
  @ValueSource(strings = {"[2014]", "【2014】", "(2014)", "（2014）", "［2014］", "﹝2014﹞", "〈2014〉", "《2014》", "[2014〕"})
  void everyOtherBracketAroundTheYearIsFixed(String brackets) {
    NameReport report = check(DOC.replace("〔2014〕", brackets));
    assertFinding(report, "N4", NameProblem.YEAR_BRACKETS);
    assertFixedTo(report, DOC);
  }

  @Test
  void fullWidthDigitsAreFixedEverywhere() {
    assertFixedTo(check("遂安府办函〔２０１４〕１９号-通知-关于做好２０１４年度调研工作的通知(２０１４.０３.１４)"), DOC);
    assertFinding(check(DOC.replace("19号", "１９号")), "N4", NameProblem.FULLWIDTH_DIGIT);
  }

  @Test
  void fullWidthParenthesesAreFixed() {
    NameReport report = check(DOC.replace("(2014.03.14)", "（2014.03.14）"));
    assertFinding(report, "N4", NameProblem.FULLWIDTH_PARENTHESIS);
    assertFixedTo(report, DOC);
    assertFixedTo(check(MINUTES.replace("(2015第4期)", "（2015第4期）")), MINUTES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"－", "—", "–", "——", "‐", "−", " - ", " -", "- ", "--"})
  void everyOtherSeparatorIsFixed(String separator) {
    NameReport report = check(DOC.replace("-", separator));
    assertFinding(report, "N4", NameProblem.SEPARATOR);
    assertFixedTo(report, DOC);
    assertFixedTo(check(MINUTES.replace("-", separator)), MINUTES);
    assertFixedTo(check(DRAFT.replace("-", separator)), DRAFT);
  }

  @ParameterizedTest
  @CsvSource({"2014-03-14", "2014.3.14", "20140314", "2014年3月14日", "2014年03月14日", "2014．03．14", "2014/3/14"})
  void everyListedDateShapeIsFixed(String date) {
    NameReport report = check(DOC.replace("2014.03.14", date));
    assertFinding(report, "N4", NameProblem.DATE_SHAPE);
    assertFixedTo(report, DOC);
  }

  @ParameterizedTest
  @CsvSource({"2015-05-26", "2015.5.26", "20150526", "2015年5月26日"})
  void leadingDatesOfMinutesAreFixed(String date) {
    assertFixedTo(check(MINUTES.replace("2015.05.26", date)), MINUTES);
  }

  @ParameterizedTest
  @CsvSource({"2014-08-20", "2014.8.20", "20140820", "2014年8月20日"})
  void leadingDatesOfDraftsAreFixed(String date) {
    assertFixedTo(check(DRAFT.replace("2014.08.20", date)), DRAFT);
  }

  @Test
  void aMissingHaoIsFixed() {
    NameReport report = check(DOC.replace("19号", "19"));
    assertFinding(report, "N4", NameProblem.MISSING_HAO);
    assertFixedTo(report, DOC);
  }

  @Test
  void strayFullWidthAndAsciiSpacesAreRemoved() {
    NameReport report = check("遂安府办函 〔2014〕19号-通知-关于做好2014年度　调研工作的通知 (2014.03.14)");
    assertFinding(report, "N4", NameProblem.STRAY_SPACE);
    assertFixedTo(report, DOC);
  }

  @Test
  void aSpaceBetweenLatinWordsIsKept() {
    NameAssertions.assertClean(check("遂安府办函〔2014〕19号-通知-关于推广Windows 10的通知(2014.03.14)"));
  }

  @Test
  void anIssueDateOutsideParenthesesIsFixed() {
    NameReport report = check(DOC.replace("(2014.03.14)", "2014.03.14"));
    assertFinding(report, "N4", NameProblem.DATE_NOT_IN_PARENTHESES);
    assertFixedTo(report, DOC);
    assertFixedTo(check(DOC.replace("(2014.03.14)", "-2014.03.14")), DOC);
    assertFixedTo(check(DOC.replace("(2014.03.14)", "【2014.03.14】")), DOC);
  }

  @Test
  void everyMistakeAtOnceIsFixedAtOnce() {
    NameReport report = check("遂安府办函［２０１４］第019 － 通知 －关于做好2014年度调研工作的通知（2014年3月14日）.doc");
    assertFixedTo(report, DOC + ".doc");
    assertEquals(report.suggestion(), check(report.suggestion()).fileName());
    NameAssertions.assertClean(check(report.suggestion()));
  }

  @Test
  void diIsCorrectInALingHaoAndNotRemoved() {
    NameAssertions.assertClean(check("安居区人民政府令第1号-令-安居区城区户外广告设置管理办法(2015.07.01)"));
    assertFixedTo(check("安居区人民政府令第1号－令－安居区城区户外广告设置管理办法（2015.07.01）"),
        "安居区人民政府令第1号-令-安居区城区户外广告设置管理办法(2015.07.01)");
  }

  @Test
  void n4FixHintsQuoteTheTextAsItIsWrittenInTheName() {
    NameReport document = check("遂安府办函（2015）第07号-函-关于征求安居区十三五规划纲要意见的函（2015.09.10）");
    org.zhidu.core.finding.Finding brackets = assertFinding(document, "N4", NameProblem.YEAR_BRACKETS);
    assertEquals("（2015）", brackets.fix().from());
    assertEquals(java.util.List.of("（2015）"), brackets.message().args());
    assertEquals("第07", assertFinding(document, "N1", NameProblem.NUMBER_ORDINAL).fix().from());
    assertFixedTo(document, "遂安府办函〔2015〕7号-函-关于征求安居区十三五规划纲要意见的函(2015.09.10)");

    NameReport digits = check("遂安府办函〔２０１５〕第０７号-函-关于征求意见的函(2015.09.10)");
    assertEquals("第０７", assertFinding(digits, "N1", NameProblem.NUMBER_ORDINAL).fix().from());
    assertEquals("０７", assertFinding(digits, "N1", NameProblem.NUMBER_LEADING_ZERO).fix().from());

    NameReport minutes = check("2015.09.08-纪要-三届35次常务会议-施瑞昶（2015年第9期）");
    assertEquals("（2015年第9期）", assertFinding(minutes, "N2", NameProblem.ISSUE_NUMBER_SHAPE).fix().from());

    NameReport date = check("遂安府办函〔2015〕7号-函-关于征求意见的函（２０１５-09-10）");
    assertEquals("２０１５-09-10", assertFinding(date, "N4", NameProblem.DATE_SHAPE).fix().from());
  }
}
