package org.zhidu.policies.register;

import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.register.RegisterSchemas;
import org.zhidu.core.register.Schema;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.SectionContext;

/**
 * The {@code registers} section: the schemas of the registers (G1–G13). A built-in pack keeps it in a file of its
 * own ({@code <id>-registers.yaml}); a pack that extends one adds schemas, and one with an existing id replaces it.
 */
public final class RegistersSection extends PackSection<SchemaFile[], RegisterSchemas> {

  /** The section under the key {@code registers}. */
  public RegistersSection() {
    super("registers", SchemaFile[].class, RegisterSchemas.class);
  }

  @Override
  public RegisterSchemas resolve(SchemaFile[] own, RegisterSchemas inherited, SectionContext context) {
    RegisterSchemas base = inherited == null ? new RegisterSchemas(List.of()) : inherited;
    if (own == null) {
      return base;
    }
    List<Schema> schemas = new ArrayList<>();
    for (int i = 0; i < own.length; i++) {
      schemas.add(SchemaLoader.schema(own[i], context.document(), "/" + key() + "/" + i));
    }
    return context.build(() -> base.with(schemas));
  }
}
