package org.zhidu.policies.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;

/**
 * Reads YAML into records, refusing what Jackson would otherwise accept silently: an unknown key, a duplicate key
 * (last-wins by default), a string where a number belongs ("1"), a YAML alias ({@code *name} loads as the string
 * "name") and a merge key ({@code <<}). Words such as {@code NO} stay strings. Every refusal is an
 * {@link InputException} with the file, line and column.
 */
public final class StrictYaml {

  /** Inputs larger than this are refused: office YAML files are small. */
  public static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

  /**
   * The most characters a pack, office or calendar file may hold, and the longest line: far beyond any written by
   * hand (the built-in packs are under 100,000 characters), and refused before parsing, whose time grows faster
   * than the length of a line.
   */
  public static final int MAX_CHARS = 4_000_000;
  /** The longest line a YAML input may have, in characters. */
  public static final int MAX_LINE = 100_000;

  private static void tooLarge(String source, String text) {
    if (text.length() > MAX_CHARS) {
      throw new InputException(new Location(source, 0, 0, null),
          Message.of("yaml.too_large", Integer.toString(text.length()), Integer.toString(MAX_CHARS)));
    }
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > MAX_LINE) {
          throw new InputException(new Location(source, line, 1, null),
              Message.of("yaml.line_too_long", Integer.toString(i - start), Integer.toString(MAX_LINE)));
        }
        line++;
        start = i + 1;
      }
    }
  }

  private static final ObjectMapper MAPPER = newMapper();

  private StrictYaml() {}

  private static ObjectMapper newMapper() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(MAX_CODE_POINTS);
    loader.setMaxAliasesForCollections(0);
    loader.setAllowDuplicateKeys(false);
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    return YAMLMapper.builder(factory)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        // 100.9 where a whole number belongs is an error at its cell, never truncated to 100
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .build();
  }

  /**
   * A document read, and where each of its keys and values was written, so that a check made after binding (an
   * unknown reference, an overlap) can still name the line and column.
   *
   * @param <T> the type the document is bound to
   * @param value the document, bound
   * @param source the file name to report in errors
   * @param places where each entry was written, by JSON pointer
   */
  public record Document<T>(T value, String source, Map<String, JsonLocation> places) {

    /**
     * The place of the entry at a JSON-pointer path (/people/3/linkedLeader), or of its nearest written parent.
     *
     * @param pointer a JSON pointer, such as {@code /people/3/linkedLeader}
     * @return the entry's line and column (1-based), those of its nearest written parent, or no line when none is known
     */
    public Location place(String pointer) {
      String path = pointer;
      while (true) {
        JsonLocation at = places.get(path);
        if (at != null) {
          return new Location(source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), null);
        }
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
          return new Location(source, 0, 0, null);
        }
        path = path.substring(0, slash);
      }
    }
  }

  /**
   * Reads one document.
   *
   * @param <T> the type to bind to
   * @param source the file name to report in errors
   * @param text the YAML text
   * @param type the record to bind to
   * @return the record
   * @throws InputException if the text is too large, is empty, or breaks a strict rule, at its line and column
   */
  public static <T> T read(String source, String text, Class<T> type) {
    return readDocument(source, text, type).value();
  }

  /**
   * Reads one document and keeps where each entry was written.
   *
   * @param <T> the type to bind to
   * @param source the file name to report in errors
   * @param text the YAML text
   * @param type the record to bind to
   * @return the record with the places of its entries
   * @throws InputException if the text is too large, is empty, or breaks a strict rule, at its line and column
   */
  public static <T> Document<T> readDocument(String source, String text, Class<T> type) {
    Objects.requireNonNull(text, "text");
    Map<String, JsonLocation> places = scan(source, text);
    if (places.isEmpty()) {
      throw new InputException(new Location(source, 1, 1, null), Message.of("yaml.empty"));
    }
    try (JsonParser parser = MAPPER.createParser(text)) {
      T value = MAPPER.readValue(parser, type);
      if (value == null) {
        throw new InputException(new Location(source, 1, 1, null), Message.of("yaml.empty"));
      }
      return new Document<>(value, source, places);
    } catch (IOException | RuntimeException e) {
      throw translate(e, source, places, "");
    }
  }

  /**
   * Reads one document that ships inside zhidu (a built-in pack): bound as {@link #readDocument} binds it, but the
   * first pass that refuses aliases and merge keys and notes where each entry was written runs only when a place is
   * asked for (an error). The shipped files hold neither (a test reads each of them with {@link #readDocument}), and
   * that pass is a third of loading a pack.
   *
   * @param <T> the type to bind to
   * @param source the resource's name, for errors
   * @param text the YAML text
   * @param type the record to bind to
   * @return the record with the places of its entries, found when first asked for
   * @throws InputException if the text is empty or cannot be bound, at its line and column
   */
  public static <T> Document<T> readShipped(String source, String text, Class<T> type) {
    Objects.requireNonNull(text, "text");
    Map<String, JsonLocation> places = new ScannedOnDemand(source, text);
    try (JsonParser parser = MAPPER.createParser(text)) {
      T value = MAPPER.readValue(parser, type);
      if (value == null) {
        throw new InputException(new Location(source, 1, 1, null), Message.of("yaml.empty"));
      }
      return new Document<>(value, source, places);
    } catch (IOException | RuntimeException e) {
      throw translate(e, source, places, "");
    }
  }

  /** The places of a document's entries, found by {@link #scan} when first asked for. */
  private static final class ScannedOnDemand extends AbstractMap<String, JsonLocation> {
    private final String source;
    private final String text;
    private Map<String, JsonLocation> places;

    ScannedOnDemand(String source, String text) {
      this.source = source;
      this.text = text;
    }

    private synchronized Map<String, JsonLocation> places() {
      if (places == null) {
        places = scan(source, text);
      }
      return places;
    }

    @Override
    public JsonLocation get(Object key) {
      return places().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return places().containsKey(key);
    }

    @Override
    public Set<Map.Entry<String, JsonLocation>> entrySet() {
      return places().entrySet();
    }
  }

  /**
   * Binds one entry of a document already read (a pack's section) to its record, reporting an error at the place
   * of the key at fault in the document.
   *
   * @param <T> the type to bind to
   * @param document the document, read as a tree
   * @param pointer where the entry is, as a JSON pointer (/rota)
   * @param node the entry
   * @param type the record to bind to
   * @return the entry, bound
   * @throws InputException if the entry cannot be bound, at the key at fault
   */
  public static <T> T bind(Document<?> document, String pointer, JsonNode node, Class<T> type) {
    try {
      return MAPPER.treeToValue(node, type);
    } catch (IOException | RuntimeException e) {
      throw translate(e, document.source(), document.places(), pointer);
    }
  }

  private static RuntimeException translate(
      Exception thrown, String source, Map<String, JsonLocation> places, String prefix) {
    if (thrown instanceof InputException e) {
      return e;
    }
    if (thrown instanceof UnrecognizedPropertyException e) {
      String known =
          e.getKnownPropertyIds() == null
              ? ""
              : e.getKnownPropertyIds().stream()
                  .map(String::valueOf)
                  .collect(Collectors.toCollection(TreeSet::new))
                  .toString();
      return error(source, place(e, places, prefix), e, "yaml.unknown_key", e.getPropertyName(), known);
    }
    if (thrown instanceof InvalidFormatException e) {
      return error(source, place(e, places, prefix), e, "yaml.wrong_type", path(e, prefix),
          String.valueOf(e.getValue()), typeName(e.getTargetType()));
    }
    if (thrown instanceof JsonMappingException e && e.getCause() instanceof InputCoercionException range) {
      return error(source, place(e, places, prefix), e, "yaml.number_range", textOf(range));
    }
    if (thrown instanceof MismatchedInputException e && String.valueOf(e.getOriginalMessage())
        .startsWith("Trailing token")) {
      return error(source, e.getLocation(), e, "yaml.several_documents");
    }
    if (thrown instanceof MismatchedInputException e) {
      String path = path(e, prefix);
      return path.isEmpty()
          ? error(source, place(e, places, prefix), e, "yaml.top_not_mapping")
          : error(source, place(e, places, prefix), e, "yaml.should_be", path, typeName(e.getTargetType()));
    }
    if (thrown instanceof InputCoercionException e) {
      return error(source, e.getLocation(), e, "yaml.number_range", String.valueOf(textOf(e)));
    }
    if (thrown instanceof StreamConstraintsException e) {
      return error(source, e.getLocation(), e, "yaml.too_deep");
    }
    if (thrown instanceof ValueInstantiationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof InvalidValue invalid) {
        return error(source, place(e, places, prefix), e, invalid.problem());
      }
      return error(source, place(e, places, prefix), e, "yaml.invalid_value", path(e, prefix),
          String.valueOf(cause.getMessage()));
    }
    if (thrown instanceof JsonParseException e) {
      return error(source, e, syntaxKey(e), firstLine(e.getOriginalMessage()));
    }
    if (thrown instanceof JsonMappingException e) {
      return error(source, place(e, places, prefix), e, "yaml.invalid_value", path(e, prefix),
          e.getOriginalMessage());
    }
    // SnakeYAML reports its own syntax and limit errors unchecked
    return new InputException(
        new Location(source, 0, 0, null), Message.of("yaml.syntax", String.valueOf(thrown.getMessage())), thrown);
  }

  /**
   * A first pass over the tokens: aliases and merge keys are refused before anything is bound, and the place of
   * every key and value is kept by its path, so a binding error points at the key at fault (Jackson's own location
   * is where its parser stopped, often the next line).
   */
  private static Map<String, JsonLocation> scan(String source, String text) {
    tooLarge(source, text);
    Map<String, JsonLocation> places = new HashMap<>();
    JsonLocation[] last = {null};
    try (JsonParser parser = MAPPER.createParser(text)) {
      YAMLParser yaml = (YAMLParser) parser;
      for (JsonToken token = yaml.nextToken(); token != null; token = yaml.nextToken()) {
        last[0] = yaml.currentTokenLocation();
        places.putIfAbsent(yaml.getParsingContext().pathAsPointer().toString(), yaml.currentTokenLocation());
        if (yaml.isCurrentAlias()) {
          throw error(source, yaml.currentTokenLocation(), "yaml.alias", yaml.getText());
        }
        if (token == JsonToken.FIELD_NAME && "<<".equals(yaml.currentName())) {
          throw error(source, yaml.currentTokenLocation(), "yaml.merge_key");
        }
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
          String written = yaml.getText();
          int at = firstHidden(written);
          if (at >= 0) {
            throw error(source, yaml.currentTokenLocation(), "yaml.control_character", shown(written),
                code(written.charAt(at)));
          }
        }
      }
      return places;
    } catch (StreamConstraintsException e) {
      throw error(source, e.getLocation() != null ? e.getLocation() : last[0], e, "yaml.too_deep");
    } catch (JsonParseException e) {
      throw error(source, e, syntaxKey(e), firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InputException(new Location(source, 0, 0, null), Message.of("yaml.syntax", e.getMessage()), e);
    } catch (InputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InputException(
          new Location(source, 0, 0, null), Message.of("yaml.syntax", String.valueOf(e.getMessage())), e);
    }
  }

  /**
   * Whether a character would act rather than show in a report: a control character (a line break that would start
   * a line of its own and pass for another finding or an ::error workflow command, a carriage return, a tab, an
   * escape that colours the terminal), a line or paragraph separator, or a bidirectional embedding, override or
   * isolate that reorders the line. No text of an input YAML needs one: a folded text ({@code >-}) is one line.
   */
  private static boolean hidden(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c >= '\u202A' && c <= '\u202E'
        || c >= '\u2066' && c <= '\u2069';
  }

  private static int firstHidden(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (hidden(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The character as a message names it: a backslash, x and two hex digits (or u and four), as in Visible. */
  private static String code(char c) {
    return c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c);
  }

  /** The text as a message quotes it: each such character named by its code, and no more than 60 characters. */
  private static String shown(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < 60; i++) {
      char c = text.charAt(i);
      out.append(hidden(c) ? code(c) : String.valueOf(c));
    }
    return out.length() < 60 ? out.toString() : out + "…";
  }

  /**
   * SnakeYAML's messages run over several lines with a drawing of the place; the place is reported apart, so only
   * the sentences are kept ("while parsing a flow node; expected the node content, but found '<stream end>'").
   */
  private static String firstLine(String message) {
    StringBuilder out = new StringBuilder();
    for (String line : String.valueOf(message).split("\n")) {
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("in '") || text.chars().allMatch(c -> c == '^' || c == ' ')) {
        continue;
      }
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(text);
    }
    return out.toString();
  }

  private static String syntaxKey(JsonParseException e) {
    String message = String.valueOf(e.getOriginalMessage());
    return message.startsWith("Duplicate field") ? "yaml.duplicate_key" : "yaml.syntax";
  }

  private static InputException error(String source, JsonProcessingException e, String key, String... args) {
    if (key.equals("yaml.duplicate_key")) {
      String message = String.valueOf(e.getOriginalMessage());
      int open = message.indexOf('\'');
      int close = message.indexOf('\'', open + 1);
      String name = open >= 0 && close > open ? message.substring(open + 1, close) : message;
      return error(source, e.getLocation(), key, name);
    }
    return error(source, e.getLocation(), e, key, args);
  }

  private static InputException error(String source, JsonLocation at, String key, String... args) {
    return error(source, at, null, key, args);
  }

  private static InputException error(
      String source, JsonLocation at, Throwable cause, String key, String... args) {
    return error(source, at, cause, Message.of(key, args));
  }

  private static InputException error(String source, JsonLocation at, Throwable cause, Message message) {
    int line = at == null || at.getLineNr() < 0 ? 0 : at.getLineNr();
    int column = at == null || at.getColumnNr() < 0 ? 0 : at.getColumnNr();
    return new InputException(new Location(source, line, column, null), message, cause);
  }

  /** Where the key at fault was written; Jackson's own location when the path is not known. */
  private static JsonLocation place(JsonMappingException e, Map<String, JsonLocation> places, String prefix) {
    StringBuilder pointer = new StringBuilder(prefix);
    for (JsonMappingException.Reference ref : e.getPath()) {
      pointer.append('/');
      if (ref.getFieldName() != null) {
        pointer.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else {
        pointer.append(ref.getIndex());
      }
    }
    // the innermost entry that was written: a missing key is reported at its parent
    String path = pointer.toString();
    while (true) {
      JsonLocation at = places.get(path);
      if (at != null) {
        return at;
      }
      int slash = path.lastIndexOf('/');
      if (slash < 0 || e.getLocation() != null && prefix.isEmpty()) {
        return e.getLocation();
      }
      path = path.substring(0, slash);
    }
  }

  private static String path(JsonMappingException e, String prefix) {
    StringBuilder out = new StringBuilder(prefix.isEmpty() ? "" : prefix.substring(1).replace('/', '.'));
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  /** The type as a word of the message catalogue ({@code @yaml.type.integer}), so that it reads in either language. */
  private static String typeName(Class<?> type) {
    String word;
    if (type == null) {
      word = "value";
    } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      word = "integer";
    } else if (type == Boolean.class || type == boolean.class) {
      word = "boolean";
    } else if (type == String.class) {
      word = "text";
    } else if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      word = "list";
    } else {
      word = "mapping";
    }
    return "@yaml.type." + word;
  }

  /** The number a parser could not hold, as written: Jackson names it in parentheses ("Numeric value (…) out of"). */
  private static String textOf(InputCoercionException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int open = message.indexOf('(');
    int close = message.indexOf(')', open + 1);
    return open >= 0 && close > open ? message.substring(open + 1, close) : "";
  }

}
