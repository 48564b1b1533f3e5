package org.zhidu.policies.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.zhidu.core.calendar.HalfDay;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.leave.LeaveChecker;
import org.zhidu.core.leave.LeaveMode;
import org.zhidu.core.leave.LeavePolicy;
import org.zhidu.core.leave.LeaveProblem;
import org.zhidu.core.leave.LeaveRequest;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Posting;
import org.zhidu.core.office.Role;
import org.zhidu.core.office.Section;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.calendar.HolidayData;

/**
 * L1–L3 through the built-in packs: each clause's own cases, and every bound at its value (exactly half a day ahead,
 * exactly 1 day, exactly 3 and 15 days, exactly a week), on the State Council calendar.
 */
class LeaveCheckTest {

  static final WorkCalendar CALENDAR = WorkCalendar.of(HolidayData.builtIn());
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  /** Builds requests with everything right by default; each test changes what it is about. */
  static final class Ask {
    String person;
    String kind = "事假";
    HalfDay start;
    HalfDay end;
    LocalDateTime applied;
    List<String> approvers;
    LocalDateTime approved;
    LeaveMode mode = LeaveMode.WRITTEN;
    LocalDateTime completed;
    String certificate = "";
    String cover = "";
    LocalDateTime returned;
    int line = 2;

    Ask(String person, String from, String to, String... approvers) {
      this.person = person;
      this.start = HalfDay.morning(LocalDate.parse(from));
      this.end = HalfDay.afternoon(LocalDate.parse(to));
      this.approvers = List.of(approvers);
      this.approved = start.date().minusDays(3).atTime(10, 0);
      this.applied = approved.minusHours(1);
    }

    LeaveRequest request() {
      int at = line;
      return new LeaveRequest(person, kind, start, end, applied, approvers, approved, mode, completed, certificate,
          cover, returned, null, field -> new Location("leave.csv", at, 1, field));
    }
  }

  static List<LeaveProblem> problems(String pack, Office office, Ask... asks) {
    return problems(check(pack, office, asks));
  }

  static LeaveChecker.Report check(String pack, Office office, Ask... asks) {
    LeaveChecker checker = new LeaveChecker(office, CALENDAR, PackLoader.builtIn(pack).leave(), AS_OF, null);
    for (Ask a : asks) {
      checker.accept(a.request());
    }
    return checker.finish();
  }

  static LeaveChecker.Report check(LeavePolicy policy, WorkCalendar calendar, LocalDate asOf, Integer year, Office office,
      Ask... asks) {
    LeaveChecker checker = new LeaveChecker(office, calendar, policy, asOf, year);
    for (Ask a : asks) {
      checker.accept(a.request());
    }
    return checker.finish();
  }

  static List<LeaveProblem> problems(LeaveChecker.Report report) {
    List<LeaveProblem> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      for (LeaveProblem p : LeaveProblem.values()) {
        if (p.messageKey().equals(f.message().key())) {
          out.add(p);
        }
      }
    }
    return out;
  }

  static Person person(String name, Role role, String section, String position, Map<String, String> reportsTo) {
    List<Posting> postings = section == null ? List.of() : List.of(new Posting(section, LocalDate.of(2000, 1, 1)));
    return new Person(name, role, postings, null, List.of(), position, reportsTo);
  }

  @Nested
  class Anju {
    final Office office = new Office("安居", List.of(new Section("秘书股", "李红梅"), new Section("小车班", null)),
        List.of(person("高峰", Role.DIRECTOR, null, null, Map.of()),
            person("李红梅", Role.SECTION_CADRE, "秘书股", null, Map.of()),
            person("王建国", Role.SECTION_CADRE, "秘书股", null, Map.of()),
            person("张伟", Role.CLERK, "秘书股", null, Map.of()),
            person("梁勇", Role.DRIVER, "小车班", null, Map.of("分管科级干部", "王建国"))));

    @Test
    void exactlyOneDayGoesToTheCadreInChargeAlone() {
      assertEquals(List.of(), problems("anju-gov-office", office, new Ask("张伟", "2026-03-02", "2026-03-02", "李红梅")));
      assertEquals(List.of(LeaveProblem.WRONG_APPROVERS),
          problems("anju-gov-office", office, new Ask("张伟", "2026-03-02", "2026-03-02", "李红梅", "高峰")));
    }

    @Test
    void moreThanOneDayGoesToTheCadreThenTheDirectorInThatOrder() {
      assertEquals(List.of(), problems("anju-gov-office", office,
          new Ask("张伟", "2026-03-02", "2026-03-03", "李红梅", "高峰")));
      assertEquals(List.of(LeaveProblem.WRONG_APPROVERS), problems("anju-gov-office", office,
          new Ask("张伟", "2026-03-02", "2026-03-03", "高峰", "李红梅")));
    }

    @Test
    void reportsToNamesTheCadreOfASectionWithoutAHead() {
      assertEquals(List.of(), problems("anju-gov-office", office, new Ask("梁勇", "2026-03-02", "2026-03-02", "王建国")));
      assertEquals(List.of(LeaveProblem.WRONG_APPROVERS),
          problems("anju-gov-office", office, new Ask("梁勇", "2026-03-02", "2026-03-02", "李红梅")));
    }

    @Test
    void aWrittenRequestHalfADayAheadIsInTimeAndALaterOneIsHandedInAfterwards() {
      Ask morning = new Ask("张伟", "2026-03-02", "2026-03-02", "李红梅");
      morning.applied = LocalDateTime.of(2026, 2, 27, 15, 0); // the afternoon before a Monday morning
      assertEquals(List.of(), problems("anju-gov-office", office, morning));
      Ask afternoon = new Ask("张伟", "2026-03-02", "2026-03-02", "李红梅");
      afternoon.start = HalfDay.afternoon(LocalDate.of(2026, 3, 2));
      afternoon.applied = LocalDateTime.of(2026, 3, 2, 9, 0); // exactly one half day ahead
      afternoon.approved = LocalDateTime.of(2026, 3, 2, 11, 0);
      assertEquals(List.of(), problems("anju-gov-office", office, afternoon));
      Ask sameHalf = new Ask("张伟", "2026-03-02", "2026-03-02", "李红梅");
      sameHalf.applied = LocalDateTime.of(2026, 3, 2, 8, 30);
      sameHalf.approved = LocalDateTime.of(2026, 3, 2, 9, 0);
      assertEquals(List.of(LeaveProblem.LATE_REQUEST), problems("anju-gov-office", office, sameHalf));
    }

    @Test
    void aShortAbsenceIsAskedByWordOfMouthAnotherLeaveIsNot() {
      Ask shortOne = new Ask("张伟", "2026-03-02", "2026-03-02", "李红梅");
      shortOne.kind = "临时请假";
      shortOne.mode = LeaveMode.ORAL;
      shortOne.start = HalfDay.afternoon(LocalDate.of(2026, 3, 2));
      assertEquals(List.of(), problems("anju-gov-office", office, shortOne));
      Ask oral = new Ask("张伟", "2026-03-02", "2026-03-02", "李红梅");
      oral.mode = LeaveMode.ORAL;
      assertEquals(List.of(LeaveProblem.ORAL_NOT_ALLOWED), problems("anju-gov-office", office, oral));
    }

    @Test
    void approvalInTheHalfDayTheLeaveBeginsIsInTimeTheNextHalfIsNot() {
      Ask same = new Ask("张伟", "2026-03-02", "2026-03-02", "李红梅");
      same.approved = LocalDateTime.of(2026, 3, 2, 11, 59);
      same.applied = LocalDateTime.of(2026, 2, 27, 10, 0);
      assertEquals(List.of(), problems("anju-gov-office", office, same));
      same.approved = LocalDateTime.of(2026, 3, 2, 12, 0);
      assertEquals(List.of(LeaveProblem.APPROVED_LATE), problems("anju-gov-office", office, same));
    }

    @Test
    void aLeaveAcrossAHolidayCountsItsWorkingDaysAndTheMakeUpSaturday() {
      // 2026-09-30 to 10-10: 30 September, 8 and 9 October, and Saturday 10 October (调休上班): 4 days
      Ask ask = new Ask("张伟", "2026-09-30", "2026-10-10", "李红梅", "高峰");
      LeaveChecker.Report report = check("anju-gov-office", office, ask);
      assertEquals(List.of(), problems(report));
      assertEquals(new BigDecimal("4"), report.totals().get(0).total());
    }

    @Test
    void anApproverTheOfficeFileDoesNotNameIsSaidUncheckedNotWrong() {
      Office noCadre = new Office("安居", List.of(new Section("行政股", null)),
          List.of(person("高峰", Role.DIRECTOR, null, null, Map.of()),
              person("王建国", Role.SECTION_CADRE, null, null, Map.of()),
              person("宋杰", Role.STAFF, "行政股", null, Map.of())));
      assertEquals(List.of(LeaveProblem.UNNAMED_APPROVER),
          problems("anju-gov-office", noCadre, new Ask("宋杰", "2026-03-02", "2026-03-03", "王建国", "高峰")));
      assertEquals(List.of(LeaveProblem.WRONG_APPROVERS),
          problems("anju-gov-office", noCadre, new Ask("宋杰", "2026-03-02", "2026-03-03", "王建国", "王建国")));
    }

    @Test
    void aKindThePackDoesNotListIsReportedAndStillChecked() {
      Ask typo = new Ask("张伟", "2026-03-02", "2026-03-03", "李红梅");
      typo.kind = "旅游假";
      assertEquals(List.of(LeaveProblem.UNKNOWN_KIND, LeaveProblem.WRONG_APPROVERS),
          problems("anju-gov-office", office, typo));
    }

    @Test
    void aLeaveOnRestDaysOnlyNeedsNoApproval() {
      assertEquals(List.of(LeaveProblem.NO_WORKDAYS),
          problems("anju-gov-office", office, new Ask("张伟", "2026-10-01", "2026-10-07")));
    }

    @Test
    void aCadreTakingLessThanADayIsAGapNotAnError() {
      Ask half = new Ask("李红梅", "2026-03-02", "2026-03-02", "高峰");
      half.end = HalfDay.morning(LocalDate.of(2026, 3, 2));
      assertEquals(List.of(LeaveProblem.ROUTE_GAP), problems("anju-gov-office", office, half));
    }

    @Test
    void overlappingLeaveOfOnePersonIsReportedOnTheLaterRow() {
      Ask first = new Ask("张伟", "2026-03-02", "2026-03-03", "李红梅", "高峰");
      Ask second = new Ask("张伟", "2026-03-03", "2026-03-03", "李红梅");
      second.line = 3;
      LeaveChecker.Report report = check("anju-gov-office", office, first, second);
      assertEquals(List.of(LeaveProblem.OVERLAP), problems(report));
      assertEquals(3, report.findings().get(0).location().line());
    }

    @Test
    void notApprovedBeforeItBeganIsAnErrorAndNoAbsenceWhereTheClauseSaysNone() {
      LeaveChecker.Report report = check("anju-gov-office", office, new Ask("张伟", "2026-03-02", "2026-03-02"));
      assertEquals(List.of(LeaveProblem.NOT_APPROVED), problems(report));
      assertEquals(BigDecimal.ZERO, report.totals().get(0).absent());
    }
  }

  @Nested
  class Wujiang {
    final Office office = new Office("吴江", List.of(new Section("秘书科", "钱文")),
        List.of(person("吴芳", Role.STAFF, null, "办公室主任", Map.of()),
            person("朱强", Role.STAFF, null, "办公室副主任", Map.of()),
            person("钱文", Role.STAFF, "秘书科", "科室负责人", Map.of("分管副主任", "朱强", "主任", "吴芳")),
            person("王晓", Role.STAFF, "秘书科", "科室工作人员", Map.of("分管副主任", "朱强", "主任", "吴芳"))));

    @Test
    void halfADayOrLessIsAskedOfTheHeadOfSectionByWordOfMouth() {
      Ask half = new Ask("王晓", "2026-03-02", "2026-03-02", "钱文");
      half.end = HalfDay.morning(LocalDate.of(2026, 3, 2));
      half.mode = LeaveMode.ORAL;
      assertEquals(List.of(), problems("wujiang-cppcc", office, half));
    }

    /** Regression: a section without a head borrowed the head of another section as the 科室负责人. */
    @Test
    void aSectionWithoutAHeadLeavesTheHeadUnnamedNotBorrowed() {
      Office noHead = new Office("吴江", List.of(new Section("秘书科", "钱文"), new Section("综合科", null)),
          List.of(person("吴芳", Role.STAFF, null, "办公室主任", Map.of()),
              person("朱强", Role.STAFF, null, "办公室副主任", Map.of()),
              person("钱文", Role.STAFF, "秘书科", "科室负责人", Map.of()),
              person("李婷", Role.STAFF, "综合科", "科室工作人员", Map.of("分管副主任", "朱强", "主任", "吴芳"))));
      Ask ask = new Ask("李婷", "2026-03-02", "2026-03-02", "孙立", "朱强", "吴芳");
      assertEquals(List.of(LeaveProblem.UNNAMED_APPROVER), problems("wujiang-cppcc", noHead, ask));
    }

    @Test
    void exactlyOneDayIsWrittenAndGoesUpTheWholeChain() {
      Ask day = new Ask("王晓", "2026-03-02", "2026-03-02", "钱文", "朱强", "吴芳");
      assertEquals(List.of(), problems("wujiang-cppcc", office, day));
      day.mode = LeaveMode.ORAL;
      assertEquals(List.of(LeaveProblem.ORAL_NOT_ALLOWED), problems("wujiang-cppcc", office, day));
      Ask shortChain = new Ask("王晓", "2026-03-02", "2026-03-02", "钱文");
      assertEquals(List.of(LeaveProblem.WRONG_APPROVERS), problems("wujiang-cppcc", office, shortChain));
    }

    @Test
    void routineLeaveIsAgreedAWeekAheadTheSeventhDayIncluded() {
      Ask week = new Ask("王晓", "2026-08-17", "2026-08-21", "钱文", "朱强", "吴芳");
      week.kind = "年休假";
      week.approved = LocalDateTime.of(2026, 8, 10, 9, 0);
      assertEquals(List.of(), problems("wujiang-cppcc", office, week));
      week.approved = LocalDateTime.of(2026, 8, 11, 9, 0);
      assertEquals(List.of(LeaveProblem.ROUTINE_LATE), problems("wujiang-cppcc", office, week));
    }
  }

  @Nested
  class PartyOffice {
    final Office office = new Office("党办", List.of(new Section("综合室", "冯敏")),
        List.of(person("高建", Role.STAFF, null, "XX常委", Map.of()),
            person("钱坤", Role.STAFF, null, "XX办公室主任", Map.of()),
            person("孙岩", Role.STAFF, null, "副主任", Map.of()),
            person("李卫", Role.STAFF, null, "副主任", Map.of()),
            person("冯敏", Role.STAFF, "综合室", "科室负责人", Map.of("副主任", "孙岩")),
            person("蒋涛", Role.STAFF, "综合室", "工作人员", Map.of())));

    Ask ask(String from, String to, String... approvers) {
      Ask a = new Ask("冯敏", from, to, approvers);
      a.cover = "蒋涛";
      a.returned = LocalDate.parse(to).plusDays(1).atTime(8, 30);
      while (!CALENDAR.assumingNoHolidays().isWorkday(a.returned.toLocalDate())) {
        a.returned = a.returned.plusDays(1);
      }
      return a;
    }

    @Test
    void oneDayIncludedGoesToTheDeputyMoreToTheDirector() {
      assertEquals(List.of(), problems("party-office", office, ask("2026-03-05", "2026-03-05", "孙岩")));
      assertEquals(List.of(LeaveProblem.WRONG_APPROVERS),
          problems("party-office", office, ask("2026-03-05", "2026-03-05", "钱坤")));
      assertEquals(List.of(), problems("party-office", office, ask("2026-03-05", "2026-03-06", "钱坤")));
    }

    @Test
    void threeDaysAtATimeIsTheMostAndThreeAndAHalfIsTooMany() {
      assertEquals(List.of(), problems("party-office", office, ask("2026-03-16", "2026-03-18", "钱坤")));
      Ask more = ask("2026-03-16", "2026-03-19", "钱坤");
      more.end = HalfDay.morning(LocalDate.of(2026, 3, 19));
      more.returned = LocalDateTime.of(2026, 3, 19, 14, 0);
      assertEquals(List.of(LeaveProblem.OVER_ONCE), problems("party-office", office, more));
    }

    @Test
    void fifteenDaysAYearIsTheMostTheSixteenthIsNotApprovable() {
      List<Ask> asks = new ArrayList<>();
      // five leaves of 3 days: 15 in 2026
      for (String monday : List.of("2026-03-09", "2026-03-23", "2026-04-13", "2026-06-08", "2026-07-06")) {
        LocalDate d = LocalDate.parse(monday);
        Ask a = ask(monday, d.plusDays(2).toString(), "钱坤");
        a.line = asks.size() + 2;
        asks.add(a);
      }
      assertEquals(List.of(), problems("party-office", office, asks.toArray(Ask[]::new)));
      Ask half = ask("2026-09-07", "2026-09-07", "孙岩");
      half.end = HalfDay.morning(LocalDate.of(2026, 9, 7));
      half.returned = LocalDateTime.of(2026, 9, 7, 14, 0);
      half.line = 9;
      asks.add(half);
      LeaveChecker.Report report = check("party-office", office, asks.toArray(Ask[]::new));
      assertEquals(List.of(LeaveProblem.OVER_YEAR), problems(report));
      assertEquals(9, report.findings().get(0).location().line());
    }

    @Test
    void sickLeaveNeedsACertificateAndEveryLeaveACover() {
      Ask sick = ask("2026-05-11", "2026-05-11", "孙岩");
      sick.kind = "病假";
      assertEquals(List.of(LeaveProblem.NO_CERTIFICATE), problems("party-office", office, sick));
      sick.certificate = "县人民医院诊断证明";
      sick.cover = "";
      assertEquals(List.of(LeaveProblem.NO_COVER), problems("party-office", office, sick));
      sick.cover = "冯敏";
      assertEquals(List.of(LeaveProblem.NO_COVER), problems("party-office", office, sick));
    }

    @Test
    void aPhoneApprovalWithoutTheFormCompletedIsAbsence() {
      Ask phone = ask("2026-06-22", "2026-06-23", "钱坤");
      phone.mode = LeaveMode.PHONE;
      LeaveChecker.Report report = check("party-office", office, phone);
      assertEquals(List.of(LeaveProblem.FORM_NOT_COMPLETED, LeaveProblem.ABSENT), problems(report));
      assertEquals(new BigDecimal("2"), report.totals().get(0).absent());
      phone.completed = LocalDateTime.of(2026, 6, 24, 9, 0);
      assertEquals(List.of(), problems("party-office", office, phone));
    }

    @Test
    void reportingBackLateWithoutAnExtensionIsAbsenceAndAnExtensionCoversIt() {
      Ask late = ask("2026-07-06", "2026-07-06", "孙岩");
      late.returned = LocalDateTime.of(2026, 7, 9, 9, 0); // 7 and 8 July uncovered
      LeaveChecker.Report report = check("party-office", office, late);
      assertEquals(List.of(LeaveProblem.OVERDUE, LeaveProblem.ABSENT), problems(report));
      assertEquals(new BigDecimal("2"), report.totals().get(0).absent());
      Ask extension = ask("2026-07-07", "2026-07-08", "钱坤");
      extension.line = 3;
      late.returned = null;
      assertEquals(List.of(), problems("party-office", office, late, extension));
    }

    @Test
    void noReportBackAfterTheEndIsReported() {
      Ask ask = ask("2026-07-06", "2026-07-06", "孙岩");
      ask.returned = null;
      assertEquals(List.of(LeaveProblem.NOT_RETURNED), problems("party-office", office, ask));
    }

    /** Regression: a leave ending 31 December, checked in a year the calendar does not know, stopped the run. */
    @Test
    void aLeaveEndingAtTheYearsEndIsCheckedInTheNextYear() {
      Ask december = ask("2026-12-30", "2026-12-31", "钱坤");
      december.returned = null;
      LeaveChecker.Report report = check(PackLoader.builtIn("party-office").leave(), CALENDAR, LocalDate.of(2027, 1, 10),
          null, office, december);
      assertEquals(List.of(LeaveProblem.NOT_RETURNED), problems(report));
    }

    /** Regression: with --year, an extension in the next year was not seen and the 销假 was reported missing. */
    @Test
    void anExtensionAcrossTheNewYearIsSeenWhenOnlyOneYearIsChecked() {
      Ask december = ask("2026-12-30", "2026-12-31", "钱坤");
      december.returned = null;
      Ask january = ask("2027-01-01", "2027-01-04", "钱坤");
      january.line = 3;
      LeaveChecker.Report report = check(PackLoader.builtIn("party-office").leave(), CALENDAR.assumingNoHolidays(),
          LocalDate.of(2027, 2, 1), 2026, office, december, january);
      assertEquals(List.of(), problems(report));
      assertEquals(1, report.checked());
    }

    @Test
    void anOfficeMayCountDaysPastTheCapAsAbsence() {
      LeavePolicy strict = PackLoader.fromYaml("strict.yaml", """
          id: strict-office
          extends: party-office
          leave:
            caps:
              rules: [L3]
              citation: 本办规定：超出上限的天数按旷工处理
              value:
                kinds: [事假]
                once: { value: 3, bound: inclusive }
                year: { value: 15, bound: inclusive }
                absenteeism: true
          """).leave();
      Ask four = ask("2026-04-13", "2026-04-16", "钱坤");
      LeaveChecker.Report report = check(strict, CALENDAR, AS_OF, null, office, four);
      assertEquals(List.of(LeaveProblem.OVER_ONCE, LeaveProblem.ABSENT), problems(report));
      assertEquals(new BigDecimal("1"), report.totals().get(0).absent());
    }

    /** A register checked in parts (as two threads read a large file) gives what it gives checked whole. */
    @Test
    void partsAbsorbedInOrderGiveWhatTheWholeGives() {
      List<Ask> asks = new ArrayList<>();
      String[] days = {"2026-03-05", "2026-03-16", "2026-04-13", "2026-05-11", "2026-06-08", "2026-07-06",
        "2026-09-07", "2026-09-14", "2026-10-12", "2026-10-19", "2026-11-02", "2026-11-03"};
      for (int i = 0; i < days.length; i++) {
        LocalDate d = LocalDate.parse(days[i]);
        Ask a = ask(days[i], d.plusDays(i % 4).toString(), i % 3 == 0 ? "孙岩" : "钱坤");
        a.line = i + 2;
        a.returned = i % 5 == 0 ? null : a.returned;
        asks.add(a);
      }
      LeavePolicy policy = PackLoader.builtIn("party-office").leave();
      LeaveChecker.Report whole = check(policy, CALENDAR, AS_OF, null, office, asks.toArray(Ask[]::new));
      LeaveChecker first = new LeaveChecker(office, CALENDAR, policy, AS_OF, null);
      LeaveChecker second = first.part();
      LeaveChecker third = first.part();
      for (int i = 0; i < asks.size(); i++) {
        (i < 4 ? first : i < 9 ? second : third).accept(asks.get(i).request());
      }
      first.absorb(second);
      first.absorb(third);
      LeaveChecker.Report parts = first.finish();
      assertEquals(whole.findings(), parts.findings());
      assertEquals(whole.totals(), parts.totals());
      assertTrue(!whole.findings().isEmpty());
    }

    @Test
    void staffAreAGapInTheTable() {
      Ask staff = new Ask("蒋涛", "2026-03-05", "2026-03-05", "冯敏");
      staff.cover = "冯敏";
      staff.returned = LocalDateTime.of(2026, 3, 6, 8, 30);
      assertEquals(List.of(LeaveProblem.ROUTE_GAP), problems("party-office", office, staff));
    }

    @Test
    void leaveTakenWithoutApprovalCountsAsAbsenceUpToTheCheckDay() {
      Ask none = ask("2026-11-30", "2026-12-04");
      none.returned = null;
      LeaveChecker.Report report = check("party-office", office, none);
      assertTrue(problems(report).contains(LeaveProblem.NOT_APPROVED));
      // 30 November and 1 December, the check day
      assertEquals(new BigDecimal("2"), report.totals().get(0).absent());
    }
  }
}
