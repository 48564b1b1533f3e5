package org.zhidu.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
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

  // the names of a finding's fields, encoded once: a long report writes them for every finding
  private static final SerializableString FINDINGS = name("findings");
  private static final SerializableString RULE = name("rule");
  private static final SerializableString SEVERITY = name("severity");
  private static final SerializableString MESSAGE = name("message");
  private static final SerializableString LINE = name("line");
  private static final SerializableString COLUMN = name("column");
  private static final SerializableString FIELD = name("field");
  private static final SerializableString FIX = name("fix");
  private static final SerializableString FROM = name("from");
  private static final SerializableString TO = name("to");

  private Json() {}

  public static JsonGenerator generator(Writer out) throws IOException {
    return configured(FACTORY.createGenerator(out));
  }

  /** The same generator writing UTF-8 bytes: the same text, byte for byte, as the writer's encoded in UTF-8. */
  public static JsonGenerator generator(java.io.OutputStream out) throws IOException {
    return configured(FACTORY.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8));
  }

  private static JsonGenerator configured(JsonGenerator json) {
    json.setPrettyPrinter(new Pretty());
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    // 10 days is 10, never 1E+1: a decimal is written as a script reads it
    json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    return json;
  }

  /**
   * Jackson's pretty printer, two spaces a level, writing what it puts between values (a line end and the next line's
   * indent, {@code " : "}, a comma) as pieces made once: its own writes them as text to be encoded again, on every
   * line of a report that may have millions.
   */
  private static final class Pretty extends DefaultPrettyPrinter {

    private static final long serialVersionUID = 1L;

    private static final SerializedString COLON = new SerializedString(" : ");

    /** A line end and the indent of each level. */
    private static final SerializedString[] LINES = new SerializedString[16];

    static {
      for (int level = 0; level < LINES.length; level++) {
        LINES[level] = new SerializedString("\n" + "  ".repeat(level));
      }
    }

    Pretty() {
      Indenter lines = new Indenter() {
        @Override
        public void writeIndentation(JsonGenerator json, int level) throws IOException {
          json.writeRaw(level < LINES.length ? LINES[level] : new SerializedString("\n" + "  ".repeat(level)));
        }

        @Override
        public boolean isInline() {
          return false;
        }
      };
      indentArraysWith(lines);
      indentObjectsWith(lines);
    }

    @Override
    public Pretty createInstance() {
      return new Pretty();
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator json) throws IOException {
      json.writeRaw(COLON);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator json) throws IOException {
      json.writeRaw(',');
      _objectIndenter.writeIndentation(json, _nesting);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
      json.writeRaw(',');
      _arrayIndenter.writeIndentation(json, _nesting);
    }
  }

  /** A field's name as a generator writes it without encoding it again each time: for the fields of every entry. */
  public static SerializableString name(String field) {
    return new SerializedString(field);
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
    json.writeFieldName(FINDINGS);
    json.writeStartArray();
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
    json.writeFieldName(RULE);
    json.writeString(f.ruleId());
    json.writeFieldName(SEVERITY);
    json.writeString(f.severity().id());
    json.writeFieldName(MESSAGE);
    json.writeString(texts.message(f.message()));
    if (f.location().hasLine()) {
      json.writeFieldName(LINE);
      json.writeNumber(f.location().line());
    }
    if (f.location().hasColumn()) {
      json.writeFieldName(COLUMN);
      json.writeNumber(f.location().column());
    }
    if (f.location().field() != null) {
      json.writeFieldName(FIELD);
      json.writeString(texts.field(f.location().field()));
    }
    if (f.fix() != null) {
      json.writeFieldName(FIX);
      json.writeStartObject();
      json.writeFieldName(FROM);
      json.writeString(f.fix().from());
      json.writeFieldName(TO);
      json.writeString(f.fix().to());
      json.writeEndObject();
    }
    json.writeEndObject();
  }
}
