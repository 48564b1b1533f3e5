package org.zhidu.cli.names;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhidu names}: electronic document names (N1–N5). */
@Command(
    name = "names",
    mixinStandardHelpOptions = true,
    subcommands = {
      NamesCheckCommand.class,
      NamesFixCommand.class,
      NamesUndoCommand.class,
      NamesExplainCommand.class
    })
public final class NamesCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
