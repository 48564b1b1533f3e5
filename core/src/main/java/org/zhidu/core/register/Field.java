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
