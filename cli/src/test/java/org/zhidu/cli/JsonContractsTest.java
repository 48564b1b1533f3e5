package org.zhidu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.policies.BuiltInPacks;

/**
 * The JSON contracts: every {@code --format json} output has a JSON Schema (draft 2020-12) in {@code docs/schemas/},
 * names it in its first field {@code schema}, and matches it. Each JSON golden is mapped to its schema by the words
 * of its command ({@code names check} → {@code names-check.schema.json}); a JSON golden of a command without a schema
 * fails. Every other golden's command is run again with {@code --format json} and its output checked too. A field
 * renamed in an output, or removed where the contract does not list it as optional, must fail its schema.
 */
class JsonContractsTest {

  private static final Path SCHEMAS = Cli.ROOT.resolve("docs/schemas");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
      builder -> builder.schemaMappers(m -> m.mapPrefix(JsonContract.BASE, SCHEMAS.toUri().toString())));

  /**
   * The fields a contract allows to be absent, as {@code schema-name: path} ({@code []} for an array's entries).
   * Every other field of an output is required: removing it from a golden must fail.
   */
  private static final Set<String> OPTIONAL = Set.of(
      "names-check: files[].line", // only with --stdin
      "rota-generate: cumulative", // only with --history
      "rota-generate: days[].notifierRule", // only where someone notifies
      "rota-check: best", // only when a better spread was found
      "rota-check: swapped", // only with --swaps
      "score: commended", // only for a period that commends
      "score-explain: events[].line", // only for an event read from a file
      "leave-route: request.person", // only with --person
      "leave-check: totals[].absent"); // only where the pack counts 旷工

  /** A finding's fields that appear only where they apply. */
  private static final Set<String> OPTIONAL_IN_FINDING = Set.of("line", "column", "field", "fix");

  /** Objects whose keys are data, not field names (a map from leave kind to days). */
  private static final Set<String> MAPS = Set.of("leave-check: totals[].days");

  private static final Pattern IN_FINDING = Pattern.compile("(^|\\.)findings\\[\\]\\.[^.\\[]+$");

  @Test
  void everySchemaIsAValidDraft202012SchemaWithItsId() throws IOException {
    JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    try (Stream<Path> files = Files.list(SCHEMAS)) {
      for (Path file : files.sorted().toList()) {
        JsonNode schema = MAPPER.readTree(file.toFile());
        assertEquals(Set.of(), meta.validate(schema), file + " against the draft 2020-12 meta-schema");
        assertEquals(JsonContract.BASE + file.getFileName(), schema.path("$id").asText(), file + " $id");
      }
    }
  }

  @Test
  void everyContractHasItsSchemaAndEverySchemaItsContract() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(SCHEMAS)) {
      list.forEach(p -> files.add(p.getFileName().toString()));
    }
    Set<String> expected = new TreeSet<>(Set.of("finding.schema.json"));
    for (JsonContract c : JsonContract.values()) {
      expected.add(c.file());
      JsonNode schema = MAPPER.readTree(SCHEMAS.resolve(c.file()).toFile());
      assertEquals(c.id(), schema.path("properties").path("schema").path("const").asText(), c.file());
      assertEquals("schema", schema.path("required").path(0).asText(), c.file() + ": schema is required, first");
      assertFalse(schema.path("additionalProperties").asBoolean(true), c.file() + ": no field beyond the contract");
    }
    assertEquals(expected, files, "docs/schemas/ holds one schema per JSON output, and finding.schema.json");
  }

  /** Every golden whose command asks for JSON, checked against the schema its command words name. */
  @TestFactory
  Stream<DynamicTest> everyJsonGoldenMatchesItsSchema() throws IOException {
    List<Golden> goldens = goldens().stream().filter(Golden::json).toList();
    assertFalse(goldens.isEmpty(), "no JSON golden files under examples/");
    return goldens.stream().map(g -> DynamicTest.dynamicTest(g.name(), () -> {
      JsonContract contract = contractOf(g.args()).orElseThrow(() -> new AssertionError(
          g.name() + ": no JSON schema for the command \"" + String.join(" ", g.args()) + "\" (add it to "
              + "JsonContract and docs/schemas/)"));
      assertMatches(contract, g.name(), g.output());
    }));
  }

  /** Every other golden's command, run again with {@code --format json}, and a few commands no golden shows. */
  @TestFactory
  Stream<DynamicTest> everyOtherGoldenCommandAsJsonMatchesItsSchema() throws IOException {
    Map<String, List<String>> runs = new LinkedHashMap<>();
    for (Golden g : goldens()) {
      if (!g.json() && contractOf(g.args()).isPresent()) {
        runs.put(g.name() + " as json", asJson(g.args()));
      }
    }
    for (String pack : BuiltInPacks.ids()) {
      runs.put("policies show " + pack, List.of("policies", "show", pack, "--format", "json"));
      runs.put("policies show " + pack + " (en)", List.of("--lang", "en", "policies", "show", pack, "--format",
          "json"));
    }
    runs.put("names check --stdin", List.of("names", "check", "--stdin", "--format", "json", "--max-errors", "2"));
    return runs.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      List<String> args = e.getValue();
      byte[] stdin = Cli.utf8("a.doc\n2015.05.26-会议纪要-三届30次常务会议-施瑞昶(2015第4期).doc\n");
      Cli.Result result = Cli.runWithStdin(stdin, args.toArray(String[]::new));
      if (result.exitCode() == 2 && result.out().isEmpty()) {
        return; // an option of the golden applies to another format only (rota generate --person: ics)
      }
      assertMatches(contractOf(args).orElseThrow(), e.getKey(), result.out());
    }));
  }

  @Test
  void everyContractIsCheckedOnAtLeastOneOutput() throws IOException {
    Set<JsonContract> covered = EnumSet.noneOf(JsonContract.class);
    for (Golden g : goldens()) {
      contractOf(g.args()).ifPresent(covered::add);
    }
    covered.add(JsonContract.POLICIES_SHOW); // run for every built-in pack above
    assertEquals(EnumSet.allOf(JsonContract.class), covered, "a contract no golden or sample checks");
  }

  /**
   * A field renamed in any JSON golden, or one added, fails its schema, and so does a field removed, unless
   * {@link #OPTIONAL} lists it. Each distinct field of each contract is tried once, where it first appears.
   */
  @TestFactory
  Stream<DynamicTest> aFieldRenamedOrRemovedFailsItsSchema() throws IOException {
    List<Golden> goldens = goldens().stream().filter(Golden::json).toList();
    return goldens.stream().map(g -> DynamicTest.dynamicTest(g.name(), () -> {
      JsonContract contract = contractOf(g.args()).orElseThrow();
      String name = contract.file().replace(".schema.json", "");
      JsonSchema schema = schema(contract);
      JsonNode document = MAPPER.readTree(g.output());
      Set<String> seen = new LinkedHashSet<>();
      List<String> wrong = new ArrayList<>();
      mutate(document, "", document, name, schema, seen, wrong);
      assertFalse(seen.isEmpty());
      assertEquals(List.of(), wrong, g.name());
    }));
  }

  private static void mutate(JsonNode node, String path, JsonNode document, String name, JsonSchema schema,
      Set<String> seen, List<String> wrong) {
    if (node instanceof ArrayNode array) {
      for (JsonNode entry : array) {
        mutate(entry, path + "[]", document, name, schema, seen, wrong);
      }
    } else if (node instanceof ObjectNode object) {
      boolean map = MAPS.contains(name + ": " + path);
      List<String> keys = new ArrayList<>();
      object.fieldNames().forEachRemaining(keys::add);
      if (!map && seen.add(path + "{}")) {
        object.put("unexpected", 1);
        if (schema.validate(document).isEmpty()) {
          wrong.add((path.isEmpty() ? "the document" : path) + " took a field its contract does not have");
        }
        object.remove("unexpected");
      }
      for (String key : keys) {
        String field = path.isEmpty() ? key : path + "." + key;
        if (!map && seen.add(field)) {
          JsonNode value = object.get(key);
          object.remove(key);
          boolean optional = OPTIONAL.contains(name + ": " + field)
              || IN_FINDING.matcher(field).find() && OPTIONAL_IN_FINDING.contains(key);
          if (!optional && schema.validate(document).isEmpty()) {
            wrong.add(field + " removed and the schema did not notice (or list it in OPTIONAL)");
          }
          if (optional && !schema.validate(document).isEmpty()) {
            wrong.add(field + " is listed as optional but the schema requires it");
          }
          object.set(key + "Renamed", value);
          if (schema.validate(document).isEmpty()) {
            wrong.add(field + " renamed and the schema did not notice");
          }
          object.remove(key + "Renamed");
          object.set(key, value);
          reorder(object, keys);
        }
        mutate(object.get(key), field, document, name, schema, seen, wrong);
      }
    }
  }

  /** Puts the object's fields back in their order after a field was taken out and set again. */
  private static void reorder(ObjectNode object, List<String> keys) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (String k : keys) {
      values.put(k, object.get(k));
    }
    object.removeAll();
    values.forEach(object::set);
  }

  private static void assertMatches(JsonContract contract, String what, String output) throws IOException {
    JsonNode document = MAPPER.readTree(output);
    Iterator<String> fields = document.fieldNames();
    assertTrue(fields.hasNext() && fields.next().equals("schema"), what + ": \"schema\" is the first field");
    assertEquals(contract.id(), document.path("schema").asText(), what);
    Set<ValidationMessage> errors = schema(contract).validate(document);
    assertEquals(Set.of(), errors, what + " against " + contract.file());
  }

  private static JsonSchema schema(JsonContract contract) {
    return FACTORY.getSchema(SchemaLocation.of(contract.id()));
  }

  /**
   * The contract a command line's words name: the area and the verb ({@code names check}), or {@code score} alone
   * ({@code score --explain} has its own); {@code --lang X} before them is passed over.
   */
  static Optional<JsonContract> contractOf(List<String> args) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < args.size() && words.size() < 2; i++) {
      String a = args.get(i);
      if (a.equals("--lang")) {
        i++;
      } else if (a.startsWith("-")) {
        break;
      } else {
        words.add(a);
        if (a.equals("score")) {
          if (args.contains("--explain")) {
            words.add("explain");
          }
          break;
        }
      }
    }
    String name = String.join("_", words).toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(JsonContract.values()).filter(c -> c.name().equals(name)).findFirst();
  }

  private static List<String> asJson(List<String> args) {
    List<String> out = new ArrayList<>(args);
    int format = out.indexOf("--format");
    if (format >= 0) {
      out.set(format + 1, "json");
    } else {
      out.addAll(List.of("--format", "json"));
    }
    return out;
  }

  /** A golden file: its command's arguments (standard input left out) and its expected output. */
  private record Golden(String name, List<String> args, String output) {

    boolean json() {
      int format = args.indexOf("--format");
      return format >= 0 && format + 1 < args.size() && args.get(format + 1).equals("json");
    }
  }

  private static List<Golden> goldens() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Cli.ROOT.resolve("examples"))) {
      files = walk.filter(p -> p.toString().endsWith(".golden")).sorted().toList();
    }
    List<Golden> goldens = new ArrayList<>();
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
      int firstLine = text.indexOf('\n');
      int secondLine = text.indexOf('\n', firstLine + 1);
      List<String> args = new ArrayList<>(List.of(text.substring("$ zhidu ".length(), firstLine).trim()
          .split(" +")));
      int redirect = args.indexOf("<");
      if (redirect >= 0) {
        args = new ArrayList<>(args.subList(0, redirect));
      }
      goldens.add(new Golden(Cli.ROOT.relativize(file).toString(), List.copyOf(args),
          text.substring(secondLine + 1)));
    }
    return goldens;
  }
}
