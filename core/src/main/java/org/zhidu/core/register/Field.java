package org.zhidu.core.register;

import org.zhidu.core.finding.InvalidValue;
import java.util.List;
import java.util.Objects;

/**
 * A column of a register.
 *
 * @param name the Chinese name, as the clause lists it
 * @param aliases other headers that mean the same (English names, common variants)
 * @param type what the cells hold
 * @param required whether every row must fill it
 * @param values for an enum, the values allowed
 */
public record Field(String name, List<String> aliases, FieldType type, boolean required, List<String> values) {

  /**
   * Refuses a field without a name or type, and an enum without values; keeps unmodifiable copies of the lists.
   *
   * @param name the Chinese name, as the clause lists it
   * @param aliases other headers that mean the same (English names, common variants)
   * @param type what the cells hold
   * @param required whether every row must fill it
   * @param values for an enum, the values allowed
   * @throws NullPointerException if {@code name}, {@code type}, {@code aliases} or {@code values} is {@code null}
   * @throws org.zhidu.core.finding.InvalidValue if {@code type} is {@link FieldType#ENUM} and {@code values} is empty
   */
  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    // one instance per name, so that looking a cell up by a field's name constant ends at the identity check
    name = name.intern();
    aliases = List.copyOf(aliases);
    values = List.copyOf(values);
    if (type == FieldType.ENUM && values.isEmpty()) {
      throw new InvalidValue("schema.enum_values", name);
    }
  }
}
