package org.zhidu.cli.policies;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.zhidu.cli.Context;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.Texts;
import org.zhidu.cli.output.DisplayWidth;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.Pack;
import org.zhidu.policies.PackLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhidu policies list}: the built-in packs. */
@Command(name = "list", mixinStandardHelpOptions = true)
public final class PoliciesListCommand implements Callable<Integer> {

  private final Context context;

  @Spec CommandSpec spec;

  PoliciesListCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Texts texts = context.texts();
    PrintWriter out = spec.commandLine().getOut();
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
