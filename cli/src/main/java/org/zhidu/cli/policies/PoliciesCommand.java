package org.zhidu.cli.policies;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhidu policies}: the rule packs. */
@Command(
    name = "policies",
    mixinStandardHelpOptions = true,
    subcommands = {PoliciesListCommand.class, PoliciesShowCommand.class, PoliciesExplainCommand.class,
      PoliciesCatalogueCommand.class})
public final class PoliciesCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
