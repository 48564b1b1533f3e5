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

  public Optional<Schema> schema(String id) {
    return schemas.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** These registers with others added: one with the id of an existing one replaces it in place. */
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
