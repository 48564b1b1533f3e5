package org.zhidu.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhidu.core.scoring.Scores.event;
import static org.zhidu.core.scoring.Scores.standing;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Severity;

class ScorerTest {

  private static final Period YEAR = new Period.Year(2026);
  private static final Period Q3 = new Period.Quarter(2026, 3);

  private static ScoreReport score(Period period, ScoreEvent... events) {
    return Scorer.score(Scores.office(), Scores.ANJU, List.of(events), period);
  }

  @Test
  void i1EveryoneStartsAt100AndCountyLeadersAreNotScored() {
    ScoreReport r = score(YEAR);
    assertEquals(6, r.people().size());
    assertTrue(r.people().stream().allMatch(s -> s.total() == 100 && s.rank() == 1));
    assertTrue(r.sections().stream().allMatch(s -> s.total() == 100));
    ScoreReport leader = score(YEAR, event("2026-03-02", "赵县长", "迟到"));
    assertEquals(List.of("score.not_staff"), keys(leader, Severity.ERROR));
  }

  @Test
  void i2AndI3EachItemWithItsPointsFromTheClause() {
    Object[][] clause = {
      {"公文办理失误", -1}, {"材料写作失误", -1}, {"未完成年度调研任务", -5}, {"会务办理失误", -2}, {"具体事务办理失误", -2},
      {"区政府领导公开批评", -2}, {"办公室领导公开批评", -1}, {"迟到", -1}, {"早退", -1}, {"无故缺勤半天", -2},
      {"无故缺勤一天", -3}, {"未严格执行驻勤制度", -2}, {"值班无故离岗", -3}, {"未及时处理突发事件信息", -3},
      {"无故关机或无法联系", -1}, {"集体活动无故缺席", -1}, {"交办事项逾期", -2}, {"省级表彰", 5}, {"市级表彰", 3},
      {"区级活动表彰", 2}, {"主要领导表扬", 3}
    };
    for (Object[] c : clause) {
      ScoreReport r = score(YEAR, event("2026-03-02", "张三", (String) c[0], 2, "综合股", null, false));
      assertEquals(100 + 2 * (int) c[1], standing(r.people(), "张三").total(), (String) c[0]);
    }
  }

  @Test
  void i4APersonsPointsCountForTheSectionTheyBelongedToThatDay() {
    ScoreReport r = score(YEAR, event("2026-06-30", "王五", "迟到"), event("2026-07-01", "王五", "早退"),
        event("2026-08-01", "王五", "市级表彰"));
    assertEquals(101, standing(r.people(), "王五").total());
    assertEquals(99, standing(r.sections(), "研究室").total(), "the day before the move");
    assertEquals(102, standing(r.sections(), "综合股").total(), "the day of the move and after");
    assertEquals("综合股", standing(r.people(), "王五").section());
  }

  @Test
  void i5EvidenceOnThe28thIsInTimeOnThe29thLate() {
    ScoreReport onTime = score(Q3, event("2026-09-10", "张三", "公文办理失误", 1, "综合股", "2026-09-28", false));
    assertEquals(List.of(), keys(onTime, Severity.WARNING));
    ScoreReport late = score(Q3, event("2026-09-10", "张三", "公文办理失误", 1, "综合股", "2026-09-29", false));
    assertEquals(List.of("score.late_evidence"), keys(late, Severity.WARNING));
    assertEquals(99, standing(late.people(), "张三").total(), "late evidence is reported, still counted");
  }

  @Test
  void i5WithTheExclusiveReadingThe28thItselfIsLate_X_BOUND() {
    ScoringPolicy exclusive = Scores.policy(3, 5, 8, 2,
        new org.zhidu.core.rule.Threshold(28, org.zhidu.core.rule.Bound.EXCLUSIVE));
    ScoreEvent on27 = event("2026-09-10", "张三", "公文办理失误", 1, "综合股", "2026-09-27", false);
    ScoreEvent on28 = event("2026-09-10", "张三", "公文办理失误", 1, "综合股", "2026-09-28", false);
    assertEquals(List.of(), keys(Scorer.score(Scores.office(), exclusive, List.of(on27), Q3), Severity.WARNING));
    assertEquals(List.of("score.late_evidence"),
        keys(Scorer.score(Scores.office(), exclusive, List.of(on28), Q3), Severity.WARNING));
  }

  @Test
  void i2EvidenceFromAnotherSectionIsAWarning() {
    ScoreReport r = score(new Period.Quarter(2026, 1), event("2026-03-02", "张三", "材料写作失误", 1, "信息股", null, false),
        event("2026-03-03", "张三", "材料写作失误", 1, "研究室", null, false));
    assertEquals(List.of("score.wrong_evidence"), keys(r, Severity.WARNING));
  }

  @Test
  void i2SeriousCasesAreListedApart() {
    ScoreReport r = score(YEAR, event("2026-08-14", "李四", "值班无故离岗", 1, null, null, true));
    assertEquals(1, r.serious().size());
    assertEquals(97, standing(r.people(), "李四").total());
  }

  @Test
  void badRowsAreFindingsNotSilentDrops() {
    ScoreReport r = score(new Period.Quarter(2026, 3),
        event("2026-08-01", "张为", "迟到"),
        event("2026-08-01", "张三", "迟到早退"),
        event("2025-12-30", "张三", "迟到"),
        event("2026-02-01", "张三", "迟到"),
        event("2026-08-02", "李四", "迟到"),
        event("2026-08-02", "李四", "迟到"));
    assertEquals(List.of("score.unknown_subject", "score.unknown_item"), keys(r, Severity.ERROR));
    assertEquals(List.of("score.outside_year", "score.duplicate"), keys(r, Severity.WARNING));
    assertEquals(List.of("score.other_quarters"), keys(r, Severity.INFO));
    assertEquals(98, standing(r.people(), "李四").total());
  }

  @Test
  void tiesShareARank() {
    ScoreReport r = score(YEAR, event("2026-03-02", "张三", "迟到"), event("2026-03-02", "李四", "迟到"),
        event("2026-03-02", "王五", "早退"), event("2026-03-03", "王五", "早退"));
    assertEquals(List.of(1, 1, 1, 4, 4, 6), r.people().stream().map(Standing::rank).toList());
  }

  @Test
  void i6TopAndBottomWithTiesAtTheCutLeftToTheOffice() {
    // Sections 108, 102, 102: two commended means 秘书股 and one of two tied; the bottom one is a tie as well.
    ScoringPolicy policy = Scores.policy(2, 2, 2, 1, Scores.ANJU.deadline());
    ScoreReport r = Scorer.score(Scores.office(), policy, List.of(
        event("2026-05-01", "秘书股", "市级表彰"),
        event("2026-05-01", "综合股", "迟到"),
        event("2026-05-01", "研究室", "迟到"),
        event("2026-05-01", "李科长", "省级表彰"),
        event("2026-05-01", "王科长", "市级表彰"),
        event("2026-05-01", "陈科长", "市级表彰")), YEAR);
    Commendation c = r.commended();
    assertEquals(List.of("秘书股"), c.sections());
    assertEquals(List.of("综合股", "研究室"), c.tiedSections());
    assertEquals(List.of("综合股", "研究室"), c.tiedBottom());
    assertEquals(List.of(), c.excludedHeads(), "a tie at the bottom cut is for the office to decide");
    assertEquals(List.of("李科长"), c.people());
    assertEquals(List.of("王科长", "陈科长"), c.tiedPeople());
    assertEquals(List.of("score.tie_sections", "score.tie_people", "score.tie_bottom"), keys(r, Severity.WARNING));
  }

  @Test
  void i6HeadsOfTheBottomSectionsArePassedOver() {
    ScoringPolicy policy = Scores.policy(1, 1, 1, 1, Scores.ANJU.deadline());
    ScoreReport r = Scorer.score(Scores.office(), policy, List.of(
        event("2026-05-01", "王科长", "省级表彰"),
        event("2026-05-02", "张三", "无故缺勤一天"),
        event("2026-05-02", "张三", "无故缺勤一天"),
        event("2026-05-03", "李四", "市级表彰")), YEAR);
    assertEquals(List.of("王科长"), r.commended().excludedHeads());
    assertEquals(List.of("李四"), r.commended().people(), "王科长 has the most points but heads the last section");
  }

  @Test
  void aQuarterReportsOnlyItsOwnEventsAndTheYearsQuartersAddUp() {
    ScoreEvent[] events = {event("2026-02-01", "张三", "迟到"), event("2026-08-01", "张三", "早退"),
      event("2026-11-01", "张三", "市级表彰")};
    ScoreReport q3 = score(new Period.Quarter(2026, 3), events);
    assertEquals(99, standing(q3.people(), "张三").total());
    assertEquals(List.of(-1), standing(q3.people(), "张三").quarters());
    ScoreReport year = score(YEAR, events);
    assertEquals(List.of(-1, 0, -1, 3), standing(year.people(), "张三").quarters());
    assertEquals(101, standing(year.people(), "张三").total());
  }

  private static List<String> keys(ScoreReport r, Severity severity) {
    return r.findings().stream().filter(f -> f.severity() == severity).map(Finding::message)
        .map(m -> m.key()).toList();
  }
}
