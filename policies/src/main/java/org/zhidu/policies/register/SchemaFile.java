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
 *
 * @param id the catalogue id (G1…G13), or an office's own id
 * @param name the register's name (印章出借登记)
 * @param citation the clause that requires it
 * @param fields its columns, or {@code null}
 * @param checks its checks across a row, or {@code null}
 */
public record SchemaFile(String id, String name, String citation, List<FieldEntry> fields, List<CheckEntry> checks) {

  /**
   * Keeps unmodifiable copies of the lists (absent ones are empty); what must be there is checked when the schema is
   * built, at its line.
   *
   * @param id the catalogue id (G1…G13), or an office's own id
   * @param name the register's name (印章出借登记)
   * @param citation the clause that requires it
   * @param fields its columns, or {@code null}
   * @param checks its checks across a row, or {@code null}
   */
  public SchemaFile {
    fields = fields == null ? List.of() : List.copyOf(fields);
    checks = checks == null ? List.of() : List.copyOf(checks);
  }

  /**
   * A column.
   *
   * @param name the Chinese name, as the clause lists it
   * @param aliases other headers that mean the same, or {@code null}
   * @param type text, person, date, datetime, integer or enum
   * @param required whether every row fills it, or {@code null} for no
   * @param values for an enum, the values allowed
   */
  public record FieldEntry(String name, List<String> aliases, String type, Boolean required, List<String> values) {
    /**
     * Keeps unmodifiable copies of the lists (absent ones are empty).
     *
     * @param name the Chinese name, as the clause lists it
     * @param aliases other headers that mean the same, or {@code null}
     * @param type text, person, date, datetime, integer or enum
     * @param required whether every row fills it, or {@code null} for no
     * @param values for an enum, the values allowed
     */
    public FieldEntry {
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
      values = values == null ? List.of() : List.copyOf(values);
    }
  }

  /**
   * A check across a row: endNotBeforeStart (start, end), returned (lent, returned), requiredWhen (field, equals,
   * require), differentPeople (people).
   *
   * @param check endNotBeforeStart, returned, requiredWhen or differentPeople
   * @param start for endNotBeforeStart: the field of the start
   * @param end for endNotBeforeStart: the field of the end
   * @param lent for returned: the field of the day lent
   * @param returned for returned: the field of the day returned
   * @param field for requiredWhen: the field whose value triggers the check
   * @param equals for requiredWhen: the value that triggers it
   * @param require for requiredWhen: the fields then required
   * @param people for differentPeople: the fields that name different people
   */
  public record CheckEntry(
      String check, String start, String end, String lent, String returned, String field, String equals,
      List<String> require, List<String> people) {
    /**
     * Keeps unmodifiable copies of the lists (absent ones are empty).
     *
     * @param check endNotBeforeStart, returned, requiredWhen or differentPeople
     * @param start for endNotBeforeStart: the field of the start
     * @param end for endNotBeforeStart: the field of the end
     * @param lent for returned: the field of the day lent
     * @param returned for returned: the field of the day returned
     * @param field for requiredWhen: the field whose value triggers the check
     * @param equals for requiredWhen: the value that triggers it
     * @param require for requiredWhen: the fields then required
     * @param people for differentPeople: the fields that name different people
     */
    public CheckEntry {
      require = require == null ? List.of() : List.copyOf(require);
      people = people == null ? List.of() : List.copyOf(people);
    }
  }
}
