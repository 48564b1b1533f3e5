package org.zhidu.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.util.List;
import java.io.Writer;
import org.zhidu.cli.Texts;
import org.zhidu.core.finding.Finding;

/**
 * JSON writing shared by every command: a streaming generator, two-space indent, and findings in one shape. A field
 * written with a {@code null} string comes out as JSON {@code null}, which is how the contracts say "none".
 */
public final class Json {

  // a character outside the BMP is written as itself in UTF-8 too, as the writer writes it, not as a pair of escapes
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private Json() {}

  public static JsonGenerator generator(Writer out) throws IOException {
    return configured(FACTORY.createGenerator(out));
  }

  /** The same generator writing UTF-8 bytes: the same text, byte for byte, as the writer's encoded in UTF-8. */
  public static JsonGenerator generator(java.io.OutputStream out) throws IOException {
    return configured(FACTORY.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8));
  }

  private static JsonGenerator configured(JsonGenerator json) {
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter();
    pretty.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    pretty.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    json.setPrettyPrinter(pretty);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    // 10 days is 10, never 1E+1: a decimal is written as a script reads it
    json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    return json;
  }

  /**
   * Starts a command's JSON document: the object and, first in it, {@code schema}, the id of the document's
   * contract (see {@link JsonContract}).
   */
  public static void start(JsonGenerator json, JsonContract contract) throws IOException {
    json.writeStartObject();
    json.writeStringField("schema", contract.id());
  }

  /** The field {@code findings}: an array of findings, each as {@link #finding} writes it. */
  public static void findings(JsonGenerator json, List<Finding> findings, Texts texts) throws IOException {
    json.writeArrayFieldStart("findings");
    for (Finding f : findings) {
      finding(json, f, texts);
    }
    json.writeEndArray();
  }

  /**
   * A finding as the stable JSON contract has it: {@code rule}, {@code severity}, {@code message}, and where they
   * apply {@code line}, {@code column}, {@code field} and {@code fix} ({@code from}, {@code to}).
   */
  public static void finding(JsonGenerator json, Finding f, Texts texts) throws IOException {
    json.writeStartObject();
    json.writeStringField("rule", f.ruleId());
    json.writeStringField("severity", f.severity().id());
    json.writeStringField("message", texts.message(f.message()));
    if (f.location().hasLine()) {
      json.writeNumberField("line", f.location().line());
    }
    if (f.location().hasColumn()) {
      json.writeNumberField("column", f.location().column());
    }
    if (f.location().field() != null) {
      json.writeStringField("field", texts.field(f.location().field()));
    }
    if (f.fix() != null) {
      json.writeObjectFieldStart("fix");
      json.writeStringField("from", f.fix().from());
      json.writeStringField("to", f.fix().to());
      json.writeEndObject();
    }
    json.writeEndObject();
  }
}
