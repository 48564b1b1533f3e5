package org.zhidu.cli.policies;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.OutputOption;
import org.zhidu.cli.output.DisplayWidth;
import java.util.List;
import org.zhidu.core.rule.RuleId;
import org.zhidu.policies.Area;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.Registry;
import org.zhidu.policies.Pack;
import org.zhidu.policies.PackLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code zhidu policies list}: the built-in packs. */
@Command(name = "list", mixinStandardHelpOptions = true)
public final class PoliciesListCommand extends AreaCommand {

  @Mixin OutputOption output;

  @Override
  public Integer call() throws IOException {
    return output.write(context, spec.commandLine().getOut(), List.of(), this::write);
  }

  private int write(PrintWriter out) throws IOException {
    Texts texts = context.texts();
    int idWidth = DisplayWidth.of(texts.get("policies.column.id"));
    for (String id : BuiltInPacks.ids()) {
      idWidth = Math.max(idWidth, DisplayWidth.of(id));
    }
    out.println(DisplayWidth.pad(texts.get("policies.column.id"), idWidth + 2) + texts.get("policies.column.rules")
        + "  " + texts.get("policies.column.source"));
    for (String id : BuiltInPacks.ids()) {
      Pack pack = PackLoader.builtIn(id);
      out.println(DisplayWidth.pad(id, idWidth + 2)
          + DisplayWidth.pad(Integer.toString(pack.rules().size()), DisplayWidth.of(texts.get(
              "policies.column.rules")))
          + "  " + pack.name() + " (" + pack.source().reference() + ")");
    }
    // the areas zhidu encodes, from the registry
    out.println();
    int areaWidth = DisplayWidth.of(texts.get("policies.column.area"));
    int rulesWidth = DisplayWidth.of(texts.get("policies.column.rule_ids"));
    for (Area area : Registry.AREAS) {
      areaWidth = Math.max(areaWidth, DisplayWidth.of(shown(area, texts)));
      rulesWidth = Math.max(rulesWidth, DisplayWidth.of(ids(area)));
    }
    out.println(DisplayWidth.pad(texts.get("policies.column.area"), areaWidth + 2)
        + DisplayWidth.pad(texts.get("policies.column.rule_ids"), rulesWidth + 2) + texts.get("policies.commands"));
    for (Area area : Registry.AREAS) {
      out.println(DisplayWidth.pad(shown(area, texts), areaWidth + 2) + DisplayWidth.pad(ids(area), rulesWidth + 2)
          + String.join(", ", area.commands().stream().map(c -> "zhidu " + c).toList()));
    }
    return ExitCode.OK;
  }

  /** The area's id and its name in the report's language: naming（电子文档命名）. */
  static String shown(Area area, Texts texts) {
    return area.id() + texts.get("policies.area_name", texts.get("policies.area." + area.id()));
  }

  /** N1–N5 for a family, or the ids themselves when there are few. */
  private static String ids(Area area) {
    List<RuleId> rules = area.rules();
    return rules.size() > 3 ? range(rules) : String.join(" ", rules.stream().map(RuleId::value).toList());
  }

  /** G1–G13 G-HEADER: a family's numbered rules as a range, any other id after it. */
  private static String range(List<RuleId> rules) {
    List<RuleId> numbered = rules.stream().filter(r -> !r.value().contains("-")).toList();
    List<RuleId> others = rules.stream().filter(r -> r.value().contains("-")).toList();
    StringBuilder out = new StringBuilder(numbered.get(0) + "–" + numbered.get(numbered.size() - 1));
    others.forEach(r -> out.append(' ').append(r));
    return out.toString();
  }
}
