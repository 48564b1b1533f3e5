package org.zhidu.policies.register;

import java.util.List;

/**
 * A register schema as written in YAML (one file, or one entry of a pack's {@code registers} list):
 *
 * <pre>
 * id: G3
 * name: 印章出借登记
 * citation: 工作登记统计和资料归档制度 一(一)2
 * fields:
 *   - { name: 出借时间, aliases: [lent], type: datetime, required: true }
 *   - { name: 归还时间, aliases: [returned], type: datetime }
 * checks:
 *   - { check: endNotBeforeStart, start: 出借时间, end: 归还时间 }
 *   - { check: returned, lent: 出借时间, returned: 归还时间 }
 *   - { check: requiredWhen, field: 类别, equals: 销毁, require: [销毁人, 监销人] }
 *   - { check: differentPeople, people: [销毁人, 监销人] }
 * </pre>
 *
 * Types: text, person, date, datetime, integer, enum (with {@code values}).
 */
public record SchemaFile(String id, String name, String citation, List<FieldEntry> fields, List<CheckEntry> checks) {

  public SchemaFile {
    fields = fields == null ? List.of() : List.copyOf(fields);
    checks = checks == null ? List.of() : List.copyOf(checks);
  }

  /** A column. */
  public record FieldEntry(String name, List<String> aliases, String type, Boolean required, List<String> values) {
    public FieldEntry {
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
      values = values == null ? List.of() : List.copyOf(values);
    }
  }

  /**
   * A check across a row: endNotBeforeStart (start, end), returned (lent, returned), requiredWhen (field, equals,
   * require), differentPeople (people).
   */
  public record CheckEntry(
      String check, String start, String end, String lent, String returned, String field, String equals,
      List<String> require, List<String> people) {
    public CheckEntry {
      require = require == null ? List.of() : List.copyOf(require);
      people = people == null ? List.of() : List.copyOf(people);
    }
  }
}
