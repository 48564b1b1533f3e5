package org.zhidu.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhidu.cli.Texts;
import org.zhidu.core.finding.Finding;

/**
 * SARIF 2.1.0, as GitHub code scanning and most CI dashboards read it: one run, the tool with its {@code rules[]}
 * (each with help text and the clause it comes from), and one result per finding with a real region where the
 * finding has a line.
 */
public final class SarifReport {

  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  public static void write(
      Writer out, String version, List<RuleDescription> rules, List<Finding> findings, Texts texts)
      throws IOException {
    Map<String, Integer> ruleIndex = new TreeMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeObjectFieldStart("driver");
      json.writeStringField("name", "zhidu");
      json.writeStringField("version", version);
      json.writeStringField("informationUri", "https://github.com/zhidu/zhidu");
      json.writeArrayFieldStart("rules");
      for (RuleDescription rule : rules) {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("name", rule.id());
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", rule.title());
        json.writeEndObject();
        json.writeObjectFieldStart("fullDescription");
        json.writeStringField("text", rule.help());
        json.writeEndObject();
        json.writeObjectFieldStart("help");
        json.writeStringField("text", rule.help() + "\n" + rule.citation() + "\n"
            + texts.get("cli.catalogue_entry", rule.id().toLowerCase(java.util.Locale.ROOT)));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("citation", rule.citation());
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeArrayFieldStart("results");
      for (Finding f : findings) {
        json.writeStartObject();
        json.writeStringField("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
          json.writeNumberField("ruleIndex", index);
        }
        json.writeStringField("level", level(f));
        json.writeObjectFieldStart("message");
        String text = texts.message(f.message());
        if (f.fix() != null) {
          text += texts.get("cli.fix_inline", f.fix().from(), f.fix().to());
        }
        json.writeStringField("text", text);
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(f.location().file()));
        json.writeEndObject();
        if (f.location().hasLine()) {
          json.writeObjectFieldStart("region");
          json.writeNumberField("startLine", f.location().line());
          if (f.location().hasColumn()) {
            json.writeNumberField("startColumn", f.location().column());
          }
          json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  private static String level(Finding f) {
    return switch (f.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** A relative URI with forward slashes and percent-escapes for what a URI may not hold. */
  static String uri(String path) {
    if (path == null) {
      return "stdin";
    }
    String slashed = path.replace('\\', '/');
    StringBuilder out = new StringBuilder(slashed.length() + 16);
    for (byte b : slashed.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
