package org.zhidu.cli.policies;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.zhidu.cli.ShowCommand;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Lang;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.PackOption;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.rule.CrossCutting;
import org.zhidu.core.rule.RuleId;
import org.zhidu.policies.Area;
import org.zhidu.policies.Gap;
import org.zhidu.policies.Origin;
import org.zhidu.policies.Pack;
import org.zhidu.policies.Rule;
import org.zhidu.policies.Registry;
import org.zhidu.policies.Setting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code zhidu policies explain RULE}: the clause, what is checked, good and bad examples, and each value in force
 * with the pack it came from.
 */
@Command(name = "explain", mixinStandardHelpOptions = true)
public final class PoliciesExplainCommand extends ShowCommand {

  @Parameters(index = "0", paramLabel = "RULE", descriptionKey = "policies.explain.rule")
  String ruleId;

  @Mixin PackOption packOption;

  @Override
  protected Collection<Path> inputs() {
    return Collections.singletonList(packOption.file(context));
  }

  @Override
  protected int write(PrintWriter out) throws IOException {
    Pack pack = packOption.resolve(context);
    Texts texts = context.texts();
    String id = ruleId.toUpperCase(Locale.ROOT);
    Rule rule = pack.rule(id).orElseThrow(() -> new InputException(Location.NOWHERE,
        Message.of("policies.no_rule", id, pack.id(), String.join(" ", pack.rules().keySet()))));
    List<Setting> settings = pack.settingsFor(id);
    // X-BOUND applies through every threshold, X-GAP through every declared gap; other rules through their own.
    List<Setting> thresholds = id.equals(CrossCutting.X_BOUND.value()) ? pack.thresholds()
        : settings.stream().filter(Setting::isThreshold).toList();
    List<Gap> gaps = id.equals(CrossCutting.X_GAP.value()) ? pack.gaps()
        : pack.gaps().stream().filter(g -> g.entry().rules().contains(id)).toList();
    List<String> commands = Registry.areaOf(RuleId.of(id)).map(Area::commands).orElse(List.of());
    if (show.json()) {
      try (JsonGenerator json = Json.generator(out)) {
        Json.start(json, JsonContract.POLICIES_EXPLAIN);
        json.writeStringField("pack", pack.id());
        json.writeFieldName("rule");
        writeRule(json, rule, texts);
        json.writeArrayFieldStart("settings");
        for (Setting s : settings) {
          writeSetting(json, s);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("thresholds");
        for (Setting s : thresholds) {
          writeSetting(json, s);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("gaps");
        for (Gap g : gaps) {
          writeGap(json, g, texts);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("commands");
        for (String c : commands) {
          json.writeString("zhidu " + c);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
      }
      return ExitCode.OK;
    }
    out.println(rule.id() + "  " + title(rule, texts));
    // a cross-cutting rule cites the catalogue and the law, not the pack's own document
    boolean crossCutting = RuleId.of(id).family().equals("X");
    out.println(texts.get("policies.citation") + ": " + rule.entry().citation()
        + (crossCutting ? "" : "  (" + pack.source().reference() + ")"));
    out.println();
    out.println(texts.get("policies.clause") + ":");
    out.println("  " + rule.entry().clause().strip().replace("\n", "\n  "));
    out.println();
    out.println(texts.get("policies.checks") + ":");
    out.println("  " + checks(rule, texts).strip());
    if (!rule.entry().good().isEmpty()) {
      out.println();
      out.println(texts.get("policies.good") + ":");
      rule.entry().good().forEach(g -> out.println("  ✓ " + g));
    }
    if (!rule.entry().bad().isEmpty()) {
      out.println(texts.get("policies.bad") + ":");
      rule.entry().bad().forEach(b -> out.println("  ✗ " + b));
    }
    out.println();
    if (settings.isEmpty()) {
      out.println(texts.get("policies.no_settings"));
    }
    for (Setting s : settings) {
      out.println(texts.get("policies.value_in_force") + ": " + s.name());
      out.println("  " + String.join(" ", s.values()) + (s.open() ? " " + texts.get("policies.open") : ""));
      out.println("  " + texts.get("policies.citation") + ": " + s.citation());
      out.println("  " + texts.get("policies.origin") + ": " + origin(s.origin(), texts));
    }
    if (!thresholds.isEmpty()) {
      out.println();
      out.println(texts.get("policies.thresholds") + ":");
      for (Setting s : thresholds) {
        out.println("  " + s.name() + " = " + String.join(" ", s.values()) + "  "
            + texts.get("policies.bound." + s.bound().id()) + "  (" + String.join(" ", s.rules()) + "; "
            + s.citation() + ")");
      }
    }
    if (!gaps.isEmpty()) {
      out.println();
      out.println(texts.get("policies.gaps") + ":");
      for (Gap g : gaps) {
        boolean en = texts.lang() == Lang.EN;
        out.println("  " + String.join(" ", g.entry().rules()) + "  " + g.entry().citation());
        out.println("    " + texts.get("policies.gap") + ": " + (en ? g.entry().gapEn() : g.entry().gap()));
        out.println("    " + texts.get("policies.reading") + ": "
            + (en ? g.entry().readingEn() : g.entry().reading()));
      }
    }
    if (!commands.isEmpty()) {
      out.println();
      out.println(texts.get("policies.commands") + ": "
          + String.join("、", commands.stream().map(c -> "zhidu " + c).toList()));
    }
    out.println(texts.get("policies.rule_origin") + ": " + origin(rule.origin(), texts));
    return ExitCode.OK;
  }

  static String title(Rule rule, Texts texts) {
    return texts.lang() == Lang.EN ? rule.entry().titleEn() : rule.entry().title();
  }

  static String checks(Rule rule, Texts texts) {
    return texts.lang() == Lang.EN ? rule.entry().checksEn() : rule.entry().checks();
  }

  static String origin(Origin origin, Texts texts) {
    return origin.builtIn()
        ? texts.get("policies.origin.built_in", origin.pack())
        : texts.get("policies.origin.file", origin.file(), origin.pack());
  }

  static void writeRule(JsonGenerator json, Rule rule, Texts texts) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", rule.id());
    json.writeStringField("title", title(rule, texts));
    json.writeStringField("citation", rule.entry().citation());
    json.writeStringField("clause", rule.entry().clause().strip());
    json.writeStringField("checks", checks(rule, texts).strip());
    json.writeArrayFieldStart("good");
    for (String g : rule.entry().good()) {
      json.writeString(g);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("bad");
    for (String b : rule.entry().bad()) {
      json.writeString(b);
    }
    json.writeEndArray();
    writeOrigin(json, rule.origin());
    json.writeEndObject();
  }

  static void writeSetting(JsonGenerator json, Setting s) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", s.name());
    json.writeArrayFieldStart("rules");
    for (String r : s.rules()) {
      json.writeString(r);
    }
    json.writeEndArray();
    json.writeStringField("citation", s.citation());
    json.writeBooleanField("open", s.open());
    json.writeStringField("bound", s.bound() == null ? null : s.bound().id());
    json.writeArrayFieldStart("values");
    for (String v : s.values()) {
      json.writeString(v);
    }
    json.writeEndArray();
    writeOrigin(json, s.origin());
    json.writeEndObject();
  }

  static void writeGap(JsonGenerator json, Gap gap, Texts texts) throws IOException {
    boolean en = texts.lang() == Lang.EN;
    json.writeStartObject();
    json.writeArrayFieldStart("rules");
    for (String r : gap.entry().rules()) {
      json.writeString(r);
    }
    json.writeEndArray();
    json.writeStringField("citation", gap.entry().citation());
    json.writeStringField("gap", en ? gap.entry().gapEn() : gap.entry().gap());
    json.writeStringField("reading", en ? gap.entry().readingEn() : gap.entry().reading());
    writeOrigin(json, gap.origin());
    json.writeEndObject();
  }

  private static void writeOrigin(JsonGenerator json, Origin origin) throws IOException {
    json.writeObjectFieldStart("origin");
    json.writeStringField("pack", origin.pack());
    json.writeStringField("file", origin.file());
    json.writeEndObject();
  }
}
