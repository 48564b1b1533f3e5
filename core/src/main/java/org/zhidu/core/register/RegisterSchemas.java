package org.zhidu.core.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registers a pack knows, in its order.
 *
 * @param schemas each register's schema, ids unique
 */
public record RegisterSchemas(List<Schema> schemas) {

  /**
   * Refuses two registers of one id; keeps an unmodifiable copy of the list.
   *
   * @param schemas each register's schema, ids unique
   * @throws NullPointerException if {@code schemas} is {@code null}
   * @throws org.zhidu.core.finding.InvalidValue if two schemas share an id
   */
  public RegisterSchemas {
    schemas = List.copyOf(schemas);
    List<String> seen = new ArrayList<>();
    for (Schema s : schemas) {
      if (seen.contains(s.id())) {
        throw new org.zhidu.core.finding.InvalidValue("pack.register_twice", s.id());
      }
      seen.add(s.id());
    }
  }

  /**
   * The register of an id.
   *
   * @param id the register's id, such as {@code G3}
   * @return the schema, or empty when the pack has none of that id
   */
  public Optional<Schema> schema(String id) {
    return schemas.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * These registers with others added: one with the id of an existing one replaces it in place.
   *
   * @param more the registers to add or replace, in order
   * @return new schemas; this one is unchanged
   * @throws org.zhidu.core.finding.InvalidValue if {@code more} holds two registers of one id
   */
  public RegisterSchemas with(List<Schema> more) {
    List<Schema> out = new ArrayList<>(schemas);
    for (Schema s : more) {
      int at = -1;
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).id().equals(s.id())) {
          at = i;
        }
      }
      if (at >= 0) {
        out.set(at, s);
      } else {
        out.add(s);
      }
    }
    return new RegisterSchemas(out);
  }
}
