package org.zhidu.cli.policies;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import org.zhidu.cli.ShowCommand;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.PackOption;
import org.zhidu.cli.output.Json;
import org.zhidu.cli.output.JsonContract;
import org.zhidu.policies.Pack;
import org.zhidu.policies.Rule;
import org.zhidu.policies.Setting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code zhidu policies show ID|FILE}: a pack's rules and values in force, with citations and origins. */
@Command(name = "show", mixinStandardHelpOptions = true)
public final class PoliciesShowCommand extends ShowCommand {

  @Parameters(index = "0", paramLabel = "ID|FILE", descriptionKey = "policies.show.pack")
  String pack;

  @Override
  protected Collection<Path> inputs() {
    return Collections.singletonList(PackOption.fileOf(pack, context));
  }

  @Override
  protected int write(PrintWriter out) throws IOException {
    Pack resolved = PackOption.load(pack, context);
    Texts texts = context.texts();
    if (show.json()) {
      try (JsonGenerator json = Json.generator(out)) {
        Json.start(json, JsonContract.POLICIES_SHOW);
        json.writeStringField("id", resolved.id());
        json.writeStringField("name", resolved.name());
        json.writeStringField("source", resolved.source().number());
        json.writeArrayFieldStart("rules");
        for (Rule rule : resolved.rules().values()) {
          PoliciesExplainCommand.writeRule(json, rule, texts);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("settings");
        for (Setting setting : resolved.settings()) {
          PoliciesExplainCommand.writeSetting(json, setting);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
      }
      return ExitCode.OK;
    }
    out.println(resolved.id() + "  " + resolved.name());
    out.println(texts.get("policies.source") + ": " + resolved.source().title() + (resolved.source().number() == null ? "" : " " + resolved.source().number()));
    out.println(texts.get("policies.origin") + ": " + PoliciesExplainCommand.origin(resolved.origin(), texts));
    out.println();
    out.println(texts.get("policies.rules") + ":");
    for (Rule rule : resolved.rules().values()) {
      out.println("  " + rule.id() + "  " + PoliciesExplainCommand.title(rule, texts) + "  ["
          + rule.entry().citation() + "]");
    }
    out.println();
    out.println(texts.get("policies.settings") + ":");
    for (Setting setting : resolved.settings()) {
      out.println("  " + setting.name() + " (" + String.join(", ", setting.rules()) + ")  ["
          + setting.citation() + "]  " + PoliciesExplainCommand.origin(setting.origin(), texts));
      out.println("    " + String.join(" ", setting.values()) + (setting.open() ? " " + texts.get(
          "policies.open") : ""));
    }
    return ExitCode.OK;
  }
}
