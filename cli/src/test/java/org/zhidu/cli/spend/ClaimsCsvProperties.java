package org.zhidu.cli.spend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.zhidu.cli.CsvFuzz;
import org.zhidu.core.office.Office;
import org.zhidu.core.spending.ClaimChecker;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.office.OfficeLoader;

/** The claims register read from broken text: refused with a place, or read with every finding at a place. */
class ClaimsCsvProperties {

  private static final Office OFFICE = OfficeLoader.load("office.yaml", """
      office: 测试办
      sections: [{ name: 综合股, head: 王建国 }]
      people:
        - { name: 高峰, role: 办公室主任 }
        - { name: 王建国, role: 科级干部, section: 综合股 }
        - { name: 吴敏, role: 文秘人员, section: 综合股, reportsTo: { 分管后勤科级干部: 王建国 } }
      """);

  @Property(tries = 10_000)
  void anyTextIsReadOrRefusedAtALine(@ForAll("claimsTexts") String text) {
    for (String pack : List.of("anju-gov-office", "party-office", "wujiang-cppcc")) {
      ClaimChecker checker = new ClaimChecker(pack.startsWith("anju") ? OFFICE : null,
          PackLoader.builtIn(pack).spending(), LocalDate.of(2026, 12, 1));
      CsvFuzz.readOrRefusedAtALine(text, () -> {
        ClaimsCsv.read("claims.csv", text, checker);
        return checker.finish().findings();
      });
    }
  }

  @Provide
  Arbitrary<String> claimsTexts() {
    return CsvFuzz.texts(List.of(
        "日期,经办人,类别,金额,附件,审批人,审批时间,报账签字,出差返回日期,报销日期,决策方式,预算内,资产登记号,单价,人数,发票号码,汇报\n"
            + "2026-03-05,吴敏,公务接待,480.00,发票、接待审批单、来文公函、菜单,王建国,2026-03-04 10:00,吴敏、王建国、高峰,,"
            + "2026-03-10,,是,,,,51010001,\n"
            + "2026-03-12,吴敏,差旅费,\"3,200.00\",发票,王建国→高峰,2026年3月11日,吴敏、王建国、高峰,2026-03-10,2026-03-18,"
            + "室务会,否,ZC-1,1500,4,\"51010002, 51010001\",区府办主任\n",
        "\uFEFFdate,handler,kind,amount,approvers\r\n2026-04-02,吴敏,小宗物资采购,壹仟伍佰元整,\"王建国, 区府办主任\"\r\n"
            + "2026-04-03,吴敏,加班用餐,1.5万,王建国\r\n",
        "日期,经手人,类别,金额\n2026-03-04,王晓,会议费,30000\n"));
  }

  @Property
  void aCountOfPeopleIsReadBackAsWritten(@ForAll @IntRange(min = 1, max = ClaimsCsv.MOST_PERSONS) int n) {
    assertEquals(n, ClaimsCsv.persons(Integer.toString(n)));
    assertEquals(n, ClaimsCsv.persons(n + "人"));
  }

  @Test
  void noPeopleOrTooManyOrAnythingElseIsNoCount() {
    for (String bad : List.of("0", "10001", "-1", "1.5", "四", "", "人", "99999999999")) {
      assertNull(ClaimsCsv.persons(bad), bad);
    }
  }

  @Test
  void theBudgetIsYesOrNoInTheWaysOfficesWriteIt() {
    for (String yes : List.of("是", "预算内", "yes", "Y", "TRUE", "1")) {
      assertEquals(Boolean.TRUE, ClaimsCsv.budgeted(yes), yes);
    }
    for (String no : List.of("否", "预算外", "no", "n", "false", "0")) {
      assertEquals(Boolean.FALSE, ClaimsCsv.budgeted(no), no);
    }
    assertNull(ClaimsCsv.budgeted("也许"));
  }

  @Test
  void aLineBreakInsideACellSeparatesItemsAndFullWidthDigitsAreAscii() {
    assertEquals(List.of("发票", "接待审批单"), org.zhidu.cli.input.CellList.split("发票\n接待审批单"));
    assertEquals(List.of("发票", "菜单"), org.zhidu.cli.input.CellList.split("发票\r\n菜单"));
    assertEquals("51010001", ClaimsCsv.halfWidth("５１０１０００１"));
    assertEquals("ZC-1", ClaimsCsv.halfWidth("ＺＣ－１"));
    assertEquals(4, ClaimsCsv.persons("４"));
  }
}
