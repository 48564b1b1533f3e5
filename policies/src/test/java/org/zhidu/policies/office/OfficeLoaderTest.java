package org.zhidu.policies.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Role;

/** The office file: the bundled example, and every kind of mistake at its line and column. */
class OfficeLoaderTest {

  private static Office example() throws Exception {
    Path file = Path.of("..", "examples", "anju", "office.yaml");
    return OfficeLoader.load("office.yaml", Files.readString(file));
  }

  private static InputException refuse(String yaml) {
    return assertThrows(InputException.class, () -> OfficeLoader.load("office.yaml", yaml));
  }

  @Test
  void theBundledOfficeHasWhatTheRotaNeeds() throws Exception {
    Office office = example();
    assertTrue(office.withRole(Role.CLERK).size() >= 12);
    assertEquals(4, office.withRole(Role.SECTION_CADRE).size());
    assertEquals(5, office.withRole(Role.COUNTY_LEADER).size());
    assertEquals("施瑞昶", office.person("张伟").orElseThrow().linkedLeader());
    assertEquals("王建国", office.section("综合股").orElseThrow().head());
  }

  @Test
  void aMoveCountsForTheOldSectionBeforeAndTheNewOneFromItsDay() throws Exception {
    var moved = example().person("胡斌").orElseThrow();
    assertEquals("研究室", moved.sectionOn(LocalDate.of(2026, 6, 30)));
    assertEquals("综合股", moved.sectionOn(LocalDate.of(2026, 7, 1)));
    assertEquals(null, moved.sectionOn(LocalDate.of(2025, 12, 31)), "before joining");
    assertEquals(LocalDate.of(2026, 1, 1), moved.joined());
  }

  @Test
  void absencesIncludeTheirFirstAndLastDay() throws Exception {
    var away = example().person("林芳").orElseThrow();
    assertFalse(away.isAbsentOn(LocalDate.of(2026, 10, 7)));
    assertTrue(away.isAbsentOn(LocalDate.of(2026, 10, 8)));
    assertTrue(away.isAbsentOn(LocalDate.of(2026, 10, 9)));
    assertFalse(away.isAbsentOn(LocalDate.of(2026, 10, 10)));
  }

  @Test
  void aClerkLinkedToSomeoneWhoIsNotACountyLeaderIsRefusedAtThatKey() {
    InputException e = refuse("""
        office: x
        sections: [{ name: 秘书股 }]
        people:
          - { name: 王建国, role: 科级干部, section: 秘书股 }
          - name: 张伟
            role: 文秘人员
            section: 秘书股
            linkedLeader: 王建国
        """);
    assertEquals("office.linked_not_leader", e.problem().key());
    assertEquals(8, e.location().line());
    assertEquals(5, e.location().column());
  }

  /** Regression: names with separators or stray spaces made rotas that could not be read back, and phantom people. */
  @Test
  void aNameThatARegisterCouldNotTellApartIsRefusedAtItsLine() {
    for (String name : new String[] {"\"王,五\"", "张、三", "\"张三 \"", "\"李\\t四\""}) {
      InputException e = refuse("""
          office: x
          people:
            - { name: 张三, role: 文秘人员 }
            - { name: %s, role: 文秘人员 }
          """.formatted(name));
      assertEquals(4, e.location().line(), name);
      // a tab, like any control character, is refused by the YAML reader before the name is looked at
      assertTrue(e.problem().key().equals("office.bad_name") || e.problem().key().equals("yaml.control_character"),
          name + " " + e.problem());
    }
    // the same name in two Unicode spellings (NFC and NFD) is one person listed twice
    InputException twice = refuse("office: x\npeople:\n  - { name: \"\u00e9\", role: 文秘人员 }\n"
        + "  - { name: \"e\u0301\", role: 文秘人员 }\n");
    assertEquals("office.duplicate_person", twice.problem().key());
    assertEquals(4, twice.location().line());
  }

  /**
   * Regression: a name written in decomposed form (e + U+0301) was kept so, and a register that wrote it the usual,
   * composed way (é) named a person "the office file does not have". A name, and every name that refers to one, is
   * read in its NFC form.
   */
  @Test
  void aNameIsReadInItsComposedFormWhateverTheFileWrites() {
    Office office = OfficeLoader.load("office.yaml", "office: x\n"
        + "sections:\n  - { name: 秘书股, head: \"Rene\u0301\" }\n"
        + "people:\n  - { name: \"Rene\u0301\", role: 科级干部, section: 秘书股 }\n"
        + "  - { name: \"Zoe\u0301\", role: 县级领导 }\n"
        + "  - { name: 张伟, role: 文秘人员, section: 秘书股, linkedLeader: \"Zoe\u0301\" }\n");
    assertTrue(office.person("Ren\u00e9").isPresent());
    assertEquals("Zo\u00e9", office.person("张伟").orElseThrow().linkedLeader());
    assertEquals(List.of("Ren\u00e9", "Zo\u00e9", "张伟"), office.people().stream().map(Person::name).toList());
  }

  /**
   * Regression: "孙 浩" (or 孙　浩, or 孙浩 with a zero-width space) was taken, then a rota made from the office read
   * back as 孙 and 浩, two people the office does not have. A name holds no space and no character that does not show.
   */
  @Test
  void aNameWithASpaceInsideOrACharacterThatDoesNotShowIsRefusedAtItsLine() {
    // written as YAML escapes, so the file holds the character itself
    String[] names = {"孙 浩", "孙\\u3000浩", "孙浩\\u200b", "孙\\u200d浩", "\\ufeff孙浩", "孙\\u00a0浩",
        "孙\\u2060浩", "孙\\u00ad浩", "孙\\u202e浩", "孙\\u3164浩", "Mary Smith", "孙\\u2028浩"};
    for (String name : names) {
      InputException e = refuse("""
          office: x
          people:
            - { name: 张三, role: 文秘人员 }
            - { name: "%s", role: 文秘人员 }
          """.formatted(name));
      assertEquals(4, e.location().line(), name);
      if (name.contains("\\u202e") || name.contains("\\u2028")) {
        // a character that reorders or breaks a line is refused in any YAML text, a name's too
        assertEquals("yaml.control_character", e.problem().key(), name);
        continue;
      }
      assertEquals("office.bad_name", e.problem().key(), name);
      assertEquals(7, e.location().column(), name);
    }
    // letters of any script, a combining mark, the middle dot of a transliterated name: all a name may hold
    Office office = OfficeLoader.load("office.yaml", """
        office: x
        people:
          - { name: Ångström, role: 文秘人员 }
          - { name: "Zoe\\u0301", role: 文秘人员 }
          - { name: 艾力·买买提, role: 文秘人员 }
          - { name: MarySmith, role: 文秘人员 }
        """);
    assertEquals(4, office.people().size());
  }

  @Test
  void r4AnOfficeFileKeepsEveryLinkedClerkOfALeader() {
    Office office = OfficeLoader.load("office.yaml", """
        office: x
        sections: [{ name: 秘书股 }]
        people:
          - { name: 施瑞昶, role: 县级领导 }
          - { name: 张伟, role: 文秘人员, section: 秘书股, linkedLeader: 施瑞昶 }
          - { name: 吴敏, role: 文秘人员, section: 秘书股 }
          - { name: 刘洋, role: 文秘人员, section: 秘书股, linkedLeader: 施瑞昶 }
        """);
    assertEquals(List.of("张伟", "刘洋"), office.linkedClerks("施瑞昶").stream().map(p -> p.name()).toList());
  }

  @Test
  void r7TheCadreInChargeOfDutyIsARoleOfItsOwnNotTheDutySectionsHead() throws Exception {
    assertEquals("王建国", example().dutyInCharge());
    Office office = OfficeLoader.load("office.yaml", """
        office: x
        dutyInCharge: 李红梅
        sections: [{ name: 综合股, head: 王建国 }]
        people:
          - { name: 王建国, role: 科级干部, section: 综合股 }
          - { name: 李红梅, role: 科级干部, section: 综合股 }
        """);
    assertEquals("李红梅", office.dutyInCharge());
    assertEquals("王建国", office.section("综合股").orElseThrow().head());
    InputException e = refuse("""
        office: x
        dutyInCharge: 张伟
        people:
          - { name: 张伟, role: 文秘人员 }
        """);
    assertEquals("office.duty_in_charge_not_cadre", e.problem().key());
    assertEquals(2, e.location().line());
    assertNull(OfficeLoader.load("office.yaml", "office: x\n").dutyInCharge(), "optional");
  }

  @Test
  void anUnknownSectionIsRefusedAtThatKey() {
    InputException e = refuse("""
        office: x
        sections: [{ name: 秘书股 }]
        people:
          - name: 张伟
            role: 文秘人员
            section: 秘书室
        """);
    assertEquals("office.unknown_section", e.problem().key());
    assertEquals(6, e.location().line());
  }

  @Test
  void anUnknownSectionInAPostingIsRefusedAtThatPosting() {
    InputException e = refuse("""
        office: x
        sections: [{ name: 秘书股 }]
        people:
          - name: 张伟
            role: 文秘人员
            postings:
              - { section: 秘书股, from: 2026-01-01 }
              - { section: 综合股, from: 2026-07-01 }
        """);
    assertEquals("office.unknown_section", e.problem().key());
    assertEquals(8, e.location().line());
  }

  @Test
  void postingsOutOfOrderOrOnTheSameDayAreRefused() {
    InputException e = refuse("""
        office: x
        sections: [{ name: 秘书股 }, { name: 综合股 }]
        people:
          - name: 张伟
            role: 文秘人员
            postings:
              - { section: 秘书股, from: 2026-07-01 }
              - { section: 综合股, from: 2026-07-01 }
        """);
    assertEquals("office.postings_order", e.problem().key());
    assertEquals(8, e.location().line());
  }

  @Test
  void anUnknownRoleADuplicateNameABadDateAndABackwardAbsenceAreRefused() {
    assertEquals("office.unknown_role",
        refuse("office: x\npeople:\n  - { name: 张伟, role: 秘书 }\n").problem().key());
    assertEquals("office.duplicate_person",
        refuse("office: x\npeople:\n  - { name: 张伟, role: clerk }\n  - { name: 张伟, role: clerk }\n")
            .problem().key());
    assertEquals("office.bad_date", refuse("""
        office: x
        people:
          - { name: 张伟, role: clerk, unavailable: [ { from: 2026-02-30, reason: 年休假 } ] }
        """).problem().key());
    InputException backward = refuse("""
        office: x
        people:
          - name: 张伟
            role: clerk
            unavailable:
              - { from: 2026-03-05, to: 2026-03-01, reason: 年休假 }
        """);
    assertEquals("office.absence_order", backward.problem().key());
    assertEquals(6, backward.location().line());
  }

  @Test
  void aSectionHeadMustBeAPerson() {
    assertEquals("office.unknown_head",
        refuse("office: x\nsections: [{ name: 综合股, head: 无名 }]\n").problem().key());
  }

  @Test
  void anUnknownKeyIsRefusedAsInEveryYamlFile() {
    assertEquals("yaml.unknown_key",
        refuse("office: x\npeople:\n  - { name: 张伟, role: clerk, linkedleader: 施瑞昶 }\n").problem().key());
  }

  @Test
  void theNoticeBoardsFieldsAreReadAndAreOptional() throws Exception {
    var notice = example().notice();
    assertEquals("0825-8661234", notice.dutyPhone());
    assertEquals("138-0000-0101", notice.phone("施瑞昶"));
    assertNull(notice.phone("张伟"));
    assertEquals("徐丽", notice.preparedBy());
    assertEquals("王建国", notice.reviewedBy());
    Office old = OfficeLoader.load("office.yaml", "office: x\npeople:\n  - { name: 张伟, role: 文秘人员 }\n");
    assertNull(old.notice().dutyPhone());
    assertNull(old.notice().preparedBy());
    assertTrue(old.notice().phones().isEmpty());
    // a phone written as a YAML number is its digits
    Office plain = OfficeLoader.load("office.yaml", "office: x\ndutyPhone: 8661234\npeople:\n"
        + "  - { name: 张伟, role: 文秘人员, phone: 13800000001 }\n");
    assertEquals("8661234", plain.notice().dutyPhone());
    assertEquals("13800000001", plain.notice().phone("张伟"));
  }

  @Test
  void aPhoneThatIsNoPhoneIsRefusedAtItsLineAndColumn() {
    InputException person = refuse("""
        office: x
        people:
          - { name: 张伟, role: 文秘人员, phone: 王建国 }
        """);
    assertEquals("office.bad_phone", person.problem().key());
    assertEquals(3, person.location().line());
    assertEquals(29, person.location().column());
    InputException duty = refuse("office: x\ndutyPhone: \"12\"\npeople: []\n");
    assertEquals("office.bad_phone", duty.problem().key());
    assertEquals(2, duty.location().line());
    InputException signer = refuse("office: x\npreparedBy: \"徐 丽\"\npeople: []\n");
    assertEquals("office.bad_name", signer.problem().key());
    assertEquals(2, signer.location().line());
  }
}
