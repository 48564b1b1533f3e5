package org.zhidu.policies.signoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.office.Office;
import org.zhidu.core.signoff.SignoffPolicy;
import org.zhidu.core.signoff.SignoffProblem;
import org.zhidu.core.signoff.TrailChecker;
import org.zhidu.core.signoff.TrailRow;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.calendar.HolidayData;
import org.zhidu.policies.office.OfficeLoader;

/**
 * D1, D2, D5, D6 and D7 through the built-in packs: each clause's own cases, a trail right step by step and the same
 * trail with the one thing wrong that each finding is about.
 */
class TrailCheckTest {

  static final WorkCalendar CALENDAR = WorkCalendar.of(HolidayData.builtIn());

  static final Office ANJU = OfficeLoader.load("office.yaml", """
      office: 安居区政府办
      sections:
        - { name: 综合股, head: 王建国 }
        - { name: 秘书股, head: 李红梅 }
        - { name: 信息股, head: 赵志刚 }
        - { name: 研究室, head: 陈晓燕 }
      people:
        - { name: 高峰, role: 办公室主任 }
        - { name: 施瑞昶, role: 县级领导 }
        - { name: 刘德福, role: 县级领导 }
        - { name: 李红梅, role: 科级干部, section: 秘书股, position: 分管文秘科级干部 }
        - { name: 王建国, role: 科级干部, section: 综合股, position: 发文审核科级干部 }
        - { name: 赵志刚, role: 科级干部, section: 信息股 }
        - { name: 陈晓燕, role: 科级干部, section: 研究室, position: 研究室主任 }
        - { name: 张伟, role: 文秘人员, section: 秘书股, reportsTo: { 联系科级干部: 赵志刚, 分管县级领导: 施瑞昶 } }
        - { name: 刘洋, role: 文秘人员, section: 秘书股 }
        - { name: 孙浩, role: 文秘人员, section: 信息股 }
      """);

  /** One signature: step, name, opinion, time, mark. */
  record Sig(String step, String name, String opinion, String time, TrailRow.Mark mark) {
    Sig(String step, String name, String opinion, String time) {
      this(step, name, opinion, time, TrailRow.Mark.NONE);
    }
  }

  /** A government document signed off right, step by step. */
  static List<Sig> government() {
    return new ArrayList<>(List.of(
        new Sig("主办单位起草签字", "李明", "", "2026-03-02 09:00"),
        new Sig("相关单位会签", "王芳", "同意", "2026-03-02 15:00"),
        new Sig("联系文秘人员初审", "张伟", "拟同意", "2026-03-03 09:30"),
        new Sig("联系科级干部复审", "赵志刚", "拟同意", "2026-03-03 14:00"),
        new Sig("分管文秘科级干部审核", "李红梅", "拟同意", "2026-03-04 10:00"),
        new Sig("办公室主任审签", "高峰", "同意", "2026-03-04 16:00"),
        new Sig("分管县级领导审签", "施瑞昶", "同意", "2026-03-05 10:00"),
        new Sig("主要领导签发", "何永明", "同意印发", "2026-03-06 09:00"),
        new Sig("最终审校", "孙浩", "已校核。此稿付印存档。", "2026-03-06 15:00")));
  }

  static TrailChecker.Report check(String pack, Office office, String type, List<Sig> sigs, String meeting) {
    SignoffPolicy policy = PackLoader.builtIn(pack).signoff();
    TrailChecker checker = new TrailChecker("t.csv", office, policy.trails(), policy.drafting(), CALENDAR);
    int line = 2;
    for (Sig s : sigs) {
      int at = line++;
      long time = s.time().isEmpty() ? TrailRow.BLANK : time(s.time());
      checker.accept(new TrailRow("文件甲", type, s.step(), s.name(), s.opinion(), time, s.mark(),
          meeting == null ? -1 : Long.parseLong(meeting.replace("-", "")), field -> new Location("t.csv", at, 1,
          field)));
    }
    return checker.finish();
  }

  /** A time as the reader gives it: a day alone has the minutes {@link TrailChecker#DAY_ONLY}. */
  static long time(String text) {
    long value = Long.parseLong(text.replace("-", "").replace(" ", "").replace(":", ""));
    return text.length() == 10 ? value * 10_000 + TrailChecker.DAY_ONLY : value;
  }

  static List<SignoffProblem> problems(TrailChecker.Report report) {
    List<SignoffProblem> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      for (SignoffProblem p : SignoffProblem.values()) {
        if (p.messageKey().equals(f.message().key())) {
          out.add(p);
        }
      }
    }
    return out;
  }

  static List<SignoffProblem> anju(String type, List<Sig> sigs) {
    return problems(check("anju-gov-office", ANJU, type, sigs, null));
  }

  @Nested
  class Chains {

    @Test
    void aGovernmentDocumentSignedOffStepByStepIsClean_D1() {
      assertEquals(List.of(), anju("政府发文", government()));
    }

    @Test
    void relatedUnitsNeedNotCountersign_D1() {
      List<Sig> sigs = government();
      sigs.remove(1);
      assertEquals(List.of(), anju("政府发文", sigs));
    }

    @Test
    void aStepLeftOutBeforeALaterOneIsSkipped_D1() {
      List<Sig> sigs = government();
      sigs.remove(3); // 联系科级干部复审
      assertEquals(List.of(SignoffProblem.SKIPPED), anju("政府发文", sigs));
    }

    @Test
    void aNormativeDocumentGoesThroughTheLegalOffice_D1() {
      assertEquals(List.of(SignoffProblem.SKIPPED), anju("政府发文、规范性文件", government()));
      List<Sig> sigs = government();
      sigs.add(2, new Sig("法制办合法性审查", "钱律", "同意", "2026-03-02 17:00"));
      assertEquals(List.of(), anju("规范性文件", sigs), "规范性文件 alone takes the 政府发文 chain");
    }

    @Test
    void aStepSignedBeforeTheStepBeforeItIsBackdated_D1() {
      List<Sig> sigs = government();
      sigs.set(5, new Sig("办公室主任审签", "高峰", "同意", "2026-03-04 09:00"));
      assertEquals(List.of(SignoffProblem.BACKDATED), anju("政府发文", sigs));
    }

    @Test
    void theSameMinuteIsNotBackdating_D1() {
      List<Sig> sigs = government();
      sigs.set(5, new Sig("办公室主任审签", "高峰", "同意", "2026-03-04 10:00"));
      assertEquals(List.of(), anju("政府发文", sigs));
    }

    @Test
    void aDayWrittenWithoutItsTimeIsLaterOnlyOnALaterDay_D1() {
      List<Sig> sigs = government();
      sigs.set(3, new Sig("联系科级干部复审", "赵志刚", "拟同意", "2026-03-03"));
      assertEquals(List.of(), anju("政府发文", sigs), "the same day as 初审 at 09:30: not before it");
      sigs.set(3, new Sig("联系科级干部复审", "赵志刚", "拟同意", "2026-03-02"));
      assertEquals(List.of(SignoffProblem.BACKDATED), anju("政府发文", sigs), "the day before 初审");
    }

    @Test
    void theDirectorAndTheLeaderSignSideBySide_D1() {
      List<Sig> sigs = government();
      sigs.set(6, new Sig("分管县级领导审签", "施瑞昶", "同意", "2026-03-04 15:00"));
      assertEquals(List.of(), anju("政府发文", sigs), "the leader before the director: neither is before the other");
    }

    @Test
    void aChainNotYetFinishedIsAWarning_D1() {
      List<Sig> sigs = government().subList(0, 6);
      assertEquals(List.of(SignoffProblem.INCOMPLETE), anju("政府发文", sigs));
    }

    @Test
    void theSignerIsTheOneTheOfficeFilePutsThere_D1() {
      List<Sig> sigs = government();
      sigs.set(3, new Sig("联系科级干部复审", "王建国", "拟同意", "2026-03-03 14:00"));
      assertEquals(List.of(SignoffProblem.WRONG_SIGNER), anju("政府发文", sigs));
    }

    @Test
    void theTwoReviewingCadresStandInForEachOther_D1() {
      List<Sig> sigs = government();
      sigs.set(4, new Sig("分管文秘科级干部审核", "王建国", "拟同意", "2026-03-04 10:00", TrailRow.Mark.PROXY));
      assertEquals(List.of(), anju("政府发文", sigs));
      sigs.set(4, new Sig("分管文秘科级干部审核", "赵志刚", "拟同意", "2026-03-04 10:00", TrailRow.Mark.PROXY));
      assertEquals(List.of(SignoffProblem.PROXY_NOT_PARTNER), anju("政府发文", sigs));
    }

    @Test
    void theDirectorsProxyIsSaidAndHisSignatureAfterwardsFlagged_D1() {
      List<Sig> sigs = government();
      sigs.set(5, new Sig("办公室主任审签", "王建国", "同意", "2026-03-04 16:00", TrailRow.Mark.PROXY));
      assertEquals(List.of(SignoffProblem.PROXY), anju("政府发文", sigs));
      sigs.set(5, new Sig("办公室主任审签", "高峰", "同意", "2026-03-09 09:00", TrailRow.Mark.AFTERWARDS));
      assertEquals(List.of(SignoffProblem.AFTERWARDS), anju("政府发文", sigs), "signed afterwards: not backdating");
    }

    @Test
    void anUnknownTypeOrStepIsSaid_D1() {
      assertEquals(List.of(SignoffProblem.UNKNOWN_TYPE), anju("通知", government()));
      List<Sig> sigs = government();
      sigs.add(new Sig("领导圈阅", "施瑞昶", "阅", "2026-03-07 09:00"));
      assertEquals(List.of(SignoffProblem.UNKNOWN_STEP), anju("政府发文", sigs));
    }

    @Test
    void topicMeetingPlansAndMinutesHaveTheirOwnChains_D7() {
      List<Sig> plan = List.of(new Sig("联系文秘人员起草初审", "张伟", "拟同意", "2026-07-06 09:00"),
          new Sig("联系科级干部审核", "赵志刚", "拟同意", "2026-07-06 14:00"),
          new Sig("副区长审签", "施瑞昶", "同意", "2026-07-07 09:00"));
      assertEquals(List.of(), anju("副区长专题会议方案", plan));
      List<Sig> minutes = List.of(new Sig("联系科级干部审核", "赵志刚", "拟同意", "2026-07-10 10:00"),
          new Sig("区长审定", "何永明", "同意", "2026-07-11 10:00"));
      assertEquals(List.of(SignoffProblem.SKIPPED, SignoffProblem.SKIPPED), anju("区长专题会议纪要", minutes),
          "both the director's and the deputy district head's signatures are missing before the head's");
    }
  }

  @Nested
  class Signatures {

    @Test
    void aBareNameOr已核IsNoOpinion_D2() {
      List<Sig> sigs = government();
      sigs.set(1, new Sig("相关单位会签", "王芳", "已核", "2026-03-02 15:00"));
      assertEquals(List.of(SignoffProblem.NOT_EXPLICIT), anju("政府发文", sigs));
      sigs.set(1, new Sig("相关单位会签", "王芳", "王芳", "2026-03-02 15:00"));
      assertEquals(List.of(SignoffProblem.NOT_EXPLICIT), anju("政府发文", sigs));
      sigs.set(1, new Sig("相关单位会签", "王芳", "不同意，请修改第三条", "2026-03-02 15:00"));
      assertEquals(List.of(), anju("政府发文", sigs), "disagreeing is explicit");
    }

    @Test
    void aSignatureHasANameAndATime_D2() {
      List<Sig> sigs = government();
      sigs.set(1, new Sig("相关单位会签", "", "同意", ""));
      assertEquals(List.of(SignoffProblem.NO_NAME, SignoffProblem.NO_TIME), anju("政府发文", sigs));
    }

    @Test
    void agreementInTheOfficesReviewIs拟同意_D2() {
      List<Sig> sigs = government();
      sigs.set(3, new Sig("联系科级干部复审", "赵志刚", "同意", "2026-03-03 14:00"));
      assertEquals(List.of(SignoffProblem.REVIEW_WORDING), anju("政府发文", sigs));
      sigs.set(5, new Sig("办公室主任审签", "高峰", "拟同意", "2026-03-04 16:00"));
      sigs.set(3, government().get(3));
      assertEquals(List.of(), anju("政府发文", sigs), "拟同意 outside the review is still agreement");
      sigs.set(3, new Sig("联系科级干部复审", "赵志刚", "未同意，请补充依据", "2026-03-03 14:00"));
      assertEquals(List.of(), anju("政府发文", sigs), "a review that refuses says so in its own words");
    }

    @Test
    void theProofReaderWritesTheWordsAndIsOfAnotherSection_D2() {
      List<Sig> sigs = government();
      sigs.set(8, new Sig("最终审校", "孙浩", "已校核", "2026-03-06 15:00"));
      assertEquals(List.of(SignoffProblem.PROOF_WORDS), anju("政府发文", sigs));
      sigs.set(8, new Sig("最终审校", "孙浩", "已校核。 此稿付印存档。", "2026-03-06 15:00"));
      assertEquals(List.of(), anju("政府发文", sigs), "a space between the sentences is the same words");
      sigs.set(8, new Sig("最终审校", "刘洋", "已校核。此稿付印存档。", "2026-03-06 15:00"));
      assertEquals(List.of(SignoffProblem.PROOF_SECTION), anju("政府发文", sigs));
      sigs.set(8, new Sig("最终审校", "张伟", "已校核。此稿付印存档。", "2026-03-06 15:00"));
      assertEquals(List.of(SignoffProblem.PROOF_SECTION), anju("政府发文", sigs), "the handling clerk himself");
    }

    @Test
    void aDocumentToTheCityIsProofReadASecondTimeByTheResearchDirector_D2() {
      assertEquals(List.of(SignoffProblem.INCOMPLETE), anju("报市政府", government()));
      List<Sig> sigs = government();
      sigs.add(new Sig("研究室主任二次校对", "陈晓燕", "", "2026-03-06 17:00"));
      assertEquals(List.of(), anju("报市政府", sigs));
      sigs.set(9, new Sig("研究室主任二次校对", "孙浩", "", "2026-03-06 17:00"));
      assertEquals(List.of(SignoffProblem.WRONG_SIGNER), anju("报市政府", sigs));
    }
  }

  @Nested
  class Authority {

    final Office wujiang = OfficeLoader.load("office.yaml", """
        office: 吴江区政协
        sections: [{ name: 办公室 }]
        people:
          - { name: 徐建平, position: 主席 }
          - { name: 沈国华, position: 副主席 }
          - { name: 周振, position: 秘书长 }
          - { name: 吴芳, position: 办公室主任, section: 办公室 }
          - { name: 王晓, position: 科室工作人员, section: 办公室 }
        """);

    List<SignoffProblem> wujiang(String type, String signer, TrailRow.Mark mark) {
      return problems(check("wujiang-cppcc", wujiang, type, List.of(new Sig("拟文", "王晓", "", "2026-03-02 09:00"),
          new Sig("审签", signer, "同意", "2026-03-02 15:00", mark)), null));
    }

    @Test
    void theCommitteesDocumentsAreSignedByTheChairOrWhomHeAuthorises_D6() {
      assertEquals(List.of(), wujiang("委员会发文", "徐建平", TrailRow.Mark.NONE));
      assertEquals(List.of(), wujiang("党组发文", "沈国华", TrailRow.Mark.DELEGATED));
      assertEquals(List.of(), wujiang("委员会发文", "周振", TrailRow.Mark.DELEGATED));
      assertEquals(List.of(SignoffProblem.NOT_DELEGATED), wujiang("委员会发文", "周振", TrailRow.Mark.NONE));
      assertEquals(List.of(SignoffProblem.WRONG_SIGNER), wujiang("委员会发文", "吴芳", TrailRow.Mark.DELEGATED));
    }

    @Test
    void theOfficesDocumentsBySecretaryGeneralOrDirector_D6() {
      assertEquals(List.of(), wujiang("办公室发文", "周振", TrailRow.Mark.NONE));
      assertEquals(List.of(), wujiang("专委会上报", "吴芳", TrailRow.Mark.NONE));
      assertEquals(List.of(SignoffProblem.WRONG_SIGNER), wujiang("办公室发文", "徐建平", TrailRow.Mark.NONE));
    }
  }

  @Nested
  class Drafts {

    final Office party = OfficeLoader.load("office.yaml", """
        office: XX办公室
        sections: [{ name: 综合室 }]
        people:
          - { name: 钱坤, position: XX办公室主任 }
          - { name: 孙岩, position: 副主任 }
          - { name: 蒋涛, position: 工作人员, section: 综合室 }
        """);

    List<SignoffProblem> speech(String type, String arrived, String meeting) {
      return problems(check("party-office", party, type, List.of(new Sig("部门送稿", "综合室", "", arrived),
          new Sig("承办人员修改", "蒋涛", "已修改", "2026-09-11 15:00"),
          new Sig("副主任修改", "孙岩", "同意", "2026-09-14 09:30"),
          new Sig("主任审核", "钱坤", "同意", "2026-09-14 16:00")), meeting));
    }

    @Test
    void aDraftArrivesThreeDaysAheadTheThirdDayItselfInTime_D5() {
      assertEquals(List.of(), speech("讲话稿", "2026-09-11 09:00", "2026-09-14"), "exactly 3 days ahead");
      assertEquals(List.of(SignoffProblem.DRAFT_LATE), speech("讲话稿", "2026-09-11 09:00", "2026-09-13"));
      assertEquals(List.of(SignoffProblem.DRAFT_LATE), speech("重要讲话稿", "2026-09-11 09:00", "2026-09-15"),
          "an important speech: 5 days");
      assertEquals(List.of(), speech("重要讲话稿", "2026-09-11 09:00", "2026-09-16"));
    }

    @Test
    void eachReviewerKeepsToTheirHalfWorkingDays_D5() {
      // the clerk is done Friday afternoon: the deputy has half a working day, to Monday morning
      assertEquals(List.of(), speech("讲话稿", "2026-09-11 09:00", "2026-09-15"));
      List<SignoffProblem> late = problems(check("party-office", party, "讲话稿", List.of(
          new Sig("部门送稿", "综合室", "", "2026-09-11 09:00"),
          new Sig("承办人员修改", "蒋涛", "已修改", "2026-09-11 15:00"),
          new Sig("副主任修改", "孙岩", "同意", "2026-09-14 14:00"),
          new Sig("主任审核", "钱坤", "同意", "2026-09-15 16:00")), "2026-09-18"));
      assertEquals(List.of(SignoffProblem.REVIEWER_LATE), late, "Monday afternoon is past Monday morning");
    }

    @Test
    void aMeetingInAYearNotAnnouncedLeavesItsDraftUntimedAndTheRestChecked_D5() {
      assertEquals(List.of(SignoffProblem.YEAR_UNKNOWN), problems(check("party-office", party, "讲话稿", List.of(
          new Sig("部门送稿", "综合室", "", "2030-09-11 09:00"), new Sig("主任审核", "高建", "同意", "2030-09-12 09:00")),
          "2030-09-16")).subList(0, 1));
    }

    @Test
    void aDraftWithoutItsMeetingIsNotTimed_D5() {
      assertEquals(List.of(SignoffProblem.NO_MEETING), speech("讲话稿", "2026-09-11 09:00", null));
    }
  }
}
