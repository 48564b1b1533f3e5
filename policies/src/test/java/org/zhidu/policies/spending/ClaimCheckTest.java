package org.zhidu.policies.spending;

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
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Posting;
import org.zhidu.core.office.Role;
import org.zhidu.core.office.Section;
import org.zhidu.core.spending.Claim;
import org.zhidu.core.spending.ClaimChecker;
import org.zhidu.core.spending.SpendProblem;
import org.zhidu.core.spending.SpendingPolicy;
import org.zhidu.core.spending.SpendingRules;
import org.zhidu.policies.PackLoader;

/**
 * E1–E3 claims through the built-in packs: each clause's own cases, and every bound at its value (500, 2,000, 3,000,
 * 10,000, 30,000, 50,000, 1,000 and 1,500 for assets, 7 days, 25 yuan a head, the 5th of the next month).
 */
class ClaimCheckTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  static SpendingPolicy policy(String pack) {
    return PackLoader.builtIn(pack).spending();
  }

  /** Builds claims with everything right by default; each test changes what it is about. */
  static final class Ask {
    LocalDate date = LocalDate.of(2026, 5, 12);
    String handler;
    String kind;
    BigDecimal amount;
    List<String> attachments;
    List<String> approvers;
    LocalDateTime approved = LocalDateTime.of(2026, 5, 11, 9, 0);
    List<String> signers;
    LocalDate returned;
    LocalDate claimed;
    String decision;
    Boolean budgeted = Boolean.TRUE;
    String assetNumber;
    BigDecimal unitPrice;
    Integer persons;
    List<String> invoices;
    String reported;
    int line = 2;

    Ask(String handler, String kind, String amount, String... approvers) {
      this.handler = handler;
      this.kind = kind;
      this.amount = new BigDecimal(amount);
      this.approvers = List.of(approvers);
    }

    Claim claim() {
      int at = line;
      return new Claim(date, handler, kind, amount, attachments, approvers, approved, signers, returned, claimed,
          decision, budgeted, assetNumber, unitPrice, persons, invoices, reported,
          field -> new Location("claims.csv", at, 1, field));
    }
  }

  static List<Finding> check(String pack, Office office, Ask... asks) {
    ClaimChecker checker = new ClaimChecker(office, policy(pack), AS_OF);
    for (Ask a : asks) {
      checker.accept(a.claim());
    }
    return checker.finish().findings();
  }

  static List<SpendProblem> problems(List<Finding> findings) {
    List<SpendProblem> out = new ArrayList<>();
    for (Finding f : findings) {
      for (SpendProblem p : SpendProblem.values()) {
        if (p.messageKey().equals(f.message().key())) {
          out.add(p);
        }
      }
    }
    return out;
  }

  static Person person(String name, String position, String section, Map<String, String> reportsTo) {
    return new Person(name, Role.STAFF, section == null ? List.of()
        : List.of(new Posting(section, LocalDate.of(2020, 1, 1))), null, List.of(), position, reportsTo);
  }

  /** 安居区政府办 (E1): 王建国 heads 综合股 and is in charge of logistics and the cars; 高峰 is the director. */
  static final Office ANJU = new Office("安居", List.of(new Section("综合股", "王建国"), new Section("小车班", null)),
      List.of(person("王建国", "科级干部", "综合股", Map.of()), person("高峰", "办公室主任", null, Map.of()),
          person("区长办", "区府办主任", null, Map.of()),
          person("吴敏", "文秘人员", "综合股", Map.of("分管后勤科级干部", "王建国", "联系科级干部", "王建国")),
          person("梁勇", "驾驶员", "小车班", Map.of("分管小车班科级干部", "王建国", "分管后勤科级干部", "王建国"))),
      null);

  @Nested
  class E1Anju {

    @Test
    void aReceptionOfExactly500IsApprovedByTheLogisticsCadreAlone() {
      Ask a = new Ask("吴敏", "公务接待", "500", "王建国");
      a.reported = "";
      assertEquals(List.of(), problems(check("anju-gov-office", ANJU, a)));
    }

    @Test
    void aReceptionOver500IsReportedToTheDirectorOfTheDistrictOffice() {
      Ask a = new Ask("吴敏", "公务接待", "500.01", "王建国");
      a.reported = "";
      assertEquals(List.of(SpendProblem.NOT_REPORTED), problems(check("anju-gov-office", ANJU, a)));
      a.reported = "区府办主任";
      assertEquals(List.of(), problems(check("anju-gov-office", ANJU, a)));
    }

    @Test
    void aReceptionClaimCarriesTheFourPapers() {
      Ask a = new Ask("吴敏", "公务接待", "300", "王建国");
      a.attachments = List.of("发票", "接待审批单", "来文公函", "菜单");
      assertEquals(List.of(), problems(check("anju-gov-office", ANJU, a)));
      a.attachments = List.of("发票", "接待审批单", "来文公函");
      List<Finding> f = check("anju-gov-office", ANJU, a);
      assertEquals(List.of(SpendProblem.MISSING_PAPERS), problems(f));
      assertEquals("菜单", f.get(0).message().args().get(1));
    }

    @Test
    void aMeetingClaimTakesEitherThePlanOrTheNotice() {
      Ask a = new Ask("吴敏", "会议费", "2800", "高峰");
      a.attachments = List.of("发票", "签到册", "会议通知");
      assertEquals(List.of(), problems(check("anju-gov-office", ANJU, a)));
      a.attachments = List.of("发票", "签到册");
      assertEquals(List.of(SpendProblem.MISSING_PAPERS), problems(check("anju-gov-office", ANJU, a)));
    }

    @Test
    void aRepairOf3000NeedsTheDirectorAnd2999_99DoesNot() {
      assertEquals(List.of(), problems(check("anju-gov-office", ANJU,
          new Ask("梁勇", "车辆维修", "2999.99", "王建国"))));
      assertEquals(List.of(SpendProblem.WRONG_APPROVERS), problems(check("anju-gov-office", ANJU,
          new Ask("梁勇", "车辆维修", "3000", "王建国"))));
      assertEquals(List.of(), problems(check("anju-gov-office", ANJU,
          new Ask("梁勇", "车辆维修", "3000", "王建国", "高峰"))));
    }

    @Test
    void aRepairIsApprovedBeforeTheWorkTheSameDayIsInTime() {
      Ask a = new Ask("梁勇", "车辆维修", "800", "王建国");
      a.approved = a.date.atTime(17, 0);
      assertEquals(List.of(), problems(check("anju-gov-office", ANJU, a)));
      a.approved = a.date.plusDays(1).atTime(8, 0);
      assertEquals(List.of(SpendProblem.APPROVED_AFTER), problems(check("anju-gov-office", ANJU, a)));
    }

    @Test
    void smallPurchasesOver500GoAlsoToTheDirectorOfTheDistrictOffice() {
      assertEquals(List.of(), problems(check("anju-gov-office", ANJU, new Ask("吴敏", "小宗物资采购", "500", "王建国"))));
      assertEquals(List.of(SpendProblem.WRONG_APPROVERS), problems(check("anju-gov-office", ANJU,
          new Ask("吴敏", "小宗物资采购", "500.01", "王建国"))));
      assertEquals(List.of(), problems(check("anju-gov-office", ANJU,
          new Ask("吴敏", "小宗物资采购", "500.01", "王建国", "区长办"))));
    }

    @Test
    void printingFrom2000GoesToTheLogisticsCadre() {
      assertEquals(List.of(), problems(check("anju-gov-office", ANJU, new Ask("吴敏", "资料印制", "1999.99", "王建国"))));
      assertEquals(List.of(SpendProblem.WRONG_APPROVERS), problems(check("anju-gov-office", ANJU,
          new Ask("吴敏", "资料印制", "2000", "王建国"))));
      assertEquals(List.of(), problems(check("anju-gov-office", ANJU,
          new Ask("吴敏", "资料印制", "2000", "王建国", "王建国"))));
    }

    @Test
    void overtimeMealsOf25AHeadKeepTheNormAnd25_01AreAWarning() {
      Ask a = new Ask("吴敏", "加班用餐", "100", "王建国");
      a.persons = 4;
      assertEquals(List.of(), problems(check("anju-gov-office", ANJU, a)));
      a.amount = new BigDecimal("100.04");
      List<Finding> f = check("anju-gov-office", ANJU, a);
      assertEquals(List.of(SpendProblem.MEAL_ABOVE_NORM), problems(f));
      assertEquals("25.01", f.get(0).message().args().get(2));
    }

    @Test
    void theOvertimeTallyFallsOnTheFirstToTheFifthOfTheNextMonth() {
      Ask a = new Ask("吴敏", "加班补助", "300", "高峰");
      a.date = LocalDate.of(2026, 3, 20);
      a.approved = a.date.atTime(9, 0);
      a.claimed = LocalDate.of(2026, 4, 5);
      assertEquals(List.of(), problems(check("anju-gov-office", ANJU, a)));
      a.claimed = LocalDate.of(2026, 4, 1);
      assertEquals(List.of(), problems(check("anju-gov-office", ANJU, a)));
      a.claimed = LocalDate.of(2026, 4, 6);
      assertEquals(List.of(SpendProblem.TALLY_OUTSIDE), problems(check("anju-gov-office", ANJU, a)));
      a.claimed = LocalDate.of(2026, 3, 31);
      assertEquals(List.of(SpendProblem.TALLY_OUTSIDE), problems(check("anju-gov-office", ANJU, a)));
    }

    @Test
    void anAllowanceNotTalliedByTheEndOfItsWindowIsAWarningOnlyWhereTheRegisterHasTheColumn() {
      Ask a = new Ask("吴敏", "加班补助", "300", "高峰");
      a.date = LocalDate.of(2026, 10, 20);
      a.approved = a.date.atTime(9, 0);
      ClaimChecker with = new ClaimChecker(ANJU, policy("anju-gov-office"), AS_OF);
      with.header(field -> true);
      with.accept(a.claim());
      assertEquals(List.of(SpendProblem.TALLY_MISSING), problems(with.finish().findings()));
      assertEquals(List.of(), problems(check("anju-gov-office", ANJU, a)), "no 报销日期 column: nothing to say");
      ClaimChecker early = new ClaimChecker(ANJU, policy("anju-gov-office"), LocalDate.of(2026, 11, 5));
      early.header(field -> true);
      early.accept(a.claim());
      assertEquals(List.of(), problems(early.finish().findings()), "the 5th itself is still in the window");
    }

    @Test
    void theClaimIsSignedByTheHandlerEitherCadreAndTheDirectorInOrder() {
      Ask a = new Ask("梁勇", "车辆维修", "800", "王建国");
      a.signers = List.of("梁勇", "王建国", "高峰");
      assertEquals(List.of(), problems(check("anju-gov-office", ANJU, a)));
      a.signers = List.of("梁勇", "分管小车班科级干部", "办公室主任");
      assertEquals(List.of(), problems(check("anju-gov-office", ANJU, a)), "the posts' own words stand for them");
      a.signers = List.of("高峰", "王建国", "梁勇");
      assertEquals(List.of(SpendProblem.WRONG_SIGNERS), problems(check("anju-gov-office", ANJU, a)));
      a.signers = List.of();
      assertEquals(List.of(SpendProblem.NOT_SIGNED), problems(check("anju-gov-office", ANJU, a)));
    }

    @Test
    void anInvoiceClaimedTwiceIsAnErrorAtTheSecondNamingTheFirst() {
      Ask a = new Ask("吴敏", "公务接待", "300", "王建国");
      a.invoices = List.of("51010001");
      Ask b = new Ask("吴敏", "公务接待", "200", "王建国");
      b.invoices = List.of("51010002", "51010001");
      b.line = 9;
      List<Finding> f = check("anju-gov-office", ANJU, a, b);
      assertEquals(List.of(SpendProblem.DUPLICATE_INVOICE), problems(f));
      assertEquals(9, f.get(0).location().line());
      assertEquals(List.of("51010001", "2"), f.get(0).message().args());
    }

    @Test
    void aStrangerIsAWarningAndAPostNobodyHoldsIsSaidOnce() {
      Ask a = new Ask("路人", "加班用餐", "20", "王建国");
      List<Finding> f = check("anju-gov-office", ANJU, a, a, a);
      assertEquals(List.of(SpendProblem.UNKNOWN_PERSON, SpendProblem.UNKNOWN_PERSON, SpendProblem.UNKNOWN_PERSON,
          SpendProblem.UNNAMED_POST), problems(f));
      assertEquals("3", f.get(3).message().args().get(1));
    }
  }

  /** 党办 (E3): 冯敏 heads 综合室 (科室负责人); 孙岩 is the 分管副主任; 何静 the 财务室; 钱坤 the director. */
  static final Office PARTY = new Office("党办", List.of(new Section("综合室", "冯敏")),
      List.of(person("冯敏", "科室负责人", "综合室", Map.of()), person("孙岩", "副主任", null, Map.of()),
          person("钱坤", "XX办公室主任", null, Map.of()), person("何静", "财务室", "综合室", Map.of()),
          person("蒋涛", "工作人员", "综合室", Map.of("分管副主任", "孙岩", "办公室主任", "钱坤"))),
      null);

  @Nested
  class E3PartyOffice {

    @Test
    void aPurchaseIsAskedByTheHeadOfSectionAndApprovedByTheDeputyInCharge() {
      assertEquals(List.of(), problems(check("party-office", PARTY, new Ask("蒋涛", "物资采购", "800", "冯敏", "孙岩"))));
      assertEquals(List.of(SpendProblem.WRONG_APPROVERS), problems(check("party-office", PARTY,
          new Ask("蒋涛", "物资采购", "800", "孙岩", "冯敏"))));
      assertEquals(List.of(SpendProblem.WRONG_APPROVERS), problems(check("party-office", PARTY,
          new Ask("蒋涛", "物资采购", "800", "孙岩"))));
    }

    @Test
    void from10000TheOfficeMeetingDecidesAnd9999_99ItDoesNot() {
      Ask a = new Ask("蒋涛", "物资采购", "9999.99", "冯敏", "孙岩");
      a.decision = "";
      assertEquals(List.of(), problems(check("party-office", PARTY, a)));
      a.amount = new BigDecimal("10000");
      assertEquals(List.of(SpendProblem.NO_DECISION), problems(check("party-office", PARTY, a)));
      a.decision = "室务会";
      assertEquals(List.of(), problems(check("party-office", PARTY, a)));
      a.decision = "主任办公会";
      assertEquals(List.of(SpendProblem.WRONG_DECISION), problems(check("party-office", PARTY, a)));
    }

    @Test
    void aPurchaseFrom50000IsACollectiveDecisionNotCirculatedForSignatures() {
      Ask a = new Ask("蒋涛", "设备购置", "50000", "冯敏", "孙岩");
      a.decision = "传阅会签";
      a.assetNumber = "ZC-1";
      List<Finding> f = check("party-office", PARTY, a);
      assertEquals(List.of(SpendProblem.CIRCULATED), problems(f));
      assertTrue(f.get(0).message().args().get(4).contains("5万元及以上"), f.get(0).message().args().toString());
    }

    @Test
    void unbudgetedSpendingFrom50000IsCollectiveAndUnsaidBudgetIsNoted() {
      Ask a = new Ask("蒋涛", "物资采购", "50000", "冯敏", "孙岩");
      a.decision = "室务会";
      a.budgeted = null;
      assertEquals(List.of(SpendProblem.BUDGET_UNSAID), problems(check("party-office", PARTY, a)));
      a.budgeted = Boolean.FALSE;
      a.decision = "";
      assertEquals(List.of(SpendProblem.NO_DECISION), problems(check("party-office", PARTY, a)));
    }

    @Test
    void aTravelClaimOn7thDayAfterTheReturnIsInTimeAndOnThe8thLate() {
      Ask a = new Ask("蒋涛", "差旅费", "1200");
      a.approvers = null;
      a.returned = LocalDate.of(2026, 3, 10);
      a.claimed = LocalDate.of(2026, 3, 17);
      assertEquals(List.of(), problems(check("party-office", PARTY, a)));
      a.claimed = LocalDate.of(2026, 3, 18);
      assertEquals(List.of(SpendProblem.TRAVEL_LATE), problems(check("party-office", PARTY, a)));
      a.claimed = null;
      assertEquals(List.of(SpendProblem.TRAVEL_UNCLAIMED), problems(check("party-office", PARTY, a)));
      a.returned = AS_OF.minusDays(7);
      assertEquals(List.of(), problems(check("party-office", PARTY, a)), "not yet late on the 7th day");
    }

    @Test
    void fixedAssetsFrom1000AndSpecialEquipmentFrom1500CarryANumber() {
      Ask a = new Ask("蒋涛", "设备购置", "999.99", "冯敏", "孙岩");
      a.assetNumber = "";
      assertEquals(List.of(), problems(check("party-office", PARTY, a)));
      a.amount = new BigDecimal("1000");
      assertEquals(List.of(SpendProblem.NO_ASSET_NUMBER), problems(check("party-office", PARTY, a)));
      a.kind = "专用设备购置";
      assertEquals(List.of(), problems(check("party-office", PARTY, a)));
      a.amount = new BigDecimal("1499.99");
      assertEquals(List.of(), problems(check("party-office", PARTY, a)));
      a.amount = new BigDecimal("1500");
      assertEquals(List.of(SpendProblem.NO_ASSET_NUMBER), problems(check("party-office", PARTY, a)));
      a.amount = new BigDecimal("4500");
      a.unitPrice = new BigDecimal("1500");
      assertEquals(List.of(SpendProblem.NO_ASSET_NUMBER), problems(check("party-office", PARTY, a)));
      a.unitPrice = new BigDecimal("900");
      assertEquals(List.of(), problems(check("party-office", PARTY, a)), "three items of 900: none is an asset");
    }

    @Test
    void theClaimChainIsHandlerFinanceDeputyDirectorInOrder() {
      Ask a = new Ask("蒋涛", "物资采购", "800", "冯敏", "孙岩");
      a.signers = List.of("蒋涛", "何静", "孙岩", "钱坤");
      assertEquals(List.of(), problems(check("party-office", PARTY, a)));
      a.signers = List.of("蒋涛", "孙岩", "何静", "钱坤");
      assertEquals(List.of(SpendProblem.WRONG_SIGNERS), problems(check("party-office", PARTY, a)));
      a.signers = List.of("蒋涛", "何静", "孙岩", "冯敏");
      assertEquals(List.of(SpendProblem.WRONG_SIGNERS), problems(check("party-office", PARTY, a)));
    }

    @Test
    void aKindTheRouteTableDoesNotGiveIsAGapSaidOncePerKind() {
      Ask a = new Ask("蒋涛", "差旅费", "300", "孙岩");
      Ask b = new Ask("蒋涛", "差旅费", "400", "孙岩");
      b.line = 5;
      List<Finding> f = check("party-office", PARTY, a, b);
      assertEquals(List.of(SpendProblem.ROUTE_GAP), problems(f));
      assertEquals(2, f.get(0).location().line());
      assertEquals(List.of("party-office", "差旅费", "2"), f.get(0).message().args());
    }
  }

  @Nested
  class E2Wujiang {

    static final Office WUJIANG = new Office("吴江", List.of(),
        List.of(person("吴芳", "办公室主任", null, Map.of()), person("周振", "秘书长", null, Map.of()),
            person("王晓", "科室工作人员", null, Map.of())), null);

    @Test
    void exactly30000IsTheDirectorsWithTheClausesTwoReadingsNoted() {
      List<Finding> f = check("wujiang-cppcc", WUJIANG, new Ask("王晓", "会议费", "30000", "吴芳"));
      assertEquals(List.of(SpendProblem.BOTH_READINGS), problems(f));
      assertEquals(SpendingRules.E2, f.get(0).rule());
      assertEquals(List.of(SpendProblem.WRONG_APPROVERS), problems(check("wujiang-cppcc", WUJIANG,
          new Ask("王晓", "会议费", "30000.01", "吴芳"))));
      assertEquals(List.of(), problems(check("wujiang-cppcc", WUJIANG, new Ask("王晓", "会议费", "30000.01", "周振"))));
    }

    @Test
    void withoutAnOfficeFileTheNumberAndThePostsWordsAreChecked() {
      assertEquals(List.of(), problems(check("wujiang-cppcc", null, new Ask("王晓", "会议费", "100", "任何人"))));
      assertEquals(List.of(SpendProblem.WRONG_APPROVERS), problems(check("wujiang-cppcc", null,
          new Ask("王晓", "会议费", "100", "吴芳", "周振"))));
    }

    @Test
    void majorSpendingIsDecidedAtTheDirectorsMeeting() {
      Ask a = new Ask("王晓", "重大财务支出", "200000", "周振");
      a.decision = "办公室主任会议";
      assertEquals(List.of(), problems(check("wujiang-cppcc", WUJIANG, a)));
      a.decision = "";
      assertEquals(List.of(SpendProblem.NO_DECISION), problems(check("wujiang-cppcc", WUJIANG, a)));
    }
  }

  @Test
  void partsAbsorbedInFileOrderFindWhatOneCheckerFinds() {
    Ask a = new Ask("吴敏", "公务接待", "300", "王建国");
    a.invoices = List.of("1");
    Ask b = new Ask("吴敏", "公务接待", "300", "高峰");
    b.invoices = List.of("1");
    b.line = 3;
    ClaimChecker whole = new ClaimChecker(ANJU, policy("anju-gov-office"), AS_OF);
    ClaimChecker part = whole.part();
    whole.accept(a.claim());
    part.accept(b.claim());
    whole.absorb(part);
    ClaimChecker.Report split = whole.finish();
    List<Finding> one = check("anju-gov-office", ANJU, a, b);
    assertEquals(one, split.findings());
    assertEquals(2, split.checked());
    assertEquals(new BigDecimal("600"), split.totals().get(0).amount());
  }
}
