package org.zhidu.core.register;

import org.zhidu.core.finding.InvalidValue;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A register's schema.
 *
 * @param id the catalogue id (G1…G13), or an office's own id; findings carry it as their rule
 * @param name the register's name (来文来电登记)
 * @param citation the clause that requires it
 * @param fields its columns
 * @param rules checks across a row's cells
 */
public record Schema(String id, String name, String citation, List<Field> fields, List<RowRule> rules) {

  /**
   * Refuses a schema without id, name or citation, one whose names and aliases clash once normalised, or whose row
   * rules read columns it does not have; keeps unmodifiable copies of the lists.
   *
   * @param id the catalogue id (G1…G13), or an office's own id; findings carry it as their rule
   * @param name the register's name (来文来电登记)
   * @param citation the clause that requires it
   * @param fields its columns
   * @param rules checks across a row's cells
   * @throws NullPointerException if {@code id}, {@code name}, {@code citation}, {@code fields} or {@code rules} is
   *     {@code null}
   * @throws org.zhidu.core.finding.InvalidValue if a column or alias is named twice or a rule reads an unknown column
   */
  public Schema {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(citation, "citation");
    fields = List.copyOf(fields);
    rules = List.copyOf(rules);
    Set<String> headers = new HashSet<>();
    for (Field f : fields) {
      if (!headers.add(normal(f.name()))) {
        throw new InvalidValue("schema.column_twice", f.name());
      }
      for (String alias : f.aliases()) {
        if (!headers.add(normal(alias))) {
          throw new InvalidValue("schema.header_twice", alias);
        }
      }
    }
    for (RowRule rule : rules) {
      for (String column : rule.fields()) {
        if (fields.stream().noneMatch(f -> f.name().equals(column))) {
          throw new InvalidValue("schema.check_column", column);
        }
      }
    }
  }

  /**
   * The field of a name (not an alias), or {@code null}.
   *
   * @param fieldName the field's name exactly, such as 出借时间
   * @return the field, or {@code null}
   */
  public Field field(String fieldName) {
    for (Field f : fields) {
      if (f.name().equals(fieldName)) {
        return f;
      }
    }
    return null;
  }

  /**
   * The field a header cell names (by name or alias; spaces, full-width spaces and case ignored), or {@code null}.
   *
   * @param header the header cell as written
   * @return the field, or {@code null} when the cell names none
   */
  public Field fieldForHeader(String header) {
    String h = normal(header);
    for (Field f : fields) {
      if (normal(f.name()).equals(h)) {
        return f;
      }
      for (String alias : f.aliases()) {
        if (normal(alias).equals(h)) {
          return f;
        }
      }
    }
    return null;
  }

  /**
   * A header as compared: without spaces, full-width spaces and a byte-order mark, lower case.
   *
   * @param header a header cell or a field's name
   * @return the text compared with others
   */
  public static String normal(String header) {
    StringBuilder out = new StringBuilder(header.length());
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c != ' ' && c != '\u3000' && c != '\t' && c != '\uFEFF') {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
