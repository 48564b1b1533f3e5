package org.zhidu.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
      int times = c[0].equals("未完成年度调研任务") ? 1 : 2;
      assertEquals(100 + times * (int) c[1], standing(r.people(), "张三").total(), (String) c[0]);
    }
  }

  /** Regression: 次数 2147483647 on a deduction wrapped around into a bonus (110, ranked first, commended). */
  @Test
  void i1ACountAboveTheBoundIsAnErrorNeverAWrapAround() {
    ScoreReport atBound = score(YEAR, event("2026-03-02", "张三", "迟到", 100, "综合股", null, false));
    assertEquals(0, standing(atBound.people(), "张三").total());
    assertEquals(List.of(), keys(atBound, Severity.ERROR));
    for (int count : new int[] {101, Integer.MAX_VALUE}) {
      ScoreReport huge = score(YEAR, event("2026-03-02", "张三", "迟到", count, "综合股", null, false));
      assertEquals(100, standing(huge.people(), "张三").total(), "the row does not count: " + count);
      assertEquals(List.of("score.count_too_large"), keys(huge, Severity.ERROR));
    }
  }

  /**
   * Regression: an item of -2000000000 points counted twice ended in an internal ArithmeticException. Points are
   * bounded (±100); and whatever a pack's base and counts, a row that would take a total past an int is an error at
   * its 次数, the row not counted, never an exception.
   */
  @Test
  void i1PointsAreBoundedAndATotalBeyondAnIntIsAnErrorNeverAnException() {
    for (int points : new int[] {-2_000_000_000, -101, 101, Integer.MIN_VALUE}) {
      org.zhidu.core.finding.InvalidValue e = org.junit.jupiter.api.Assertions.assertThrows(
          org.zhidu.core.finding.InvalidValue.class, () -> Scores.item("迟到", points, "I2"));
      assertEquals("pack.item_points_range", e.problem().key());
    }
    Scores.item("迟到", -100, "I2");
    Scores.item("省级表彰", 100, "I3");

    ScoringPolicy wide = new ScoringPolicy(Integer.MAX_VALUE - 150, List.of(Scores.item("迟到", -100, "I2"),
        Scores.item("省级表彰", 100, "I3")), 3, new ScoringPolicy.Range(5, 8), 2, Scores.ANJU.deadline(), List.of(),
        List.of(), null, Scores.ANJU.taskWorkdays(), new org.zhidu.core.rule.Threshold(Integer.MAX_VALUE,
            org.zhidu.core.rule.Bound.INCLUSIVE));
    ScoreReport report = Scorer.score(Scores.office(), wide, List.of(
        event("2026-03-02", "张三", "迟到", Integer.MAX_VALUE, null, null, false), // -214748364700: no int
        event("2026-03-03", "张三", "省级表彰", 1, null, null, false), // base + 100: still an int
        event("2026-03-04", "张三", "省级表彰", 1, null, null, false), // base + 200: not
        event("2026-03-05", "张三", "迟到", 30_000_000, null, null, false), // -3,000,000,000 alone: not
        event("2026-03-06", "张三", "迟到", 20_000_000, null, null, false)), YEAR); // -2,000,000,000: counts
    assertEquals(List.of("score.points_out_of_range", "score.points_out_of_range", "score.points_out_of_range"),
        keys(report, Severity.ERROR));
    assertEquals(Integer.MAX_VALUE - 150 + 100 - 2_000_000_000, standing(report.people(), "张三").total());
    // the section 张三 belongs to adds up the same rows
    assertEquals(Integer.MAX_VALUE - 150 + 100 - 2_000_000_000, standing(report.sections(), "综合股").total());
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

  @Test
  void i5EventOnThe30thIsDueWithTheNextQuarter() {
    // the deadline day itself keeps the quarter's deadline: an event on 28 March is due that same day
    assertEquals(java.time.LocalDate.of(2026, 3, 28),
        Scorer.deadline(java.time.LocalDate.of(2026, 3, 28), Scores.ANJU));
    // 29–31 March cannot be reported by the 28th before they happened: due with Q2's evidence, by 28 June
    for (int day = 29; day <= 31; day++) {
      assertEquals(java.time.LocalDate.of(2026, 6, 28),
          Scorer.deadline(java.time.LocalDate.of(2026, 3, day), Scores.ANJU), "March " + day);
    }
    assertEquals(java.time.LocalDate.of(2027, 3, 28),
        Scorer.deadline(java.time.LocalDate.of(2026, 12, 30), Scores.ANJU), "December: the next year's March");
    Period q1 = new Period.Quarter(2026, 1);
    ScoreReport onTime = score(q1, event("2026-03-30", "张三", "迟到", 1, null, "2026-06-28", false));
    assertEquals(List.of(), keys(onTime, Severity.WARNING));
    assertEquals(99, standing(onTime.people(), "张三").total(), "it still counts in the quarter it happened");
    ScoreReport late = score(q1, event("2026-03-30", "张三", "迟到", 1, null, "2026-06-29", false));
    assertEquals(List.of("score.late_evidence"), keys(late, Severity.WARNING));
  }

  @Test
  void i5EvidenceDatedBeforeItsEventIsAnError() {
    Period q1 = new Period.Quarter(2026, 1);
    assertEquals(List.of("score.evidence_before_event"),
        keys(score(q1, event("2026-03-30", "张三", "迟到", 1, null, "2026-03-28", false)), Severity.ERROR));
    assertEquals(List.of("score.evidence_before_event"),
        keys(score(q1, event("2026-03-10", "张三", "迟到", 1, null, "2026-03-09", false)), Severity.ERROR));
    assertEquals(List.of(), keys(score(q1, event("2026-03-10", "张三", "迟到", 1, null, "2026-03-10", false)),
        Severity.ERROR), "the same day is not before");
  }

  @Test
  void i5ABlankSubmissionDateIsReportedNotPassed() {
    ScoreReport r = score(new Period.Quarter(2026, 1), Scores.row("2026-03-10", "张三", "迟到", null, null, null));
    assertEquals(List.of("score.no_submitted"), keys(r, Severity.WARNING));
    assertEquals(99, standing(r.people(), "张三").total());
  }

  @Test
  void i2SeriousOnlyOnTheItemsTheClauseAttachesItTo() {
    // 三(三): "值班无故离岗一次扣3分,未按要求及时处理突发事件信息的一次扣3分,情节严重造成较大影响的,按相关规定另行处理"
    ScoreReport r = score(YEAR, event("2026-08-14", "李四", "值班无故离岗", 1, null, null, true),
        event("2026-08-15", "李四", "未及时处理突发事件信息", 1, null, null, true),
        event("2026-08-16", "李四", "迟到", 1, null, null, true));
    assertEquals(List.of("score.serious_not_allowed"), keys(r, Severity.ERROR));
    assertEquals(2, r.serious().size(), "迟到 is not listed apart");
    assertEquals(100 - 3 - 3 - 1, standing(r.people(), "李四").total(), "the 迟到 still counts");
  }

  @Test
  void i2YearlyResearchTaskIsScoredOnceAYear() {
    ScoreReport once = score(YEAR, event("2026-12-20", "王五", "未完成年度调研任务", 1, "研究室", null, false));
    assertEquals(List.of(), keys(once, Severity.ERROR));
    assertEquals(95, standing(once.people(), "王五").total());
    ScoreReport twice = score(YEAR, event("2026-12-20", "王五", "未完成年度调研任务", 2, "研究室", null, false));
    assertEquals(List.of("score.once_a_year"), keys(twice, Severity.ERROR));
    assertEquals(95, standing(twice.people(), "王五").total(), "counted once");
    ScoreEvent[] rows = {event("2026-09-20", "王五", "未完成年度调研任务", 1, "研究室", null, false),
      event("2026-03-20", "王五", "未完成年度调研任务", 1, "研究室", null, false),
      event("2026-03-20", "张三", "未完成年度调研任务", 1, "研究室", null, false)};
    ScoreReport year = score(YEAR, rows);
    assertEquals(List.of("score.once_a_year"), keys(year, Severity.ERROR), "the later row is the second");
    assertEquals(95, standing(year.people(), "王五").total());
    assertEquals(95, standing(year.people(), "张三").total(), "another person has their own year");
    assertEquals(List.of(), keys(score(new Period.Quarter(2026, 1), rows), Severity.ERROR));
    assertEquals(List.of("score.once_a_year"), keys(score(Q3, rows), Severity.ERROR));
    assertEquals(100, standing(score(Q3, rows).people(), "王五").total());
  }

  @Test
  void i2LeaderTaskNotFinishedWithinTwoWorkingDays_X_WORKDAY() {
    // 2026 国庆节: 1–7 October off (the weekend of 3–4 inside), 10 October (a Saturday) a make-up working day
    java.util.List<org.zhidu.core.calendar.DayMark> marks = new java.util.ArrayList<>();
    for (int d = 1; d <= 7; d++) {
      marks.add(new org.zhidu.core.calendar.DayMark(java.time.LocalDate.of(2026, 10, d),
          org.zhidu.core.calendar.DayType.HOLIDAY, "国庆节"));
    }
    marks.add(new org.zhidu.core.calendar.DayMark(java.time.LocalDate.of(2026, 10, 10),
        org.zhidu.core.calendar.DayType.MAKEUP_WORKDAY, "国庆节"));
    org.zhidu.core.calendar.WorkCalendar calendar = org.zhidu.core.calendar.WorkCalendar.of(
        List.of(new org.zhidu.core.calendar.YearSchedule(2026, "test", marks)));
    Period q4 = new Period.Quarter(2026, 4);
    // assigned Wednesday 30 September: 8 October is the 1st working day, 9 October the 2nd, 10 October the 3rd
    ScoreReport second = Scorer.score(Scores.office(), Scores.ANJU, List.of(
        Scores.row("2026-10-12", "张三", "交办事项逾期", "2026-10-12", "2026-09-30", "2026-10-09")), q4, calendar);
    assertEquals(List.of("score.task_in_time"), keys(second, Severity.ERROR));
    assertEquals(100, standing(second.people(), "张三").total(), "finished on the 2nd working day: in time");
    ScoreReport third = Scorer.score(Scores.office(), Scores.ANJU, List.of(
        Scores.row("2026-10-12", "张三", "交办事项逾期", "2026-10-12", "2026-09-30", "2026-10-10")), q4, calendar);
    assertEquals(List.of(), keys(third, Severity.ERROR));
    assertEquals(98, standing(third.people(), "张三").total(), "the 3rd working day (调休上班) is late");
    // a plain weekend: assigned Thursday 10 September; Friday 11 is the 1st, Monday 14 the 2nd, Tuesday 15 the 3rd
    ScoreReport monday = Scorer.score(Scores.office(), Scores.ANJU, List.of(
        Scores.row("2026-09-16", "张三", "交办事项逾期", "2026-09-16", "2026-09-10", "2026-09-14")), Q3, calendar);
    assertEquals(List.of("score.task_in_time"), keys(monday, Severity.ERROR));
    ScoreReport tuesday = Scorer.score(Scores.office(), Scores.ANJU, List.of(
        Scores.row("2026-09-16", "张三", "交办事项逾期", "2026-09-16", "2026-09-10", "2026-09-15")), Q3, calendar);
    assertEquals(98, standing(tuesday.people(), "张三").total());
    // the exclusive reading: the 2nd working day itself is late
    ScoringPolicy exclusive = new ScoringPolicy(100, Scores.ANJU.items(), 3, new ScoringPolicy.Range(5, 8), 2,
        Scores.ANJU.deadline(), Scores.ANJU.seriousItems(), Scores.ANJU.onceAYear(), "交办事项逾期",
        new org.zhidu.core.rule.Threshold(2, org.zhidu.core.rule.Bound.EXCLUSIVE), Scores.ANJU.maxCount());
    ScoreReport strict = Scorer.score(Scores.office(), exclusive, List.of(
        Scores.row("2026-09-16", "张三", "交办事项逾期", "2026-09-16", "2026-09-10", "2026-09-14")), Q3, calendar);
    assertEquals(98, standing(strict.people(), "张三").total());
    // dates that do not fit, or a row without them
    ScoreReport backwards = Scorer.score(Scores.office(), Scores.ANJU, List.of(
        Scores.row("2026-09-16", "张三", "交办事项逾期", "2026-09-16", "2026-09-14", "2026-09-10")), Q3, calendar);
    assertEquals(List.of("score.task_finished_before_assigned"), keys(backwards, Severity.ERROR));
    ScoreReport half = Scorer.score(Scores.office(), Scores.ANJU, List.of(
        Scores.row("2026-09-16", "张三", "交办事项逾期", "2026-09-16", "2026-09-10", null)), Q3, calendar);
    assertEquals(List.of("score.task_dates_incomplete"), keys(half, Severity.WARNING));
    assertEquals(98, standing(half.people(), "张三").total(), "taken as the register judged it");
    ScoreReport unjudged = Scorer.score(Scores.office(), Scores.ANJU, List.of(
        Scores.row("2026-09-16", "张三", "交办事项逾期", "2026-09-16", null, null)), Q3, calendar);
    assertEquals(List.of(), keys(unjudged, Severity.WARNING));
    assertEquals(98, standing(unjudged.people(), "张三").total());
  }

  @Test
  void i1AFindingBelongsToThePeriodOfItsRow() {
    ScoreEvent[] rows = {event("2026-11-02", "张三", "迟到早退"), event("2026-11-03", "赵县长", "迟到"),
      event("2026-02-02", "张三", "迟到")};
    ScoreReport q1 = score(new Period.Quarter(2026, 1), rows);
    assertEquals(List.of(), keys(q1, Severity.ERROR), "Q4's errors do not fail a Q1 report");
    assertTrue(!q1.hasErrors());
    ScoreReport q4 = score(new Period.Quarter(2026, 4), rows);
    assertEquals(List.of("score.unknown_item", "score.not_staff"), keys(q4, Severity.ERROR));
    assertEquals(List.of("score.unknown_item", "score.not_staff"), keys(score(YEAR, rows), Severity.ERROR));
    ScoreReport other = score(new Period.Quarter(2026, 1), event("2025-11-02", "张三", "迟到"));
    assertEquals(List.of("score.outside_year"), keys(other, Severity.WARNING), "a row of another year: everywhere");
  }

  @Test
  void i6ATieAtTheCutIsCommendedWholeWithinTheRange() {
    // 5-8名: 4 ahead and 4 tied at the 5th place make 8, all commended; 4 ahead and 5 tied would make 9
    ScoreReport eight = Scorer.score(crowd(13), Scores.ANJU, crowdEvents(4, 4), YEAR);
    assertEquals(List.of("甲1", "甲2", "甲3", "甲4", "乙1", "乙2", "乙3", "乙4"), eight.commended().people());
    assertEquals(List.of(), eight.commended().tiedPeople());
    assertEquals(List.of("score.tie_people_commended"), keys(eight, Severity.INFO));
    ScoreReport nine = Scorer.score(crowd(13), Scores.ANJU, crowdEvents(4, 5), YEAR);
    assertEquals(List.of("甲1", "甲2", "甲3", "甲4"), nine.commended().people(), "stops above the tie");
    assertEquals(List.of("乙1", "乙2", "乙3", "乙4", "乙5"), nine.commended().tiedPeople());
    assertTrue(keys(nine, Severity.WARNING).contains("score.tie_people"));
    assertTrue(!keys(eight, Severity.WARNING).contains("score.tie_people"));
    ScoreReport noTie = Scorer.score(crowd(13), Scores.ANJU, crowdEvents(5, 1), YEAR);
    assertEquals(5, noTie.commended().people().size(), "without a tie, 5");
  }

  @Test
  void i6TheHeadsPlacePassesOnOnlyWhenTheyWouldHaveBeenCommended() {
    ScoringPolicy policy = Scores.policy(1, 1, 1, 1, Scores.ANJU.deadline());
    ScoreReport low = Scorer.score(Scores.office(), policy, List.of(
        event("2026-05-02", "王科长", "无故缺勤一天"),
        event("2026-05-03", "李四", "市级表彰")), YEAR);
    assertEquals(List.of("王科长"), low.commended().excludedHeads());
    assertEquals(List.of(), keys(low, Severity.INFO), "王科长 would not have been commended: nothing passes on");
    ScoreReport high = Scorer.score(Scores.office(), policy, List.of(
        event("2026-05-01", "王科长", "省级表彰"),
        event("2026-05-02", "张三", "无故缺勤一天"),
        event("2026-05-02", "张三", "无故缺勤一天"),
        event("2026-05-03", "李四", "市级表彰")), YEAR);
    assertEquals(List.of("score.head_passed_over"), keys(high, Severity.INFO));
  }

  /** An office of one section with people 甲1…, 乙1…, 丙1… (n in all, each group as many as the events name). */
  private static org.zhidu.core.office.Office crowd(int n) {
    List<org.zhidu.core.office.Person> people = new java.util.ArrayList<>();
    java.time.LocalDate jan1 = java.time.LocalDate.of(2026, 1, 1);
    for (String group : List.of("甲", "乙", "丙")) {
      for (int i = 1; i <= n; i++) {
        people.add(new org.zhidu.core.office.Person(group + i, org.zhidu.core.office.Role.CLERK,
            List.of(new org.zhidu.core.office.Posting("综合股", jan1)), null, List.of()));
      }
    }
    return new org.zhidu.core.office.Office("办", List.of(new org.zhidu.core.office.Section("综合股", null),
        new org.zhidu.core.office.Section("秘书股", null), new org.zhidu.core.office.Section("研究室", null),
        new org.zhidu.core.office.Section("信息股", null)), people);
  }

  /** 甲1… ahead (+5 each), 乙1… tied behind them (+3), everyone else at 100. */
  private static List<ScoreEvent> crowdEvents(int ahead, int tied) {
    List<ScoreEvent> events = new java.util.ArrayList<>();
    for (int i = 1; i <= ahead; i++) {
      events.add(event("2026-05-01", "甲" + i, "省级表彰"));
    }
    for (int i = 1; i <= tied; i++) {
      events.add(event("2026-05-01", "乙" + i, "市级表彰"));
    }
    return events;
  }

  private static List<String> keys(ScoreReport r, Severity severity) {
    return r.findings().stream().filter(f -> f.severity() == severity).map(Finding::message)
        .map(m -> m.key()).toList();
  }
}
