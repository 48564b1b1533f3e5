package org.zhidu.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.zhidu.core.naming.NameAssertions.assertClean;
import static org.zhidu.core.naming.NameAssertions.assertFinding;
import static org.zhidu.core.naming.NameAssertions.assertValid;
import static org.zhidu.core.naming.Policies.check;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
}
