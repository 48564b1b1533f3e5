package org.zhidu.policies.register;

import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.finding.Message;
import org.zhidu.core.rule.RuleId;
import org.zhidu.core.register.Field;
import org.zhidu.core.register.FieldType;
import org.zhidu.core.register.RowRule;
import org.zhidu.core.register.Schema;
import org.zhidu.policies.yaml.StrictYaml;

/** Reads register schemas strictly: every mistake at its own line and column. */
public final class SchemaLoader {

  private SchemaLoader() {}

  /**
   * An office's own schema file.
   *
   * @param source the file's name, for messages
   * @param yaml the file's YAML
   * @return the schema
   * @throws InputException if the YAML cannot be read or the schema is refused, at the key at fault
   */
  public static Schema fromYaml(String source, String yaml) {
    StrictYaml.Document<SchemaFile> document = StrictYaml.readDocument(source, yaml, SchemaFile.class);
    return schema(document.value(), document, "");
  }

  /**
   * A list of schemas, as a pack carries them under {@code registers}.
   *
   * @param source the file's name, for messages
   * @param yaml the YAML, a list under {@code registers}
   * @return the schemas, in the file's order
   * @throws InputException if the YAML cannot be read or a schema is refused, at the key at fault
   */
  public static List<Schema> listFromYaml(String source, String yaml) {
    StrictYaml.Document<SchemaList> document = StrictYaml.readDocument(source, yaml, SchemaList.class);
    List<Schema> out = new ArrayList<>();
    List<SchemaFile> files = document.value().registers();
    for (int i = 0; i < files.size(); i++) {
      out.add(schema(files.get(i), document, "/registers/" + i));
    }
    return out;
  }

  /**
   * The built-in schemas' file: a list under {@code registers}.
   *
   * @param registers the schemas as written
   */
  public record SchemaList(List<SchemaFile> registers) {
    /**
     * Keeps an unmodifiable copy of the list (absent is empty).
     *
     * @param registers the schemas as written
     */
    public SchemaList {
      registers = registers == null ? List.of() : List.copyOf(registers);
    }
  }

  /**
   * One schema written at a place of a document (/registers/3), every error at its own key.
   *
   * @param file the schema as written
   * @param document the document it was read from, for places
   * @param at the JSON pointer of the schema in the document, "" for the whole document
   * @return the schema
   * @throws InputException if a part is missing or refused, at its key
   */
  public static Schema schema(SchemaFile file, StrictYaml.Document<?> document, String at) {
    require(file.id(), document, at + "/id", "id");
    require(file.name(), document, at + "/name", "name");
    require(file.citation(), document, at + "/citation", "citation");
    if (!RuleId.isRuleId(file.id())) {
      throw new InputException(document.place(at + "/id"), Message.of("schema.bad_id", file.id()));
    }
    if (file.fields().isEmpty()) {
      throw new InputException(document.place(at + "/fields"), Message.of("schema.no_fields"));
    }
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < file.fields().size(); i++) {
      SchemaFile.FieldEntry f = file.fields().get(i);
      String place = at + "/fields/" + i;
      require(f.name(), document, place + "/name", "name");
      FieldType type = f.type() == null ? FieldType.TEXT : FieldType.parse(f.type());
      if (type == null) {
        throw new InputException(document.place(place + "/type"), Message.of("schema.unknown_type", f.type()));
      }
      if (type == FieldType.ENUM && f.values().isEmpty()) {
        throw new InputException(document.place(place), Message.of("schema.enum_values", f.name()));
      }
      fields.add(new Field(f.name(), f.aliases(), type, Boolean.TRUE.equals(f.required()), f.values()));
    }
    List<RowRule> rules = new ArrayList<>();
    for (int i = 0; i < file.checks().size(); i++) {
      SchemaFile.CheckEntry c = file.checks().get(i);
      String place = at + "/checks/" + i;
      String kind = c.check() == null ? "" : c.check();
      RowRule rule = switch (kind) {
        case "endNotBeforeStart" -> new RowRule.EndNotBeforeStart(
            need(c.start(), document, place, "start"), need(c.end(), document, place, "end"));
        case "returned" -> new RowRule.Returned(
            need(c.lent(), document, place, "lent"), need(c.returned(), document, place, "returned"));
        case "requiredWhen" -> new RowRule.RequiredWhen(
            need(c.field(), document, place, "field"), need(c.equals(), document, place, "equals"), c.require());
        case "differentPeople" -> {
          if (c.people().size() < 2) {
            throw new InputException(document.place(place), Message.of("schema.missing", "people"));
          }
          yield new RowRule.DifferentPeople(c.people());
        }
        default -> throw new InputException(document.place(place + "/check"),
            Message.of("schema.unknown_check", kind));
      };
      rules.add(rule);
    }
    try {
      return new Schema(file.id(), file.name(), file.citation(), fields, rules);
    } catch (InvalidValue e) {
      throw new InputException(document.place(at.isEmpty() ? "/fields" : at), e.problem(), e);
    }
  }

  private static String need(String value, StrictYaml.Document<?> document, String place, String key) {
    require(value, document, place, key);
    return value;
  }

  private static void require(String value, StrictYaml.Document<?> document, String place, String key) {
    if (value == null || value.isBlank()) {
      throw new InputException(document.place(place), Message.of("schema.missing", key));
    }
  }
}
