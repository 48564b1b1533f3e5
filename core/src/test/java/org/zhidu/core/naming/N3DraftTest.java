package org.zhidu.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.zhidu.core.naming.NameAssertions.assertClean;
import static org.zhidu.core.naming.NameAssertions.assertFinding;
import static org.zhidu.core.naming.NameAssertions.assertFixedTo;
import static org.zhidu.core.naming.NameAssertions.assertValid;
import static org.zhidu.core.naming.Policies.check;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhidu.core.finding.Finding;

/** N3 文稿材料: 时间-类别-使用人-标题+版本号(其他便于检索的关键词). */
class N3DraftTest {

  static final String CLAUSE_EXAMPLE = "2014.08.20-致辞-施瑞昶区长-全市网格化服务管理工作推进会3.2(送审)(刘德福、创新社会管理)";

  @Test
  void theClauseExampleIsValidAndParsesIntoItsParts() {
    NameReport report = check(CLAUSE_EXAMPLE + ".doc");
    assertClean(report);
    assertEquals(NameKind.DRAFT, report.kind());
    assertEquals(
        new DraftMaterial(LocalDate.of(2014, 8, 20), "致辞", "施瑞昶区长", "全市网格化服务管理工作推进会", "3.2", "送审", true,
            List.of("刘德福、创新社会管理")),
        report.document());
    assertEquals(CLAUSE_EXAMPLE, report.document().render());
  }

  @ParameterizedTest
  @ValueSource(strings = {"初", "1", "2", "3.2", "12", "2送审", "2定稿", "2定", "初(送审)", "3(定稿)"})
  void everyVersionTheClauseDescribesIsAccepted(String version) {
    NameReport report = check("2015.01.06-讲话-施瑞昶区长-全区经济工作会议" + version);
    assertClean(report);
    assertEquals("2015.01.06-讲话-施瑞昶区长-全区经济工作会议" + version, report.document().render());
  }

  @ParameterizedTest
  @ValueSource(strings = {"讲话", "致辞", "汇报", "主持词", "采访", "信函", "发言", "解说", "方案", "建议意见", "基础资料", "要点提纲"})
  void eachListedCategoryIsAccepted(String category) {
    assertClean(check("2015.01.06-" + category + "-区长-全区经济工作会议1"));
  }

  @Test
  void anUnlistedCategoryIsOnlyAWarningBecauseTheListEndsInDeng() {
    NameReport report = check("2015.08.03-调研报告-研究室-安居区县域经济发展调研3(定稿)");
    assertFinding(report, "N3", NameProblem.UNKNOWN_CATEGORY);
    assertValid(report);
  }

  @Test
  void aMissingVersionIsAnUnfixableError() {
    NameReport report = check("2015.11.02-讲话-施瑞昶区长-全区冬季森林防火工作会议");
    assertFinding(report, "N3", NameProblem.MISSING_VERSION);
    assertNull(report.suggestion());
  }

  @Test
  void tooFewSegmentsIsAnError() {
    assertFinding(check("2015.11.02-讲话-全区冬季森林防火工作会议1"), "N3", NameProblem.MISSING_SEGMENTS);
  }

  static final String HEAD = "2015.01.06-讲话-施瑞昶区长-";

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.1", "3.0", "3.2.1", "0.0"})
  void n3VersionZeroIsAnError(String version) {
    NameReport report = check(HEAD + "全区经济工作会议" + version);
    Finding finding = assertFinding(report, "N3", NameProblem.VERSION_SHAPE);
    assertEquals(List.of(version), finding.message().args());
    assertNull(finding.fix(), "no right version can be told from " + version);
    assertNull(report.suggestion());
  }

  @ParameterizedTest
  @ValueSource(strings = {"初", "1", "2", "3.1", "3.2", "10", "10.12"})
  void n3VersionsAsTheClauseCountsThemAreAccepted(String version) {
    // 初稿为“初”；修订完成1次为1；第3次修订中第二次存档为3.2: the first of each is the boundary
    NameReport report = check(HEAD + "全区经济工作会议" + version);
    assertClean(report);
    assertEquals(version, ((DraftMaterial) report.document()).version());
  }

  @Test
  void n3VersionWithALeadingZeroIsAnErrorWithItsFix() {
    NameReport report = check(HEAD + "全区经济工作会议03");
    Finding finding = assertFinding(report, "N3", NameProblem.VERSION_SHAPE);
    assertEquals("03", finding.fix().from());
    assertEquals("3", finding.fix().to());
    assertFixedTo(report, HEAD + "全区经济工作会议3");
    assertFixedTo(check(HEAD + "全区经济工作会议3.02(送审)"), HEAD + "全区经济工作会议3.2(送审)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"迎接G20", "2015年初", "工作要点2015", "第2", "3月初", "最初"})
  void n3DigitsOrChuEndingTheTitleArePartOfTheTitle(String title) {
    NameReport report = check(HEAD + title);
    assertFinding(report, "N3", NameProblem.VERSION_READ_AS_TITLE);
    assertNull(report.suggestion());
  }

  @ParameterizedTest
  @CsvSource({
      "迎接G20 2, 迎接G20, 2",
      "迎接G20 3.2(送审), 迎接G20, 3.2",
      "迎接G20初, 迎接G20, 初",
      "2015年初初, 2015年初, 初",
      "2015年初1, 2015年初, 1",
      "工作要点2015 1, 工作要点2015, 1",
      "全区经济工作会议2, 全区经济工作会议, 2"})
  void n3AVersionAfterSuchATitleIsReadByTheSegmentStructure(String written, String title, String version) {
    NameReport report = check(HEAD + written);
    assertClean(report);
    DraftMaterial draft = (DraftMaterial) report.document();
    assertEquals(title, draft.title());
    assertEquals(version, draft.version());
    assertEquals(HEAD + written, draft.render());
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.2(送审)(定稿)", "3.2(定稿)(送审)", "3送审(定稿)", "初(送审)(定)"})
  void n3SongshenAndDinggaoTogetherAreAnError(String ending) {
    NameReport report = check(HEAD + "全区经济工作会议" + ending);
    assertFinding(report, "N3", NameProblem.TWO_STATUSES);
    assertNull(report.suggestion());
  }

  @Test
  void n3SongshengaoIsNotSongshenAndIsFixed() {
    NameReport parenthesised = check(HEAD + "全区经济工作会议3.2(送审稿)(刘德福)");
    Finding word = assertFinding(parenthesised, "N3", NameProblem.DRAFT_WORD);
    assertEquals("送审稿", word.fix().from());
    assertEquals("送审", word.fix().to());
    assertFixedTo(parenthesised, HEAD + "全区经济工作会议3.2(送审)(刘德福)");
    assertFixedTo(check(HEAD + "全区经济工作会议2送审稿"), HEAD + "全区经济工作会议2送审");
    assertFixedTo(check(HEAD + "全区经济工作会议初稿"), HEAD + "全区经济工作会议初");
    // the boundary: the clause's own words
    assertClean(check(HEAD + "全区经济工作会议3.2(送审)(刘德福)"));
  }

  @Test
  void n3ATitleEndingInDingWithoutAVersionIsNotReadAsAStatus() {
    NameReport report = check(HEAD + "关于安居区机关事务管理的若干规定");
    assertFinding(report, "N3", NameProblem.MISSING_VERSION);
    assertClean(check(HEAD + "关于安居区机关事务管理的若干规定2定"));
  }
}
