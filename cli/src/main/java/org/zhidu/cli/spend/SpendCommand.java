package org.zhidu.cli.spend;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhidu spend}: spending (开支, E1–E3). */
@Command(name = "spend", mixinStandardHelpOptions = true, subcommands = {SpendRouteCommand.class})
public final class SpendCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
