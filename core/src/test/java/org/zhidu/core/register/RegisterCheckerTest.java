package org.zhidu.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.Finding;

/** The boundaries of G3 (印章出借登记): the as-of day itself, and a return at the very time of the loan. */
class RegisterCheckerTest {

  private static final Schema SEALS = new Schema("G3", "印章出借登记", "工作登记统计和资料归档制度 一(一)2",
      List.of(
          new Field("出借时间", List.of(), FieldType.DATETIME, true, List.of()),
          new Field("出借事由", List.of(), FieldType.TEXT, true, List.of()),
          new Field("借出人员", List.of(), FieldType.PERSON, true, List.of()),
          new Field("归还时间", List.of(), FieldType.DATETIME, false, List.of())),
      List.of(new RowRule.EndNotBeforeStart("出借时间", "归还时间"), new RowRule.Returned("出借时间", "归还时间")));

  private static List<String> keys(String rows, long asOf) {
    return RegisterChecker.check("G3.csv", "出借时间,出借事由,借出人员,归还时间\n" + rows, SEALS, asOf, 0).findings()
        .stream().map(Finding::message).map(m -> m.key()).toList();
  }

  @Test
  void aSealLentOnTheAsOfDayItselfAndNotReturnedIsReported() {
    assertEquals(List.of("register.not_returned"), keys("2026-11-23 08:30,外出,吴敏,\n", 20261123L));
    assertEquals(List.of(), keys("2026-11-24 08:30,外出,吴敏,\n", 20261123L), "lent after the as-of day");
  }

  @Test
  void aReturnAtTheTimeOfTheLoanIsNotBeforeIt() {
    assertEquals(List.of(), keys("2026-03-02 09:00,外出,吴敏,2026-03-02 09:00\n", 20261123L));
    assertEquals(List.of("register.end_before_start"), keys("2026-03-02 09:00,外出,吴敏,2026-03-02 08:59\n",
        20261123L));
  }

  @Test
  void theFindingPointsAtTheCell() {
    Finding f = RegisterChecker.check("G3.csv", "出借时间,出借事由,借出人员,归还时间\n2026-03-02 09:00,外出,吴敏,2026-03-01\n",
        SEALS, 20261123L, 0).findings().get(0);
    assertEquals(2, f.location().line());
    assertEquals(24, f.location().column());
    assertEquals("归还时间", f.location().field());
    assertEquals("G3", f.ruleId());
  }

  /** G13 as the registers' pack writes it: a destruction needs its destroyer and its witness, two people. */
  private static final Schema CLASSIFIED = new Schema("G13", "涉密文件借阅、收发、销毁登记", "(18) 九",
      List.of(
          new Field("文件名称或编号", List.of(), FieldType.TEXT, true, List.of()),
          new Field("类别", List.of(), FieldType.ENUM, true, List.of("借阅", "销毁")),
          new Field("销毁人", List.of(), FieldType.PERSON, false, List.of()),
          new Field("监销人", List.of(), FieldType.PERSON, false, List.of())),
      List.of(new RowRule.RequiredWhen("类别", "销毁", List.of("销毁人", "监销人")),
          new RowRule.DifferentPeople(List.of("销毁人", "监销人"))));

  @Test
  void g13DestroyerAndWitnessAreTwoPeople() {
    // S2 (18) 九: "销毁密件、密品应有有关人员在场监销，并由监销人员和销毁人员共同签名"
    String header = "文件名称或编号,类别,销毁人,监销人\n";
    List<Finding> same = RegisterChecker.check("G13.csv", header + "机密文件1,销毁,吴敏,吴敏\n", CLASSIFIED, 20261123L, 0)
        .findings();
    assertEquals(List.of("register.same_person"), same.stream().map(f -> f.message().key()).toList());
    assertEquals("监销人", same.get(0).location().field());
    assertEquals("G13", same.get(0).ruleId());
    assertEquals(List.of(), RegisterChecker.check("G13.csv", header + "机密文件1,销毁,吴敏,周静\n", CLASSIFIED,
        20261123L, 0).findings(), "two people");
    assertEquals(List.of("register.same_person"), RegisterChecker.check("G13.csv",
        header + "机密文件1,销毁,吴敏,\u3000吴敏 \n", CLASSIFIED, 20261123L, 0).findings().stream()
        .map(f -> f.message().key()).toList(), "spaces around a name do not make another person");
    assertEquals(List.of("register.required_when"), RegisterChecker.check("G13.csv",
        header + "机密文件1,销毁,吴敏,\n", CLASSIFIED, 20261123L, 0).findings().stream()
        .map(f -> f.message().key()).toList(), "an empty witness is missing, not the same person");
  }

  @Test
  void g1AColumnNamedTwiceIsReportedAtTheSecond() {
    Schema g1 = org.zhidu.core.register.RegisterCheckerTest.schemaOf(
        "G1", new Field("时间", List.of("time"), FieldType.DATETIME, true, List.of()));
    RegisterReport r = RegisterChecker.check("g1.csv", "时间,time\n2026-03-05 09:00,2026-03-06 09:00\n", g1, 20260101L, 0);
    assertEquals(List.of("register.column_twice"), r.findings().stream().map(f -> f.message().key()).toList());
    assertEquals(4, r.findings().get(0).location().column());
  }

  static Schema schemaOf(String id, Field... fields) {
    return new Schema(id, "表", "本办", List.of(fields), List.of());
  }
}
