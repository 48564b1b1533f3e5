package org.zhidu.policies.spending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.approval.Notice;
import org.zhidu.core.approval.Routing;
import org.zhidu.core.spending.SpendRouter;
import org.zhidu.policies.PackLoader;

/** E1–E3 through the built-in packs: each clause's cases, every threshold at its own value and next to it. */
class SpendRoutesTest {

  private static SpendRouter.SpendRoute route(String pack, String kind, String amount, Boolean budgeted) {
    return SpendRouter.route(PackLoader.builtIn(pack).spending(), kind, new BigDecimal(amount), budgeted);
  }

  private static List<String> chain(String pack, String kind, String amount) {
    return ((Routing.Route) route(pack, kind, amount, null).routing()).chain();
  }

  private static List<Notice> notices(String pack, String kind, String amount) {
    return ((Routing.Route) route(pack, kind, amount, null).routing()).notices();
  }

  @Test
  void receptionsOver500AreReportedTo区府办主任And500ItselfIsNot_E1() {
    assertEquals(List.of(), notices("anju-gov-office", "公务接待", "500"));
    assertEquals(List.of(new Notice("汇报", "区府办主任")), notices("anju-gov-office", "公务接待", "500.01"));
    assertEquals(List.of("分管后勤科级干部"), chain("anju-gov-office", "公务接待", "5000"));
  }

  @Test
  void repairsFrom3000NeedTheDirector_E1() {
    assertEquals(List.of("分管小车班科级干部"), chain("anju-gov-office", "车辆维修", "2999.99"));
    assertEquals(List.of("分管小车班科级干部", "办公室主任"), chain("anju-gov-office", "车辆维修", "3000"));
  }

  @Test
  void smallPurchasesOver500AlsoGoTo区府办主任_E1() {
    assertEquals(List.of("分管后勤科级干部"), chain("anju-gov-office", "小宗物资采购", "500"));
    assertEquals(List.of("分管后勤科级干部", "区府办主任"), chain("anju-gov-office", "小宗物资采购", "500.01"));
  }

  @Test
  void printingFrom2000GoesToTheCadreInChargeOfLogistics_E1() {
    assertEquals(List.of("联系科级干部"), chain("anju-gov-office", "展板制作", "1999.99"));
    assertEquals(List.of("联系科级干部", "分管后勤科级干部"), chain("anju-gov-office", "资料印制", "2000"));
  }

  @Test
  void anythingElseIsTheDirectorsAloneAndEveryClaimHasOneChain_E1() {
    assertEquals(List.of("办公室主任"), chain("anju-gov-office", "办公用品", "80"));
    assertEquals(List.of("经办人", "分管后勤科级干部或分管小车班科级干部", "办公室主任"),
        PackLoader.builtIn("anju-gov-office").spending().claimChain());
  }

  @Test
  void thirtyThousandIsTheDirectorsAndTheClauseGivesItBoth_E2() {
    assertEquals(List.of("办公室主任"), chain("wujiang-cppcc", "会议费", "30000"));
    assertEquals(1, route("wujiang-cppcc", "会议费", "30000", null).bothReadings().size());
    assertEquals(List.of("秘书长"), chain("wujiang-cppcc", "会议费", "30000.01"));
    assertTrue(route("wujiang-cppcc", "会议费", "30000.01", null).bothReadings().isEmpty());
    assertEquals(List.of("办公室主任"), chain("wujiang-cppcc", "预借现金", "50000"));
    assertTrue(route("wujiang-cppcc", "重大财务支出", "1", null).isCollective());
  }

  @Test
  void tenThousandItselfNeedsThe室务会_E3() {
    assertFalse(route("party-office", "物资采购", "9999.99", true).isCollective());
    assertTrue(route("party-office", "物资采购", "10000", true).isCollective());
  }

  @Test
  void 三重一大AtTheirOwnValues_E3() {
    assertEquals("三重一大-一次性购置", route("party-office", "固定资产购置", "50000", true).decidingEntry().id());
    assertEquals("室务会-10000元以上", route("party-office", "固定资产购置", "49999.99", true).decidingEntry().id());
    assertEquals("三重一大-基本建设大修", route("party-office", "大修", "100000", true).decidingEntry().id());
    assertEquals("室务会-10000元以上", route("party-office", "大修", "99999.99", true).decidingEntry().id());
    assertEquals("三重一大-预算外支出", route("party-office", "培训费", "50000", false).decidingEntry().id());
    assertEquals("室务会-10000元以上", route("party-office", "培训费", "50000", true).decidingEntry().id());
    assertEquals(1, route("party-office", "培训费", "50000", null).ifUnbudgeted().size());
  }

  @Test
  void spendingOtherThanPurchasesIsAGap_E3() {
    assertInstanceOf(Routing.Gap.class, route("party-office", "培训费", "100", null).routing());
  }
}
