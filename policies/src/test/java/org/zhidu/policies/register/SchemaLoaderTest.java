package org.zhidu.policies.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.register.FieldType;
import org.zhidu.core.register.RowRule;
import org.zhidu.core.register.Schema;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.PackLoader;

class SchemaLoaderTest {

  @Test
  void theBuiltInRegistersAreG1ToG13WithTheClausesFields() {
    List<Schema> schemas = PackLoader.builtIn(BuiltInPacks.ANJU_GOV_OFFICE).registers();
    assertEquals(List.of("G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9", "G10", "G11", "G12", "G13"),
        schemas.stream().map(Schema::id).toList());
    Schema seals = schemas.get(2);
    assertEquals(List.of("出借时间", "出借事由", "借出人员", "归还时间"),
        seals.fields().stream().map(f -> f.name()).toList());
    assertEquals(new RowRule.Returned("出借时间", "归还时间"), seals.rules().get(1));
    assertEquals(List.of("绝密", "机密", "秘密"), schemas.get(12).field("密级").values());
    assertEquals(FieldType.INTEGER, schemas.get(1).field("用印份数").type());
  }

  @Test
  void anOfficesOwnSchema() {
    Schema s = SchemaLoader.fromYaml("own.yaml", """
        id: FV1
        name: 外宾来访登记
        citation: 本办规定
        fields:
          - { name: 来访时间, type: datetime, required: true }
          - { name: 离开时间, type: datetime }
        checks:
          - { check: endNotBeforeStart, start: 来访时间, end: 离开时间 }
        """);
    assertEquals("FV1", s.id());
    assertEquals(FieldType.DATETIME, s.field("离开时间").type());
  }

  @Test
  void mistakesArePointedAt() {
    assertAt("""
        id: X
        name: 表
        citation: 本办
        fields:
          - { name: 时间, type: time }
        """, "schema.unknown_type", 5);
    assertAt("""
        id: X
        name: 表
        citation: 本办
        fields:
          - { name: 密级, type: enum }
        """, "schema.enum_values", 5);
    assertAt("""
        id: X
        name: 表
        citation: 本办
        fields:
          - { name: 时间, type: date }
        checks:
          - { check: endBeforeStart, start: 时间, end: 时间 }
        """, "schema.unknown_check", 7);
    assertAt("""
        id: X
        name: 表
        citation: 本办
        fields:
          - { name: 时间, type: date, requird: true }
        """, "yaml.unknown_key", 5);
    assertAt("""
        id: X
        name: 表
        citation: 本办
        fields:
          - { name: 时间, type: date }
        checks:
          - { check: endNotBeforeStart, start: 时间, end: 归还时间 }
        """, "schema.check_column", 0);
  }

  private static void assertAt(String yaml, String key, int line) {
    InputException e = assertThrows(InputException.class, () -> SchemaLoader.fromYaml("bad.yaml", yaml));
    assertEquals(key, e.problem().key(), e.problem().toString());
    if (line > 0) {
      assertEquals(line, e.location().line(), e.location().toString());
    }
  }
}
