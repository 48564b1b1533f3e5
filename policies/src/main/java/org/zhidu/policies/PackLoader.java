package org.zhidu.policies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.naming.DocumentKind;
import org.zhidu.core.naming.NamingPolicy;
import org.zhidu.core.register.Schema;
import org.zhidu.core.rota.RotaPolicy;
import org.zhidu.core.scoring.ScoringItem;
import org.zhidu.core.scoring.ScoringPolicy;
import org.zhidu.policies.register.SchemaLoader;
import org.zhidu.policies.yaml.StrictYaml;

/**
 * Loads packs: a built-in one by id, or a user's YAML that {@code extends} a built-in one. A user's pack
 * replaces whole settings and whole rules (by id); everything else comes from the pack it extends, and every value
 * in force remembers where it came from.
 */
public final class PackLoader {

  private static final Map<String, Pack> BUILT_IN = new ConcurrentHashMap<>();

  private PackLoader() {}

  /** A built-in pack; an unknown id is an {@link InputException}. */
  public static Pack builtIn(String id) {
    if (!BuiltInPacks.exists(id)) {
      throw new InputException(
          new Location(null, 0, 0, null), Message.of("pack.unknown", id, String.join(", ", BuiltInPacks.ids())));
    }
    return BUILT_IN.computeIfAbsent(id, PackLoader::readBuiltIn);
  }

  private static Pack readBuiltIn(String id) {
    String resource = BuiltInPacks.resource(id);
    try (InputStream in = PackLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("built-in pack missing from the jar: " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      PackFile file = StrictYaml.read(id + ".yaml", text, PackFile.class);
      return resolve(file, null, new Origin(id, null), registers(id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A user's pack.
   *
   * @param source the file name, for messages and for the origin of its values
   * @param text the YAML
   */
  public static Pack fromYaml(String source, String text) {
    PackFile file = StrictYaml.read(source, text, PackFile.class);
    Pack base = null;
    if (file.extendsPack() != null) {
      if (!BuiltInPacks.exists(file.extendsPack())) {
        throw new InputException(
            new Location(source, 0, 0, "extends"),
            Message.of("pack.unknown", file.extendsPack(), String.join(", ", BuiltInPacks.ids())));
      }
      base = builtIn(file.extendsPack());
    }
    return resolve(file, base, new Origin(file.id(), source), base == null ? List.of() : base.registers());
  }

  /** The register schemas that come with a built-in pack ({@code <id>-registers.yaml}), or none. */
  private static List<Schema> registers(String id) {
    String resource = BuiltInPacks.resource(id).replace(".yaml", "-registers.yaml");
    try (InputStream in = PackLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        return List.of();
      }
      return SchemaLoader.listFromYaml(id + "-registers.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Pack resolve(PackFile file, Pack base, Origin origin, List<Schema> registers) {
    String where = origin.builtIn() ? origin.pack() + ".yaml" : origin.file();
    String name = file.name() != null ? file.name() : base == null ? null : base.name();
    PackFile.PackSource source = file.source() != null ? file.source() : base == null ? null : base.source();
    require(name, where, "name");
    require(source, where, "source");

    Map<String, Rule> rules = new LinkedHashMap<>();
    if (base != null) {
      rules.putAll(base.rules());
    }
    for (RuleEntry entry : file.rules()) {
      rules.put(entry.id(), new Rule(entry, origin));
    }

    List<Setting> settings = new ArrayList<>();
    PackFile.NamingSection naming = file.naming();
    ListSetting<PackFile.DocumentKindEntry> kinds = naming == null ? null : naming.documentKinds();
    ListSetting<String> categories = naming == null ? null : naming.draftCategories();

    List<DocumentKind> documentKinds;
    Setting kindsSetting;
    if (kinds != null) {
      documentKinds = new ArrayList<>();
      List<String> shown = new ArrayList<>();
      for (PackFile.DocumentKindEntry entry : kinds.values()) {
        List<String> spellings = new ArrayList<>();
        spellings.add(entry.name());
        for (String s : entry.spellings()) {
          if (!spellings.contains(s)) {
            spellings.add(s);
          }
        }
        documentKinds.add(new DocumentKind(entry.name(), spellings, Boolean.TRUE.equals(entry.ordinalNumber())));
        shown.add(spellings.size() == 1 ? entry.name() : entry.name() + "(" + String.join("/", spellings.subList(1,
            spellings.size())) + ")");
      }
      kindsSetting = new Setting("naming.documentKinds", kinds.rules(), kinds.citation(), kinds.isOpen(), shown,
          origin);
    } else {
      require(base, where, "naming.documentKinds");
      documentKinds = base.naming().documentKinds();
      kindsSetting = base.settings().stream().filter(s -> s.name().equals("naming.documentKinds")).findFirst()
          .orElseThrow();
    }
    Setting categoriesSetting;
    if (categories != null) {
      categoriesSetting = new Setting("naming.draftCategories", categories.rules(), categories.citation(),
          categories.isOpen(), categories.values(), origin);
    } else {
      require(base, where, "naming.draftCategories");
      categoriesSetting = base.settings().stream().filter(s -> s.name().equals("naming.draftCategories"))
          .findFirst().orElseThrow();
    }
    settings.add(kindsSetting);
    settings.add(categoriesSetting);
    RotaPolicy rota = rota(file.rota(), base, origin, where, settings);
    ScoringPolicy scoring = scoring(file.scoring(), base, origin, where, settings);

    for (Setting s : settings) {
      for (String ruleId : s.rules()) {
        if (!rules.containsKey(ruleId)) {
          throw new InputException(
              new Location(where, 0, 0, s.name()), Message.of("pack.dangling_rule", s.name(), ruleId));
        }
      }
    }
    NamingPolicy policy;
    try {
      policy = new NamingPolicy(documentKinds, new java.util.LinkedHashSet<>(categoriesSetting.values()));
    } catch (IllegalArgumentException e) {
      throw new InputException(new Location(where, 0, 0, "naming"), Message.of("pack.invalid", e.getMessage()));
    }
    for (Schema schema : registers) {
      if (!rules.containsKey(schema.id())) {
        throw new InputException(new Location(where, 0, 0, "registers"), Message.of("pack.dangling_rule",
            "registers", schema.id()));
      }
    }
    return new Pack(file.id(), name, source, origin, rules, settings, policy, rota, scoring, registers);
  }

  /** The rota's numbers: each one the pack sets, or the one of the pack it extends. */
  private static RotaPolicy rota(
      PackFile.RotaSection own, Pack base, Origin origin, String where, List<Setting> settings) {
    PackFile.RotaSection section = own == null ? new PackFile.RotaSection(null, null, null, null) : own;
    RotaPolicy inherited = base == null ? null : base.rota();
    int perDay = value(section.clerksPerDay(), "rota.clerksPerDay", base, origin, where, settings,
        inherited == null ? null : inherited.clerksPerDay());
    int perHoliday = value(section.clerksPerHoliday(), "rota.clerksPerHoliday", base, origin, where, settings,
        inherited == null ? null : inherited.clerksPerHoliday());
    String handover = value(section.handover(), "rota.handover", base, origin, where, settings,
        inherited == null ? null : inherited.handover().toString());
    String dutySection = value(section.dutySection(), "rota.dutySection", base, origin, where, settings,
        inherited == null ? null : inherited.dutySection());
    try {
      return new RotaPolicy(perDay, perHoliday, LocalTime.parse(handover), dutySection);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new InputException(new Location(where, 0, 0, "rota"), Message.of("pack.invalid", e.getMessage()));
    }
  }

  /** The inspection scores: the items as a whole list (a pack replaces the list), each number on its own. */
  private static ScoringPolicy scoring(
      PackFile.ScoringSection own, Pack base, Origin origin, String where, List<Setting> settings) {
    PackFile.ScoringSection section = own == null
        ? new PackFile.ScoringSection(null, null, null, null, null, null) : own;
    ScoringPolicy inherited = base == null ? null : base.scoring();
    int points = value(section.base(), "scoring.base", base, origin, where, settings,
        inherited == null ? null : inherited.base());
    List<ScoringItem> items;
    if (section.items() != null) {
      items = new ArrayList<>();
      List<String> shown = new ArrayList<>();
      for (PackFile.ScoringItemEntry e : section.items().values()) {
        items.add(new ScoringItem(e.name(), e.points(), e.evidence(), e.rule(), e.clause()));
        shown.add(e.name() + " " + (e.points() > 0 ? "+" : "") + e.points()
            + (e.evidence().isEmpty() ? "" : "（" + String.join("、", e.evidence()) + "提供依据）"));
      }
      settings.add(new Setting("scoring.items", section.items().rules(), section.items().citation(), false, shown,
          origin));
    } else {
      require(base, where, "scoring.items");
      items = inherited.items();
      settings.add(base.settings().stream().filter(s -> s.name().equals("scoring.items")).findFirst().orElseThrow());
    }
    int sections = value(section.commendedSections(), "scoring.commendedSections", base, origin, where, settings,
        inherited == null ? null : inherited.commendedSections());
    int people = value(section.commendedPeople(), "scoring.commendedPeople", base, origin, where, settings,
        inherited == null ? null : inherited.commendedPeople());
    int excluded = value(section.excludedSections(), "scoring.excludedSections", base, origin, where, settings,
        inherited == null ? null : inherited.excludedSections());
    int deadline = value(section.deadlineDay(), "scoring.deadlineDay", base, origin, where, settings,
        inherited == null ? null : inherited.deadlineDay());
    try {
      return new ScoringPolicy(points, items, sections, people, excluded, deadline);
    } catch (IllegalArgumentException e) {
      throw new InputException(new Location(where, 0, 0, "scoring"), Message.of("pack.invalid", e.getMessage()));
    }
  }

  private static <T> T value(
      ValueSetting<T> own, String key, Pack base, Origin origin, String where, List<Setting> settings, T inherited) {
    if (own != null) {
      settings.add(new Setting(key, own.rules(), own.citation(), false, List.of(own.value().toString()), origin));
      return own.value();
    }
    require(base, where, key);
    settings.add(base.settings().stream().filter(s -> s.name().equals(key)).findFirst().orElseThrow());
    return inherited;
  }

  private static void require(Object value, String where, String key) {
    if (value == null) {
      throw new InputException(new Location(where, 0, 0, key), Message.of("pack.missing", key));
    }
  }
}
