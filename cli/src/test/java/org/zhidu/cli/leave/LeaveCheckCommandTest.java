package org.zhidu.cli.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.cli.Cli;

/** {@code zhidu leave check} and {@code leave route --person} on broken input: a place, a reason, exit 2, no trace. */
class LeaveCheckCommandTest {

  @TempDir Path dir;

  private static final String OFFICE = Cli.ROOT.resolve("examples/anju/office.yaml").toString();

  private Cli.Result check(String csv, String... more) throws IOException {
    Files.writeString(dir.resolve("leave.csv"), csv, StandardCharsets.UTF_8);
    String[] args = new String[5 + more.length];
    System.arraycopy(new String[] {"leave", "check", "leave.csv", "--office", OFFICE}, 0, args, 0, 5);
    System.arraycopy(more, 0, args, 5, more.length);
    return Cli.runIn(dir, new byte[0], args);
  }

  @Test
  void aRegisterWithoutItsPeriodIsRefusedAtItsHeader() throws IOException {
    Cli.Result r = check("人员,类别,审批人\n张伟,事假,李红梅\n");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("leave.csv:1:1:"), r.err());
    assertTrue(r.err().contains("起止时间"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void anUnclosedQuoteIsRefusedWhereItOpens() throws IOException {
    Cli.Result r = check("人员,类别,起止时间\n张伟,事假,\"2026-03-02 至 2026-03-02\n");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("leave.csv:2:"), r.err());
  }

  @Test
  void aYearTheCalendarDoesNotKnowIsRefusedAtItsCell() throws IOException {
    Cli.Result r = check("人员,类别,起止时间,审批人,审批时间\n张伟,事假,2300-03-02 至 2300-03-02,李红梅,2300-03-01\n",
        "--as-of", "2026-12-01");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("leave.csv:2:"), r.err());
    assertTrue(Cli.runIn(dir, new byte[0], "leave", "check", "leave.csv", "--office", OFFICE, "--as-of",
        "2026-12-01", "--assume-no-holidays").exitCode() <= 1);
  }

  @Test
  void badCellsAreFindingsAndTheOtherRowsAreStillChecked() throws IOException {
    Cli.Result r = check("人员,类别,开始时间,结束时间,天数,审批方式,审批人,审批时间\n"
        + "张伟,事假,2026-13-01,2026-03-02,1,书面,李红梅,2026-02-27\n"
        + "张伟,事假,2026-03-02,2026-03-02,一天,书面,李红梅,2026-02-27\n"
        + "张伟,事假,2026-03-02,2026-03-02,1,传真,李红梅,2026-02-27\n"
        + ",事假,2026-03-02,2026-03-02,1,书面,李红梅,2026-02-27\n"
        + "张伟,事假,2026-03-02,2026-03-02,1,书面,李红梅,2026-02-27,多一格\n"
        + "刘洋,事假,2026-03-04,2026-03-04,1,书面,李红梅,2026-03-01\n", "--as-of", "2026-12-01");
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(Cli.lists(r.out(), "leave.csv", "2:7", "错误 L1 [开始时间]"), r.out());
    assertTrue(Cli.lists(r.out(), "leave.csv", "3:29", "错误 L1 [天数]"), r.out());
    assertTrue(Cli.lists(r.out(), "leave.csv", "4:31", "错误 L1 [审批方式]"), r.out());
    assertTrue(Cli.lists(r.out(), "leave.csv", "5:1", "错误 L1 [人员]"), r.out());
    assertTrue(r.out().contains("\n  6:"), r.out());
    assertTrue(r.out().contains("核对请假 1 条，错误 5 个"), r.out());
  }

  @Test
  void csvTotalsOpenInExcelAndJsonCarriesThem() throws IOException {
    String csv = "人员,类别,起止时间,审批人,审批时间\n刘洋,事假,2026-03-09 至 2026-03-10 上午,李红梅、高峰,2026-03-06\n";
    Cli.Result r = check(csv, "--as-of", "2026-12-01", "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("\uFEFF人员,职务,年度,请假次数,事假,合计天数\r\n"), r.out());
    assertTrue(r.out().contains("刘洋,文秘人员,2026,1,1.5,1.5\r\n"), r.out());
    Cli.Result json = check(csv, "--as-of", "2026-12-01", "--format", "json");
    assertTrue(json.out().contains("\"total\" : 1.5"), json.out());
  }

  @Test
  void theYearKeepsOnlyItsLeave() throws IOException {
    String csv = "人员,类别,起止时间,审批人,审批时间\n刘洋,事假,2025-12-31 至 2026-01-05,李红梅、高峰,2025-12-20\n"
        + "刘洋,事假,2025-03-03 至 2025-03-03,,\n";
    Cli.Result r = check(csv, "--as-of", "2026-12-01", "--year", "2026");
    assertEquals(0, r.exitCode(), r.out() + r.err());
    // 2025-12-31 is in 2025; 1–3 January are 元旦, 4 January (Sunday) is worked, 5 January: 2 days in 2026
    assertTrue(r.out().contains("刘洋  文秘人员  2026  0         2"), r.out());
    assertEquals(2, check(csv, "--year", "20260").exitCode());
  }

  @Test
  void whatAFileHoldsNeverDrivesTheTerminal() throws IOException {
    Cli.Result r = check("人员,类别,起止时间,审批人,审批时间\n\"张\u001b[31m伟\r\n::set-output name=x::pwned\",事假,"
        + "2026-03-02 至 2026-03-02,李红梅,2026-02-27\n", "--as-of", "2026-12-01");
    assertFalse(r.out().contains("\u001b"), r.out());
    assertTrue(r.out().contains("张\\x1B[31m伟\\x0D\\x0A::set-output"), r.out());
    assertFalse(r.out().lines().anyMatch(l -> l.startsWith("::set-output")), r.out());
  }

  @Test
  void daysAreADecimalNumberNotAnExponent() throws IOException {
    Cli.Result r = check("人员,类别,起止时间,天数,审批人,审批时间\n刘洋,事假,2026-03-04 至 2026-03-04,1e9,李红梅,2026-03-01\n",
        "--as-of", "2026-12-01");
    assertTrue(r.out().contains("[天数] 无法识别的天数“1e9”"), r.out());
  }

  @Test
  void aReportsToRoleNoChainHasIsReported() throws IOException {
    Path office = dir.resolve("office.yaml");
    Files.writeString(office, """
        office: 测试办
        sections: [{ name: 秘书股, head: 李红梅 }]
        people:
          - { name: 高峰, role: 办公室主任 }
          - { name: 李红梅, role: 科级干部, section: 秘书股 }
          - { name: 刘洋, role: 文秘人员, section: 秘书股, reportsTo: { 分官科级干部: 李红梅 } }
        """, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("leave.csv"), "人员,类别,起止时间,审批人,审批时间\n刘洋,事假,2026-03-04 至 2026-03-04,李红梅,"
        + "2026-03-01\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.runIn(dir, new byte[0], "leave", "check", "leave.csv", "--office", "office.yaml", "--as-of",
        "2026-12-01");
    assertTrue(Cli.lists(r.out(), "office.yaml", "", "警告 L1 [reportsTo] 刘洋 的 reportsTo 写了“分官科级干部”"), r.out());
    assertEquals(2, Cli.runIn(dir, new byte[0], "leave", "check", "leave.csv", "--office", "office.yaml", "--as-of",
        "0000-01-01").exitCode());
  }

  @Test
  void routeRefusesWhatIsNoRequestAtItsOption() {
    for (String[] args : new String[][] {{"--role", "工作人员", "--days", "0"}, {"--role", "不存在", "--days", "1"},
        {"--role", "工作人员", "--days", "1", "--kind", "不存在的假"}}) {
      String[] all = new String[2 + args.length];
      all[0] = "leave";
      all[1] = "route";
      System.arraycopy(args, 0, all, 2, args.length);
      Cli.Result r = Cli.run(all);
      assertEquals(2, r.exitCode(), String.join(" ", args) + r.out() + r.err());
    }
    Cli.Result both = Cli.run("leave", "route", "--person", "张伟", "--role", "工作人员", "--office", OFFICE, "--days",
        "1");
    assertTrue(both.err().contains("只能给出一个"), both.err());
  }

  @Test
  void routeForAPersonNeedsTheOfficeAndAPersonInIt() {
    Cli.Result noOffice = Cli.run("leave", "route", "--person", "张伟", "--days", "1");
    assertEquals(2, noOffice.exitCode());
    assertTrue(noOffice.err().contains("--office"), noOffice.err());
    Cli.Result unknown = Cli.run("leave", "route", "--person", "无名", "--office", OFFICE, "--days", "1");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("无名"), unknown.err());
    Cli.Result both = Cli.run("leave", "route", "--person", "张伟", "--role", "工作人员", "--office", OFFICE,
        "--days", "1");
    assertEquals(2, both.exitCode());
    Cli.Result named = Cli.run("leave", "route", "--person", "张伟", "--office", OFFICE, "--days", "1", "--on",
        "2026-06-01");
    assertTrue(named.out().contains("分管科级干部（李红梅） 批准"), named.out());
  }
}
