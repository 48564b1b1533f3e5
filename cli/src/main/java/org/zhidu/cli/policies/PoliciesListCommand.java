package org.zhidu.cli.policies;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.options.OutputOption;
import org.zhidu.cli.output.DisplayWidth;
import org.zhidu.policies.BuiltInPacks;
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
          + "  " + pack.name() + " (" + pack.source().number() + ")");
    }
    return ExitCode.OK;
  }
}
