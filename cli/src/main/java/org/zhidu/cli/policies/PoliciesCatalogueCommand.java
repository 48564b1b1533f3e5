package org.zhidu.cli.policies;

import java.util.concurrent.Callable;
import org.zhidu.cli.ExitCode;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhidu policies catalogue}: every rule zhidu encodes, in Markdown (the text of docs/rules.md). */
@Command(name = "catalogue", mixinStandardHelpOptions = true)
public final class PoliciesCatalogueCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(RulesCatalogue.markdown(Registry.AREAS,
        BuiltInPacks.ids().stream().map(PackLoader::builtIn).toList()));
    return ExitCode.OK;
  }
}
