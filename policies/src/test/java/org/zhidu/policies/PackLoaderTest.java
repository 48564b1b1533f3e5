package org.zhidu.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.naming.DocumentKind;

/** Packs: the built-in anju-gov-office pack, and a user's pack that extends it. */
class PackLoaderTest {

  @Test
  void everyShippedPackFilePassesTheFirstPassThatLoadingSkips() throws Exception {
    int files = 0;
    for (String id : BuiltInPacks.ids()) {
      List<String> names = new java.util.ArrayList<>(List.of(id + ".yaml"));
      Registry.sections().forEach(s -> names.add(id + "-" + s.key() + ".yaml"));
      for (String name : names) {
        try (var in = PackLoader.class.getResourceAsStream("packs/" + name)) {
          if (in == null) {
            continue;
          }
          String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
          // no alias, no merge key, each place found: what readDocument checks before binding
          var full = org.zhidu.policies.yaml.StrictYaml.readDocument(name, text,
              com.fasterxml.jackson.databind.node.ObjectNode.class);
          var shipped = org.zhidu.policies.yaml.StrictYaml.readShipped(name, text,
              com.fasterxml.jackson.databind.node.ObjectNode.class);
          assertEquals(full.value(), shipped.value(), name);
          assertEquals(full.places().keySet(), shipped.places().keySet(), name);
          for (String pointer : full.places().keySet()) {
            assertEquals(full.place(pointer), shipped.place(pointer), name + pointer);
          }
          files++;
        }
      }
    }
    assertTrue(files > BuiltInPacks.ids().size(), "a section kept in a file of its own is read too");
  }

  @Test
  void theAnjuPackCarriesTheFifteenKindsWithTheirCitation() {
    Pack pack = PackLoader.builtIn(BuiltInPacks.ANJU_GOV_OFFICE);
    List<DocumentKind> kinds = pack.naming().documentKinds();
    assertEquals(15, kinds.size(), "命令(令) counts once: the clause says 15 种");
    assertEquals(List.of("命令", "令"), kinds.stream().filter(k -> k.name().equals("命令")).findFirst()
        .orElseThrow().spellings());
    assertTrue(kinds.stream().filter(DocumentKind::ordinalNumber).allMatch(k -> k.name().equals("命令")));
    Setting setting = pack.settingsFor("N1").get(0);
    assertTrue(setting.citation().contains("电子文档命名规则及说明(试行) 一"));
    assertTrue(setting.origin().builtIn());
  }

  @Test
  void r8TheAnjuPackCitesOnlyItsOwnDocumentsAndDeclaresTheLeadersStayingAGap() {
    Pack pack = PackLoader.builtIn(BuiltInPacks.ANJU_GOV_OFFICE);
    RuleEntry r8 = pack.rule("R8").orElseThrow().entry();
    assertFalse(r8.citation().contains("吴江"), r8.citation());
    assertFalse(r8.clause().contains("吴江"), r8.clause());
    assertTrue(pack.gaps().stream().anyMatch(g -> g.entry().rules().contains("R8")
        && g.entry().gap().contains("领导集体外出时须有一名领导留守")));
    assertTrue(pack.gaps().stream().noneMatch(g -> g.entry().gap().contains("吴江")), "no other body's document cited");
  }

  @Test
  void theAnjuPackCarriesTheTwelveDraftCategoriesAsAnOpenList() {
    Pack pack = PackLoader.builtIn(BuiltInPacks.ANJU_GOV_OFFICE);
    assertEquals(12, pack.naming().draftCategories().size());
    Setting setting = pack.settingsFor("N3").get(0);
    assertTrue(setting.open(), "the clause ends its list with 等");
  }

  @Test
  void everyNamingRuleHasItsClauseAndCitation() {
    Pack pack = PackLoader.builtIn(BuiltInPacks.ANJU_GOV_OFFICE);
    for (String id : List.of("N1", "N2", "N3", "N4", "N5", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "I1", "I2", "I3", "I4",
        "I5", "I6")) {
      Rule rule = pack.rule(id).orElseThrow();
      assertFalse(rule.entry().clause().isBlank(), id);
      assertFalse(rule.entry().citation().isBlank(), id);
    }
  }

  @Test
  void theRotaNumbersComeFromTheDutyRegulation() {
    Pack pack = PackLoader.builtIn(BuiltInPacks.ANJU_GOV_OFFICE);
    assertEquals(org.zhidu.core.rota.RotaPolicy.ANJU, pack.rota());
    assertEquals("值班工作制度 四(二)（原则上每天2人值班）", pack.settingsFor("R4").get(0).citation());
  }

  @Test
  void theScoringItemsAreTheClausesTwentyOne() {
    org.zhidu.core.scoring.ScoringPolicy scoring = PackLoader.builtIn(BuiltInPacks.ANJU_GOV_OFFICE).scoring();
    assertEquals(21, scoring.items().size());
    assertEquals(100, scoring.base());
    assertEquals(-5, scoring.item("未完成年度调研任务").orElseThrow().points());
    assertEquals(List.of("秘书股", "研究室"), scoring.item("材料写作失误").orElseThrow().evidence());
    assertEquals(5, scoring.item("省级表彰").orElseThrow().points());
    assertEquals(28, scoring.deadlineDay());
    assertEquals(new org.zhidu.core.scoring.ScoringPolicy.Range(5, 8), scoring.commendedPeople(), "I6: 5-8名");
    assertEquals(List.of("值班无故离岗", "未及时处理突发事件信息"), scoring.seriousItems(), "I2: 三(三)");
    assertEquals(List.of("未完成年度调研任务"), scoring.onceAYear());
    assertEquals(2, scoring.taskWorkdays().lastAllowed(), "I2: 三(五) 2个工作日, the 2nd in time");
  }

  @Test
  void aUserPackMayChangeOneRotaNumber() {
    Pack pack = PackLoader.fromYaml("my-office.yaml", """
        id: my-office
        extends: anju-gov-office
        rota:
          clerksPerHoliday: { rules: [R4], citation: 本办节假日值班安排, value: 3 }
        """);
    assertEquals(3, pack.rota().clerksPerHoliday());
    assertEquals(1, pack.rota().clerksPerDay());
    assertEquals("my-office.yaml", pack.settingsFor("R4").get(0).origin().file());
    InputException bad = assertThrows(InputException.class, () -> PackLoader.fromYaml("bad.yaml", """
        id: bad
        extends: anju-gov-office
        rota:
          handover: { rules: [R5], citation: 本办, value: "9点" }
        """));
    assertEquals("pack.bad_time", bad.problem().key());
    assertEquals(4, bad.location().line(), "the line of the key at fault");
  }

  @Test
  void aUserPackOverridesOneSettingAndKeepsTheRest() {
    Pack pack = PackLoader.fromYaml("my-office.yaml", """
        id: my-office
        extends: anju-gov-office
        naming:
          draftCategories:
            rules: [N3]
            citation: 本办补充规定
            open: true
            values: [讲话, 调研报告]
        """);
    assertEquals("my-office", pack.id());
    assertEquals(java.util.Set.of("讲话", "调研报告"), pack.naming().draftCategories());
    Setting categories = pack.settingsFor("N3").get(0);
    assertEquals("my-office.yaml", categories.origin().file());
    Setting kinds = pack.settingsFor("N1").get(0);
    assertTrue(kinds.origin().builtIn(), "what the user did not override stays built-in");
    assertEquals(15, pack.naming().documentKinds().size());
    assertNull(pack.rule("N1").orElseThrow().origin().file());
  }

  @Test
  void aUserPackMustExtendAKnownPack() {
    InputException e = assertThrows(InputException.class,
        () -> PackLoader.fromYaml("p.yaml", "id: p\nextends: no-such-pack\n"));
    assertEquals("pack.unknown", e.problem().key());
  }

  @Test
  void aStandalonePackCarriesOnlyTheAreasItWrites() {
    Pack pack = PackLoader.fromYaml("p.yaml", "id: p\nname: x\nsource: {title: t}\n");
    InputException e = assertThrows(InputException.class, pack::naming);
    assertEquals("pack.no_section", e.problem().key());
  }

  @Test
  void aStandalonePackMustWriteEveryValueOfASectionItCarries() {
    InputException e = assertThrows(InputException.class, () -> PackLoader.fromYaml("p.yaml",
        "id: p\nname: x\nsource: {title: t}\nrules: [{id: R3, title: a, titleEn: a, citation: c, clause: c, "
            + "checks: c, checksEn: c}]\nrota:\n  clerksPerDay: {rules: [R3], citation: c, value: 1}\n"));
    assertEquals("pack.missing", e.problem().key());
  }

  @Test
  void aSettingMustNotReferToAnUnknownRule() {
    InputException e = assertThrows(InputException.class, () -> PackLoader.fromYaml("p.yaml", """
        id: p
        extends: anju-gov-office
        naming:
          draftCategories: {rules: [N9], citation: c, values: [讲话]}
        """));
    assertEquals("pack.dangling_rule", e.problem().key());
  }

  @Test
  void aKindSpelledTwiceIsRefused() {
    InputException e = assertThrows(InputException.class, () -> PackLoader.fromYaml("p.yaml", """
        id: p
        extends: anju-gov-office
        naming:
          documentKinds:
            rules: [N1]
            citation: c
            values: [{name: 通知}, {name: 通告, spellings: [通知]}]
        """));
    assertEquals("pack.spelling_twice", e.problem().key());
    assertEquals(List.of("通知"), e.problem().args());
    assertEquals(4, e.location().line(), "the line of the setting at fault");
  }

  @Test
  void aSettingWithoutCitationIsRefusedWithItsLine() {
    InputException e = assertThrows(InputException.class, () -> PackLoader.fromYaml("p.yaml", """
        id: p
        extends: anju-gov-office
        naming:
          draftCategories:
            values: [讲话]
        """));
    assertEquals("pack.no_citation", e.problem().key(), "a message of its own, not the exception's text");
    assertEquals(4, e.location().line(), "the line of draftCategories");
  }

  @Test
  void anUnknownKeyInAPackIsRefused() {
    InputException e = assertThrows(InputException.class,
        () -> PackLoader.fromYaml("p.yaml", "id: p\nextends: anju-gov-office\nnamig: {}\n"));
    assertEquals("yaml.unknown_key", e.problem().key());
    assertEquals(3, e.location().line());
  }

  @Test
  void anUnknownSectionIsRefusedAtItsLineNamingTheKnownOnes() {
    InputException e = assertThrows(InputException.class, () -> PackLoader.fromYaml("p.yaml", """
        id: p
        extends: anju-gov-office

        archives:
          days: 3
        """));
    assertEquals("yaml.unknown_key", e.problem().key());
    assertEquals(4, e.location().line());
    assertEquals(1, e.location().column());
    assertTrue(e.problem().args().get(1).contains("rota") && e.problem().args().get(1).contains("gaps"),
        e.problem().args().toString());
  }

  @Test
  void aThresholdWithoutItsBoundIsRefusedAtItsLine_X_BOUND() {
    InputException e = assertThrows(InputException.class, () -> PackLoader.fromYaml("p.yaml", """
        id: p
        extends: anju-gov-office
        scoring:
          deadlineDay: { rules: [I5], citation: 本办, value: 25 }
        """));
    assertEquals("pack.no_bound", e.problem().key());
    assertEquals(4, e.location().line());
  }

  /** Regression: points: -2000000000 loaded, and scoring two of them ended in an internal overflow. */
  @Test
  void anItemsPointsBeyondTheBoundAreRefusedAtTheItemsLine() {
    for (String points : new String[] {"-2000000000", "-101", "101"}) {
      InputException e = assertThrows(InputException.class, () -> PackLoader.fromYaml("p.yaml", """
          id: p
          extends: anju-gov-office
          scoring:
            items:
              rules: [I2, I3]
              citation: 本办
              values:
                - { name: 迟到, points: %s, rule: I2, clause: 本办 }
          """.formatted(points)));
      assertEquals("pack.item_points_range", e.problem().key(), points);
      assertEquals(List.of("迟到", points, "100"), e.problem().args());
      assertEquals(8, e.location().line(), points);
      assertEquals(9, e.location().column(), points);
    }
  }

  @Test
  void aThresholdStatesItsBoundAndAnOfficeMayTakeTheOtherReading_X_BOUND() {
    Pack pack = PackLoader.fromYaml("p.yaml", """
        id: p
        extends: anju-gov-office
        scoring:
          deadlineDay: { rules: [I5], citation: 本办（28日前，不含 28 日）, value: 28, bound: exclusive }
        """);
    assertEquals(27, pack.scoring().deadlineDay());
    assertEquals(List.of("scoring.deadlineDay", "scoring.taskWorkdays", "scoring.maxCount", "signoff.planSignedAhead",
        "signoff.largeMeeting"),
        pack.thresholds().stream().map(Setting::name).toList());
    assertEquals(org.zhidu.core.rule.Bound.INCLUSIVE,
        PackLoader.builtIn("anju-gov-office").thresholds().get(0).bound());
  }

  @Test
  void aGapNamingARuleThePackLacksIsRefused_X_GAP() {
    InputException e = assertThrows(InputException.class, () -> PackLoader.fromYaml("p.yaml", """
        id: p
        extends: anju-gov-office
        gaps:
          - rules: [L9]
            citation: 请假制度
            gap: 半天至一天之间由谁审批，条文未作规定。
            gapEn: Who approves between half a day and a day is not said.
            reading: 报告无规定。
            readingEn: Reported as no rule.
        """));
    assertEquals("pack.dangling_rule", e.problem().key());
    assertEquals(4, e.location().line());
  }

  @Test
  void aUserPackAddsItsOwnGapsToTheBuiltInOnes_X_GAP() {
    Pack pack = PackLoader.fromYaml("p.yaml", """
        id: p
        extends: anju-gov-office
        gaps:
          - rules: [R7]
            citation: 值班工作制度 七(二)
            gap: 调班申请的时限未作规定。
            gapEn: How early a swap is asked for is not said.
            reading: 本办要求前一个工作日提出。
            readingEn: This office asks for it the working day before.
        """);
    Pack builtIn = PackLoader.builtIn("anju-gov-office");
    assertEquals(builtIn.gaps().size() + 1, pack.gaps().size());
    assertEquals("p.yaml", pack.gaps().get(pack.gaps().size() - 1).origin().file());
  }

  @Test
  void aRegisterSchemaInAUserPackIsAddedToTheBuiltInOnes() {
    Pack pack = PackLoader.fromYaml("p.yaml", """
        id: p
        extends: anju-gov-office
        rules:
          - { id: FV1, title: 外宾来访登记, titleEn: Foreign visits, citation: "(27) 六", clause: 外宾来访登记表保存5年,
              checks: 必备列, checksEn: Required columns }
        registers:
          - id: FV1
            name: 外宾来访登记
            citation: (27) 六
            fields:
              - { name: 来访时间, type: date, required: true }
        """);
    assertEquals(14, pack.registers().size());
    assertEquals("FV1", pack.registers().get(13).id());
  }

  @Test
  void aPackOfOnesOwnMayNotTakeABuiltInsId() {
    InputException e = assertThrows(InputException.class, () -> PackLoader.fromYaml("p.yaml", """
        id: anju-gov-office
        extends: anju-gov-office
        """));
    assertEquals("pack.id_taken", e.problem().key());
    assertEquals(1, e.location().line());
  }

  @Test
  void everySettingServesAtLeastOneRule() {
    InputException e = assertThrows(InputException.class, () -> PackLoader.fromYaml("p.yaml", """
        id: p
        extends: anju-gov-office
        rota:
          clerksPerDay: { rules: [], citation: c, value: 1 }
        """));
    assertEquals("pack.setting_without_rule", e.problem().key());
    assertEquals(4, e.location().line());
  }

  @Test
  void aNegativeLimitInAUsersPackIsRefusedAtItsLine() {
    InputException e = assertThrows(InputException.class, () -> PackLoader.fromYaml("p.yaml", """
        id: p
        extends: party-office
        spending:
          travel:
            rules: [E3]
            citation: 本办
            value: { kinds: [差旅费], within: { value: -7, bound: inclusive } }
        """));
    assertEquals("pack.negative_limit", e.problem().key());
    assertTrue(e.location().line() >= 4, e.location().toString());
  }
}
