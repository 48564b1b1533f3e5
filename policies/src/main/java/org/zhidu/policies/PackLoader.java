package org.zhidu.policies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.register.Schema;
import org.zhidu.policies.yaml.StrictYaml;

/**
 * Loads packs: a built-in one by id, or a user's YAML that {@code extends} a built-in one. The head of the file
 * (id, name, source, rules, gaps) is read here; each area's section is bound and resolved by its
 * {@link PackSection} from the {@link Registry}. A user's pack replaces whole settings and whole rules (by id);
 * everything else comes from the pack it extends, and every value in force remembers where it came from. Every
 * error names the file, line and column of the key at fault.
 */
public final class PackLoader {

  private static final Map<String, Pack> BUILT_IN = new ConcurrentHashMap<>();

  private PackLoader() {}

  /**
   * A built-in pack. Each is read once and then shared: a pack is immutable, and may be used by any number of checks
   * on any number of threads.
   *
   * @param id the pack's id, one of {@link BuiltInPacks#ids()}
   * @return the pack
   * @throws InputException when no built-in pack has that id
   */
  public static Pack builtIn(String id) {
    if (!BuiltInPacks.exists(id)) {
      throw new InputException(
          new Location(null, 0, 0, null), Message.of("pack.unknown", id, String.join(", ", BuiltInPacks.ids())));
    }
    return BUILT_IN.computeIfAbsent(id, PackLoader::readBuiltIn);
  }

  static Pack readBuiltIn(String id) {
    StrictYaml.Document<ObjectNode> main = StrictYaml.readShipped(id + ".yaml", resource(id + ".yaml"),
        ObjectNode.class);
    // A built-in pack may keep a long section in a file of its own, <id>-<section>.yaml, holding that key: read
    // when its section is first asked for, like the sections themselves.
    return load(main, key -> {
      String name = id + "-" + key + ".yaml";
      String text = resourceOrNull(name);
      return text == null ? null : StrictYaml.readShipped(name, text, ObjectNode.class);
    }, new Origin(id, null));
  }

  /**
   * A user's pack from its file, UTF-8 or GB18030 (see {@link TextInput}). The pack {@code extends} a built-in one
   * or stands alone; either way it is validated fully as it is read.
   *
   * @param file the pack's YAML file
   * @return the pack, immutable and shareable between threads
   * @throws InputException when the file cannot be read or the pack is wrong, at its line and column
   */
  public static Pack fromPath(Path file) {
    return fromPath(file, file.toString());
  }

  /**
   * A user's pack from its file, named in messages and origins as {@code shownAs}.
   *
   * @param file the pack's YAML file
   * @param shownAs how locations and {@code policies explain} name the file (the path as the user wrote it)
   * @return the pack, immutable and shareable between threads
   * @throws InputException when the file cannot be read or the pack is wrong, at its line and column
   */
  public static Pack fromPath(Path file, String shownAs) {
    if (Files.isDirectory(file)) {
      throw new InputException(new Location(shownAs, 0, 0, null), Message.of("pack.is_folder"));
    }
    return fromYaml(shownAs, TextInput.read(file, shownAs));
  }

  /**
   * A user's pack from a stream (a pack kept in a database or shipped inside an application's jar), UTF-8 or
   * GB18030; the stream is not closed.
   *
   * @param source how locations name the pack
   * @param in the pack's YAML
   * @return the pack, immutable and shareable between threads
   * @throws InputException when the pack is wrong, at its line and column
   * @throws UncheckedIOException when reading the stream fails
   */
  public static Pack fromStream(String source, InputStream in) {
    return fromYaml(source, TextInput.read(in, source));
  }

  /**
   * A user's pack.
   *
   * @param source the file name, for messages and for the origin of its values
   * @param text the YAML
   * @return the pack resolved over the pack it extends
   * @throws InputException if the YAML cannot be read, or a key, value or reference is wrong, at its place
   */
  public static Pack fromYaml(String source, String text) {
    StrictYaml.Document<ObjectNode> document = StrictYaml.readDocument(source, text, ObjectNode.class);
    String id = document.value().path("id").asText(null);
    return load(document, key -> null, new Origin(id == null ? "?" : id, source));
  }

  /**
   * Reads a pack's head and prepares its sections: bound on first use for a built-in pack (shipped, and checked
   * whole by the build's tests), at once for a user's, so that every error in it is reported when it is loaded.
   *
   * @param apart a section kept in a file of its own, by the section's key, or {@code null}
   */
  private static Pack load(
      StrictYaml.Document<ObjectNode> document,
      java.util.function.Function<String, StrictYaml.Document<ObjectNode>> apart, Origin declared) {
    Map<String, PackSection<?, ?>> byKey = new LinkedHashMap<>();
    Registry.sections().forEach(s -> byKey.put(s.key(), s));
    ObjectNode head = document.value().objectNode();
    Map<String, JsonNode> own = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : document.value().properties()) {
      if (PackFile.KEYS.contains(field.getKey())) {
        head.set(field.getKey(), field.getValue());
      } else if (byKey.containsKey(field.getKey())) {
        own.put(field.getKey(), field.getValue());
      } else {
        TreeSet<String> known = new TreeSet<>(PackFile.KEYS);
        known.addAll(byKey.keySet());
        throw new InputException(document.place("/" + field.getKey()),
            Message.of("yaml.unknown_key", field.getKey(), known.toString()));
      }
    }
    PackFile file = StrictYaml.bind(document, "", head, PackFile.class);
    if (!declared.builtIn() && BuiltInPacks.exists(file.id())) {
      // a pack of one's own under a built-in's id would pass for the built-in in every report
      throw new InputException(located(document, "/id"), Message.of("pack.id_taken", file.id()));
    }
    Origin origin = new Origin(file.id(), declared.file());
    Pack base = null;
    if (file.extendsPack() != null) {
      if (!BuiltInPacks.exists(file.extendsPack())) {
        throw new InputException(located(document, "/extends"),
            Message.of("pack.unknown", file.extendsPack(), String.join(", ", BuiltInPacks.ids())));
      }
      base = builtIn(file.extendsPack());
    }
    String name = file.name() != null ? file.name() : base == null ? null : base.name();
    PackFile.PackSource source = file.source() != null ? file.source() : base == null ? null : base.source();
    require(name, document, "name");
    require(source, document, "source");

    Map<String, Rule> rules = new LinkedHashMap<>();
    if (base != null) {
      rules.putAll(base.rules());
    }
    for (RuleEntry entry : file.rules()) {
      rules.put(entry.id(), new Rule(entry, origin));
    }
    List<Gap> gaps = new ArrayList<>(base == null ? List.of() : base.gaps());
    for (int i = 0; i < file.gaps().size(); i++) {
      GapEntry gap = file.gaps().get(i);
      for (String rule : gap.rules()) {
        requireRule(rules, rule, document, "/gaps/" + i + "/rules", "gaps");
      }
      gaps.add(new Gap(gap, origin));
    }

    Pack extended = base;
    Sections sections = new Sections(section -> {
      StrictYaml.Document<ObjectNode> from = document;
      JsonNode node = own.get(section.key());
      if (node == null) {
        StrictYaml.Document<ObjectNode> kept = apart.apply(section.key());
        if (kept != null) {
          from = kept;
          node = kept.value().get(section.key());
        }
      }
      SectionContext context = new SectionContext(section.key(), origin, from, extended);
      Object policy = resolve(section, node, from, extended, context);
      for (Setting s : context.settings()) {
        for (String rule : s.rules()) {
          requireRule(rules, rule, from, "/" + s.name().replace('.', '/') + "/rules", s.name());
        }
      }
      if (section == Registry.REGISTERS_SECTION && policy != null) {
        for (Schema schema : Registry.REGISTERS_SECTION.policyType().cast(policy).schemas()) {
          requireRule(rules, schema.id(), from, "/registers", "registers");
        }
      }
      return new Sections.Bound(policy, context.settings());
    });
    Pack pack = new Pack(file.id(), name, source, origin, rules, gaps, sections);
    if (!declared.builtIn()) {
      sections.bindAll();
    }
    return pack;
  }

  private static <F, P> P resolve(PackSection<F, P> section, JsonNode node, StrictYaml.Document<?> from,
      Pack base, SectionContext context) {
    F own = node == null || node.isNull() ? null
        : StrictYaml.bind(from, "/" + section.key(), node, section.fileType());
    P inherited = base == null ? null : base.sectionOrNull(section);
    if (own == null && inherited == null) {
      return null; // a pack of its own document that does not carry the area: its commands say so
    }
    return section.resolve(own, inherited, context);
  }

  private static void requireRule(
      Map<String, Rule> rules, String rule, StrictYaml.Document<?> document, String pointer, String setting) {
    if (!rules.containsKey(rule)) {
      throw new InputException(located(document, pointer), Message.of("pack.dangling_rule", setting, rule));
    }
  }

  private static void require(Object value, StrictYaml.Document<?> document, String key) {
    if (value == null) {
      throw new InputException(located(document, "/" + key), Message.of("pack.missing", key));
    }
  }

  /** The place of a key, or of the file's first line when the key is not written. */
  private static Location located(StrictYaml.Document<?> document, String pointer) {
    Location at = document.place(pointer);
    return at.hasLine() ? at : new Location(at.file(), 1, 1, null);
  }

  private static String resource(String name) {
    String text = resourceOrNull(name);
    if (text == null) {
      throw new IllegalStateException("built-in pack missing from the jar: " + name);
    }
    return text;
  }

  private static String resourceOrNull(String name) {
    try (InputStream in = PackLoader.class.getResourceAsStream("packs/" + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
