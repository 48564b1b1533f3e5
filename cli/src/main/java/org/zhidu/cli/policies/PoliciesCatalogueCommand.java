package org.zhidu.cli.policies;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.ExitCode;
import org.zhidu.cli.options.OutputOption;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code zhidu policies catalogue}: every rule zhidu encodes, in Markdown (the text of docs/rules.md). */
@Command(name = "catalogue", mixinStandardHelpOptions = true)
public final class PoliciesCatalogueCommand extends AreaCommand {

  @Mixin OutputOption output;

  @Override
  public Integer call() throws IOException {
    return output.write(context, spec.commandLine().getOut(), List.of(), this::write);
  }

  private int write(PrintWriter out) {
    out.print(RulesCatalogue.markdown(Registry.AREAS,
        BuiltInPacks.ids().stream().map(PackLoader::builtIn).toList()));
    return ExitCode.OK;
  }
}
