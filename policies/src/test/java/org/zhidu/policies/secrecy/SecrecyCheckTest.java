package org.zhidu.policies.secrecy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.RowPlace;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Posting;
import org.zhidu.core.office.Role;
import org.zhidu.core.office.Section;
import org.zhidu.core.secrecy.CarrierRecord;
import org.zhidu.core.secrecy.CopyRecord;
import org.zhidu.core.secrecy.DeviceRecord;
import org.zhidu.core.secrecy.KeptRecord;
import org.zhidu.core.secrecy.Level;
import org.zhidu.core.secrecy.SecrecyChecker;
import org.zhidu.core.secrecy.SecrecyPolicy;
import org.zhidu.core.secrecy.SecrecyProblem;
import org.zhidu.core.secrecy.SecretRecord;
import org.zhidu.policies.PackLoader;

/** Each clause of classified material on its own cases, the bounds themselves included. */
class SecrecyCheckTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
  static final LocalDateTime T = LocalDateTime.of(2026, 3, 2, 9, 0);

  static final Office PARTY = new Office("党办", List.of(new Section("秘书室", null), new Section("督查室", null)),
      List.of(new Person("钱坤", Role.STAFF, List.of(), null, List.of(), "XX办公室主任", Map.of()),
          new Person("孙岩", Role.STAFF, List.of(), null, List.of(), "副主任", Map.of()),
          new Person("蒋涛", Role.STAFF, List.of(new Posting("秘书室", LocalDate.of(2024, 1, 1)),
              new Posting("督查室", LocalDate.of(2026, 9, 1))), null, List.of(), "工作人员", Map.of())));

  static RowPlace line(int n) {
    return field -> new Location("s.csv", n, 1, field);
  }

  static SecrecyPolicy policy(String pack) {
    return PackLoader.builtIn(pack).secrecy();
  }

  static List<SecrecyProblem> problems(List<Finding> findings) {
    List<SecrecyProblem> out = new ArrayList<>();
    for (Finding f : findings) {
      for (SecrecyProblem p : SecrecyProblem.values()) {
        if (p.messageKey().equals(f.message().key())) {
          out.add(p);
        }
      }
    }
    return out;
  }

  static SecretRecord loan(LocalDateTime at, LocalDateTime due, LocalDateTime returned) {
    return new SecretRecord("X委发〔2026〕5号", Level.SECRET, SecretRecord.Kind.LOAN, "蒋涛", at, "孙岩", due, returned,
        null, "", "", line(2));
  }

  static List<SecrecyProblem> check(String pack, Office office, SecretRecord... rows) {
    SecrecyChecker checker = new SecrecyChecker(policy(pack), office, AS_OF);
    for (SecretRecord r : rows) {
      checker.accept(r);
    }
    return problems(checker.finish().findings());
  }

  @Nested
  class Carriers {

    @Test
    void aCompilationIsMarkedWithTheHighestLevelItHolds_S1() {
      SecrecyChecker checker = new SecrecyChecker(policy("party-office"), null, AS_OF);
      checker.accept(new CarrierRecord("HB-1", "汇编", Level.CONFIDENTIAL, List.of("A", "B"), line(2)));
      checker.accept(new CarrierRecord("HB-2", "汇编", Level.TOP_SECRET, List.of("A", "B"), line(3)));
      checker.accept(new SecretRecord("A", Level.SECRET, SecretRecord.Kind.RECEIVED, "沈洁", T, "", null, null, null,
          "", "", line(2)));
      checker.accept(new SecretRecord("B", Level.TOP_SECRET, SecretRecord.Kind.RECEIVED, "沈洁", T, "", null, null,
          null, "", "", line(3)));
      List<Finding> found = checker.finish().findings();
      assertEquals(List.of(SecrecyProblem.CARRIER_BELOW), problems(found));
      assertEquals(2, found.get(0).location().line()); // marking above is no error
    }

    @Test
    void aMediumHoldingACompilationCountsTheCompilationsLevelAndAnUnknownNumberIsAWarning_S1() {
      SecrecyChecker checker = new SecrecyChecker(policy("party-office"), null, AS_OF);
      checker.accept(new CarrierRecord("HB-1", "汇编", Level.CONFIDENTIAL, List.of(), line(2)));
      checker.accept(new CarrierRecord("U-1", "移动介质", Level.SECRET, List.of("HB-1", "Z-9"), line(3)));
      assertEquals(List.of(SecrecyProblem.CONTENT_UNKNOWN, SecrecyProblem.CARRIER_BELOW),
          problems(checker.finish().findings()));
    }
  }

  @Nested
  class CarriersHoldingThemselves {

    List<String> holdingThemselves(CarrierRecord... carriers) {
      SecrecyChecker checker = new SecrecyChecker(policy("party-office"), null, AS_OF);
      for (CarrierRecord c : carriers) {
        checker.accept(c);
      }
      return checker.finish().findings().stream()
          .filter(f -> f.message().key().equals("secrecy.carrier_holds_itself"))
          .map(f -> f.message().args().get(1) + "→" + f.message().args().get(2) + "@" + f.location().line()).toList();
    }

    CarrierRecord carrier(String number, int line, String... holds) {
      return new CarrierRecord(number, "汇编", Level.SECRET, List.of(holds), line(line));
    }

    @Test
    void aCarrierHoldingItselfOrHeldBackRoundIsAnErrorAndOneOnlyLeadingIntoTheRoundIsNot_S1() {
      assertEquals(List.of("HB-1→HB-1@2"), holdingThemselves(carrier("HB-1", 2, "A", "HB-1")));
      assertEquals(List.of("HB-1→HB-2@2", "HB-2→HB-1@3"),
          holdingThemselves(carrier("HB-1", 2, "HB-2"), carrier("HB-2", 3, "HB-1")));
      // U-1 holds HB-1, which is in a round of three; U-1 itself is not in it
      assertEquals(List.of("HB-1→HB-2@3", "HB-2→HB-3@4", "HB-3→HB-1@5"),
          holdingThemselves(carrier("U-1", 2, "HB-1"), carrier("HB-1", 3, "HB-2"), carrier("HB-2", 4, "HB-3"),
              carrier("HB-3", 5, "HB-1", "A")));
      assertEquals(List.of(), holdingThemselves(carrier("HB-1", 2, "HB-2"), carrier("HB-2", 3, "A")));
      // one carrier in two rows: only the row that lists the way back answers for it
      assertEquals(List.of("HB-1→HB-2@3", "HB-2→HB-1@4"), holdingThemselves(carrier("HB-1", 2, "A"),
          carrier("HB-1", 3, "HB-2"), carrier("HB-2", 4, "HB-1")));
    }

    @Test
    void aLongChainOfCarriersEndingInARoundIsFoundWithoutRecursion_S1() {
      int n = 200_000;
      CarrierRecord[] chain = new CarrierRecord[n];
      for (int i = 0; i < n; i++) {
        chain[i] = carrier("C-" + i, i + 2, i + 1 < n ? "C-" + (i + 1) : "C-" + (n - 2));
      }
      assertEquals(List.of("C-" + (n - 2) + "→C-" + (n - 1) + "@" + n, "C-" + (n - 1) + "→C-" + (n - 2) + "@" + (n + 1)),
          holdingThemselves(chain));
    }
  }

  @Nested
  class Copies {

    CopyRecord copy(String kind, Level level, Level copyLevel, String approver, String department, String medium) {
      return new CopyRecord("X委发〔2026〕3号", kind, level, copyLevel, T, approver, department, medium, line(2));
    }

    List<SecrecyProblem> check(String pack, Office office, CopyRecord c) {
      SecrecyChecker checker = new SecrecyChecker(policy(pack), office, AS_OF);
      checker.accept(c);
      return problems(checker.finish().findings());
    }

    @Test
    void anjuNeverCopiesTopSecretNorCipherTelegrams_S2() {
      assertEquals(List.of(SecrecyProblem.COPY_FORBIDDEN),
          check("anju-gov-office", null, copy("文件", Level.TOP_SECRET, null, "分管保密工作科级干部", null, "")));
      assertEquals(List.of(SecrecyProblem.COPY_FORBIDDEN),
          check("anju-gov-office", null, copy("密码电报", Level.SECRET, null, "分管保密工作科级干部", null, "")));
      assertEquals(List.of(),
          check("anju-gov-office", null, copy("文件", Level.CONFIDENTIAL, null, "分管保密工作科级干部", null, "")));
    }

    @Test
    void theApproverFollowsTheLevelAndTheMedium_S2() {
      // 秘密 and 机密 by 本机关负责人 (the director or a deputy), 绝密 by the director alone
      assertEquals(List.of(), check("party-office", PARTY, copy("文件", Level.SECRET, Level.SECRET, "孙岩", "机要室", "纸质")));
      assertEquals(List.of(SecrecyProblem.COPY_WRONG_APPROVER),
          check("party-office", PARTY, copy("文件", Level.TOP_SECRET, Level.TOP_SECRET, "孙岩", "机要室", "纸质")));
      assertEquals(List.of(),
          check("party-office", PARTY, copy("文件", Level.TOP_SECRET, Level.TOP_SECRET, "钱坤", "机要室", "纸质")));
      assertEquals(List.of(SecrecyProblem.COPY_WRONG_APPROVER),
          check("party-office", PARTY, copy("文件", Level.SECRET, Level.SECRET, "孙岩", "机要室", "U盘")));
      assertEquals(List.of(SecrecyProblem.COPY_NOT_APPROVED),
          check("party-office", PARTY, copy("文件", Level.SECRET, Level.SECRET, "", "机要室", "纸质")));
    }

    @Test
    void aCopyKeepsItsOriginalsLevelAndOnlyTheConfidentialRoomCopiesCipherTelegrams_S2() {
      assertEquals(List.of(SecrecyProblem.COPY_LEVEL_CHANGED),
          check("party-office", PARTY, copy("文件", Level.CONFIDENTIAL, Level.SECRET, "孙岩", "机要室", "纸质")));
      assertEquals(List.of(SecrecyProblem.COPY_CIPHER_DEPARTMENT),
          check("party-office", PARTY, copy("密码电报", Level.CONFIDENTIAL, null, "孙岩", "综合室", "纸质")));
    }
  }

  @Nested
  class Destruction {

    SecretRecord destroyed(String approver, String destroyer, String witness, String site) {
      return new SecretRecord("X委办〔2025〕12号", Level.SECRET, SecretRecord.Kind.DESTROYED, "沈洁", T, approver, null,
          null, site, destroyer, witness, line(2));
    }

    @Test
    void aDestructionIsApprovedAndSignedByTwoPeopleAtTheDesignatedSite_S3() {
      assertEquals(List.of(), SecrecyCheckTest.check("party-office", null, destroyed("孙岩", "沈洁", "冯敏", "市公文销毁站")));
      assertEquals(List.of(SecrecyProblem.DESTRUCTION_NOT_APPROVED),
          SecrecyCheckTest.check("party-office", null, destroyed("", "沈洁", "冯敏", "市公文销毁站")));
      assertEquals(List.of(SecrecyProblem.DESTRUCTION_UNSIGNED),
          SecrecyCheckTest.check("party-office", null, destroyed("孙岩", "沈洁", "", "市公文销毁站")));
      assertEquals(List.of(SecrecyProblem.DESTRUCTION_ONE_PERSON),
          SecrecyCheckTest.check("party-office", null, destroyed("孙岩", "沈洁", "沈洁", "市公文销毁站")));
      assertEquals(List.of(SecrecyProblem.DESTRUCTION_SITE),
          SecrecyCheckTest.check("party-office", null, destroyed("孙岩", "沈洁", "冯敏", "碎纸机")));
      // 安居 names no site: none is checked
      assertEquals(List.of(), SecrecyCheckTest.check("anju-gov-office", null, destroyed("高峰", "孙浩", "张伟", "碎纸机")));
    }
  }

  @Nested
  class Retention {

    List<SecrecyProblem> kept(LocalDate made, LocalDate destroyed) {
      SecrecyChecker checker = new SecrecyChecker(policy("party-office"), null, AS_OF);
      checker.accept(new KeptRecord("涉密会议记录表", "HY-1", made.atStartOfDay(), null, false, destroyed, line(2)));
      return problems(checker.finish().findings());
    }

    @Test
    void aRecordKeptFiveYearsMayGoOnTheDayTheYearsAreUpNotTheDayBefore_S4() {
      LocalDate made = LocalDate.of(2021, 3, 15);
      assertEquals(List.of(), kept(made, LocalDate.of(2026, 3, 15)));
      assertEquals(List.of(SecrecyProblem.DESTROYED_EARLY), kept(made, LocalDate.of(2026, 3, 14)));
    }

    @Test
    void retentionListsWhatIsDueOnTheCheckDayItself_S4() {
      SecrecyChecker checker = new SecrecyChecker(policy("party-office"), null, AS_OF);
      checker.accept(new KeptRecord("外宾来访登记表", "WB-1", LocalDate.of(2021, 12, 1).atTime(9, 0),
          LocalDate.of(2021, 11, 20).atStartOfDay(), true, null, line(2)));
      checker.accept(new KeptRecord("外宾来访登记表", "WB-2", LocalDate.of(2021, 12, 2).atTime(9, 0),
          LocalDate.of(2021, 11, 20).atStartOfDay(), true, null, line(3)));
      List<KeptRecord> due = checker.finish().destroyable();
      assertEquals(List.of("WB-1"), due.stream().map(KeptRecord::number).toList());
    }
  }

  @Nested
  class Devices {

    @Test
    void aClassifiedComputerIsNeverNetworkedNorWireless_S5() {
      SecrecyChecker checker = new SecrecyChecker(policy("anju-gov-office"), null, AS_OF);
      checker.accept(new DeviceRecord("PC-1", true, false, "无", line(2)));
      checker.accept(new DeviceRecord("PC-2", true, true, "", line(3)));
      checker.accept(new DeviceRecord("PC-3", true, false, "无线键盘", line(4)));
      checker.accept(new DeviceRecord("PC-4", false, true, "无线网卡", line(5)));
      assertEquals(List.of(SecrecyProblem.DEVICE_NETWORKED, SecrecyProblem.DEVICE_WIRELESS),
          problems(checker.finish().findings()));
    }
  }

  @Nested
  class Loans {

    @Test
    void thePartyOfficesLoanComesBackTheSameDayBy2359_S6() {
      assertEquals(List.of(), check("party-office", null, loan(T, null, T.withHour(23).withMinute(59))));
      assertEquals(List.of(SecrecyProblem.LOAN_RETURNED_LATE),
          check("party-office", null, loan(T, null, T.plusDays(1).withHour(0).withMinute(0))));
    }

    @Test
    void aLoanStillOutIsOverdueOnlyAfterItsDueDay_S6() {
      LocalDateTime due = AS_OF.atTime(23, 59);
      assertEquals(List.of(), check("anju-gov-office", null, loan(T, due, null)));
      assertEquals(List.of(SecrecyProblem.LOAN_OVERDUE), check("anju-gov-office", null, loan(T, due.minusDays(1), null)));
      assertEquals(List.of(SecrecyProblem.LOAN_NO_DUE), check("anju-gov-office", null, loan(T, null, null)));
    }

    @Test
    void aBorrowerWhoMovesWithTheLoanOpenIsReported_S6() {
      LocalDateTime lent = LocalDateTime.of(2026, 8, 20, 9, 0);
      LocalDateTime due = LocalDateTime.of(2026, 12, 31, 17, 0);
      assertEquals(List.of(SecrecyProblem.MOVED_WITH_LOAN), check("anju-gov-office", PARTY, loan(lent, due, null)));
      // returned the day before the move: nothing to say
      assertEquals(List.of(), check("anju-gov-office", PARTY, loan(lent, due, LocalDateTime.of(2026, 8, 31, 17, 0))));
    }
  }

  @Nested
  class Visits {

    List<SecrecyProblem> visit(LocalDateTime at, LocalDateTime approved) {
      SecrecyChecker checker = new SecrecyChecker(policy("party-office"), null, AS_OF);
      checker.accept(new KeptRecord("外宾来访登记表", "WB-1", at, approved, true, null, line(2)));
      return problems(checker.finish().findings());
    }

    @Test
    void aForeignVisitIsApprovedBeforeItIsReceived_S7() {
      LocalDateTime at = LocalDateTime.of(2025, 5, 20, 10, 0);
      assertEquals(List.of(), visit(at, at)); // the same minute: not after
      assertEquals(List.of(), visit(at, at.toLocalDate().atStartOfDay())); // the same day, no time: first
      assertEquals(List.of(SecrecyProblem.VISIT_BEFORE_APPROVAL), visit(at, at.plusMinutes(1)));
      assertEquals(List.of(SecrecyProblem.VISIT_NOT_APPROVED), visit(at, null));
    }
  }

  @Test
  void aRuleThePackDoesNotGiveIsSaidOnceWithHowManyRows_S7() {
    SecrecyChecker checker = new SecrecyChecker(policy("anju-gov-office"), null, AS_OF);
    for (int i = 0; i < 3; i++) {
      checker.accept(new KeptRecord("外宾来访登记表", "WB-" + i, T, T, true, null, line(2 + i)));
    }
    List<Finding> found = checker.finish().findings();
    assertTrue(found.stream().allMatch(f -> f.rule().value().equals("X-GAP")), found::toString);
    assertEquals(2, found.size()); // S7 and S4, each once
    assertEquals("3", found.get(0).message().args().get(2));
  }

  @Nested
  class Readings {

    @Test
    void aDepartmentOrSiteThatSaysItIsNotTheOneNeverNamesIt_S2() {
      SecrecyChecker checker = new SecrecyChecker(policy("party-office"), PARTY, AS_OF);
      checker.accept(new CopyRecord("X电〔2026〕9号", "密码电报", Level.CONFIDENTIAL, null, T, "孙岩", "非机要部门", "",
          line(2)));
      checker.accept(new CopyRecord("X电〔2026〕9号", "密码电报", Level.CONFIDENTIAL, null, T, "孙岩", "机要室", "",
          line(3)));
      assertEquals(List.of(SecrecyProblem.COPY_CIPHER_DEPARTMENT), problems(checker.finish().findings()));
    }

    @Test
    void wiredDevicesAndBlankMarkersAreNoWirelessDevice_S5() {
      for (String none : List.of("有线鼠标", "-", "0", "N/A", "无", "")) {
        assertEquals("", new DeviceRecord("PC", true, false, none, line(2)).wireless(), none);
      }
      assertEquals("蓝牙", new DeviceRecord("PC", true, false, "蓝牙", line(2)).wireless());
    }

    @Test
    void aReturnBeforeTheLoanIsAnErrorOfTheRegister_S6() {
      assertEquals(List.of(SecrecyProblem.RETURNED_BEFORE_LENT),
          check("party-office", null, loan(T, null, T.minusHours(1))));
      // a return written as the day alone, on the day of the loan, is not before it
      assertEquals(List.of(), check("party-office", null, loan(T, null, T.toLocalDate().atStartOfDay())));
    }

    @Test
    void aVisitWrittenAsADayAloneIsApprovedFirstOnTheSameDay_S7() {
      SecrecyChecker checker = new SecrecyChecker(policy("party-office"), null, AS_OF);
      LocalDateTime day = LocalDate.of(2024, 5, 20).atStartOfDay();
      checker.accept(new KeptRecord(KeptRecord.VISITS, "V2", day, day.withHour(11), true, null, line(2)));
      assertEquals(List.of(), problems(checker.finish().findings()));
    }

    @Test
    void onlyTheKindsThePackKeepsAreKeptTheOthersAreAGapSaidOncePerKind_S4() {
      SecrecyPolicy partyOnlyMeetings = new SecrecyPolicy(null, null, null, new SecrecyPolicy.Retention(5,
          List.of(KeptRecord.MEETINGS), "(27) 六"), null, null, null);
      SecrecyChecker checker = new SecrecyChecker(partyOnlyMeetings, null, AS_OF);
      checker.accept(new KeptRecord(KeptRecord.VISITS, "V1", T, null, false, LocalDate.of(2026, 3, 3), line(2)));
      checker.accept(new KeptRecord(KeptRecord.VISITS, "V2", T, null, false, LocalDate.of(2026, 3, 3), line(3)));
      checker.accept(new KeptRecord(KeptRecord.MEETINGS, "M1", T, null, false, LocalDate.of(2026, 3, 3), line(4)));
      List<Finding> found = checker.finish().findings();
      assertEquals(List.of(SecrecyProblem.NO_RULE, SecrecyProblem.DESTROYED_EARLY), problems(found));
      assertEquals("2", found.get(0).message().args().get(2));
    }
  }
}
