package org.zhidu.policies.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.approval.Notice;
import org.zhidu.core.approval.RouteRow;
import org.zhidu.core.approval.Router;
import org.zhidu.core.approval.Routing;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.leave.LeaveRules;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.PackLoader;

/** L1–L3 as the built-in packs encode them: each clause's own cases and every boundary value itself. */
class LeaveRoutesTest {

  private static Routing route(String pack, String role, String days) {
    return route(pack, role, "事假", days);
  }

  private static Routing route(String pack, String role, String kind, String days) {
    return Router.route(PackLoader.builtIn(pack).leave().routes(), role, kind, new BigDecimal(days));
  }

  private static List<String> chain(String pack, String role, String days) {
    return assertInstanceOf(Routing.Route.class, route(pack, role, days)).chain();
  }

  // L1 anju: 请假制度 二、三、四

  @Test
  void l1SectionCadreOfOneDayOrMoreAsksTheOfficeDirector() {
    assertEquals(List.of("办公室主任"), chain(BuiltInPacks.ANJU_GOV_OFFICE, "科级干部", "1"));
    assertEquals(List.of("办公室主任"), chain(BuiltInPacks.ANJU_GOV_OFFICE, "科级干部", "1.5"));
  }

  @Test
  void l1SectionCadreUnderOneDayIsAGap() {
    Routing.Gap gap = assertInstanceOf(Routing.Gap.class, route(BuiltInPacks.ANJU_GOV_OFFICE, "科级干部", "0.5"));
    assertEquals(List.of("科级干部-1天及以上"), gap.nearest().stream().map(RouteRow::id).toList());
  }

  @Test
  void l1StaffExactlyOneDayAsksOnlyTheCadreInCharge() {
    assertEquals(List.of("分管科级干部"), chain(BuiltInPacks.ANJU_GOV_OFFICE, "工作人员", "0.5"));
    assertEquals(List.of("分管科级干部"), chain(BuiltInPacks.ANJU_GOV_OFFICE, "工作人员", "1"));
  }

  @Test
  void l1StaffOneAndAHalfDaysAskTheCadreInChargeThenTheOfficeDirector() {
    Routing.Route route = assertInstanceOf(Routing.Route.class,
        route(BuiltInPacks.ANJU_GOV_OFFICE, "工作人员", "1.5"));
    assertEquals(List.of("分管科级干部", "办公室主任"), route.chain());
    assertEquals(List.of(new Notice("告知", "综合股"), new Notice("报备", "综合股")), route.notices());
    assertEquals(LeaveRules.L1, route.row().rule());
  }

  @Test
  void l1ShortAbsenceIsAskedOrallyOfTheCadreInCharge() {
    Routing.Route route = assertInstanceOf(Routing.Route.class,
        route(BuiltInPacks.ANJU_GOV_OFFICE, "工作人员", "临时请假", "0.5"));
    assertEquals(List.of("分管科级干部"), route.chain());
    assertEquals(List.of(new Notice("告知", "综合股")), route.notices());
  }

  // L2 wujiang: 十三

  @Test
  void l2StaffExactlyHalfADayAsksTheHeadOfSection() {
    assertEquals(List.of("科室负责人"), chain(BuiltInPacks.WUJIANG_CPPCC, "科室工作人员", "0.5"));
  }

  @Test
  void l2StaffBetweenHalfADayAndADayIsAGapNamingBothRows() {
    Routing.Gap gap = assertInstanceOf(Routing.Gap.class,
        route(BuiltInPacks.WUJIANG_CPPCC, "科室工作人员", "0.75"));
    assertEquals(BuiltInPacks.WUJIANG_CPPCC, gap.pack());
    assertEquals(List.of("科室工作人员-半天以下", "科室工作人员-1天以上"),
        gap.nearest().stream().map(RouteRow::id).toList());
  }

  @Test
  void l2ExactlyOneDayNeedsTheWrittenRequest() {
    Routing.Route route = assertInstanceOf(Routing.Route.class,
        route(BuiltInPacks.WUJIANG_CPPCC, "科室工作人员", "1"));
    assertEquals(List.of("科室负责人", "分管副主任", "主任"), route.chain());
    assertEquals(List.of(new Notice("报备", "办公室")), route.notices());
    assertEquals(List.of("科室负责人", "分管副主任", "主任"),
        chain(BuiltInPacks.WUJIANG_CPPCC, "科室工作人员", "1.5"));
  }

  @Test
  void l2HeadOfSectionAsksTheDeputyDirectorThenFromOneDayTheDirector() {
    assertEquals(List.of("分管副主任"), chain(BuiltInPacks.WUJIANG_CPPCC, "科室负责人", "0.5"));
    assertEquals(List.of("分管副主任", "主任"), chain(BuiltInPacks.WUJIANG_CPPCC, "科室负责人", "1"));
  }

  @Test
  void l2DeputiesAskTheDirectorThenFromOneDayTheVicePresident() {
    assertEquals(List.of("主任"), chain(BuiltInPacks.WUJIANG_CPPCC, "专委会副主任", "0.5"));
    assertEquals(List.of("主任", "分管副主席"), chain(BuiltInPacks.WUJIANG_CPPCC, "办公室副主任", "1"));
  }

  @Test
  void l2CommitteeDirectorAsksTheVicePresidentAndThePresidentThenTellsTheSecretaryGeneral() {
    Routing.Route route = assertInstanceOf(Routing.Route.class,
        route(BuiltInPacks.WUJIANG_CPPCC, "专委会主任", "0.5"));
    assertEquals(List.of("分管副主席", "主席"), route.chain());
    assertEquals(List.of(new Notice("告知", "秘书长或办公室主任")), route.notices());
  }

  @Test
  void l2SecretaryGeneralAsksThePresidentAndFromOneDayFilesWithTheOffice() {
    assertEquals(List.of("主席"), chain(BuiltInPacks.WUJIANG_CPPCC, "秘书长", "0.5"));
    Routing.Route route = assertInstanceOf(Routing.Route.class,
        route(BuiltInPacks.WUJIANG_CPPCC, "办公室主任", "1"));
    assertEquals(List.of(new Notice("报备", "办公室")), route.notices());
  }

  // L3 party-office: (30) 第五条

  @Test
  void l3DeputyDirectorAsksTheStandingMemberAndTheDirectorAndFilesWithTheSecretariat() {
    Routing.Route route = assertInstanceOf(Routing.Route.class,
        route(BuiltInPacks.PARTY_OFFICE, "副主任", "3"));
    assertEquals(List.of("XX常委", "XX办公室主任"), route.chain());
    assertEquals(List.of(new Notice("报备", "秘书室")), route.notices());
  }

  @Test
  void l3HeadOfSectionExactlyOneDayAsksTheDeputyDirector() {
    assertEquals(List.of("副主任"), chain(BuiltInPacks.PARTY_OFFICE, "科室负责人", "0.5"));
    assertEquals(List.of("副主任"), chain(BuiltInPacks.PARTY_OFFICE, "科室负责人", "1"));
  }

  @Test
  void l3HeadOfSectionOneAndAHalfDaysAsksTheDirector() {
    assertEquals(List.of("XX办公室主任"), chain(BuiltInPacks.PARTY_OFFICE, "科室负责人", "1.5"));
  }

  @Test
  void l3StaffAreAGapTheClauseLeavesToAuthority() {
    Routing.Gap gap = assertInstanceOf(Routing.Gap.class, route(BuiltInPacks.PARTY_OFFICE, "工作人员", "1"));
    assertEquals(List.of(), gap.nearest());
  }

  // an office's own pack

  private static final String OWN_PACK = """
      id: my-office
      extends: wujiang-cppcc
      leave:
        routes:
          rules: [L2]
          citation: 本办补充（科室工作人员半天至1天）
          values:
            - id: 科室工作人员-半天至1天
              roles: [科室工作人员]
              from: { value: 0.5, bound: exclusive }
              to: { value: 1, bound: %s }
              chain: [科室负责人, 分管副主任]
              rule: L2
              clause: 本办补充
      """;

  @Test
  void l2AnOfficeFillsTheGapInAPackOfItsOwn() {
    var table = PackLoader.fromYaml("my-office.yaml", OWN_PACK.formatted("exclusive")).leave().routes();
    Routing.Route route = assertInstanceOf(Routing.Route.class,
        Router.route(table, "科室工作人员", "事假", new BigDecimal("0.75")));
    assertEquals(List.of("科室负责人", "分管副主任"), route.chain());
  }

  @Test
  void aRowWithoutItsBoundIsRefusedAtItsLine() {
    InputException e = assertThrows(InputException.class,
        () -> PackLoader.fromYaml("my-office.yaml", OWN_PACK.formatted("null")));
    assertEquals("pack.no_bound", e.problem().key());
  }
}
