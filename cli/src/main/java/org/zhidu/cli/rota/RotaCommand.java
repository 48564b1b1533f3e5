package org.zhidu.cli.rota;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhidu rota}: the duty rota (值班, R1–R9). */
@Command(
    name = "rota",
    mixinStandardHelpOptions = true,
    subcommands = {RotaGenerateCommand.class, RotaCheckCommand.class, RotaStatsCommand.class})
public final class RotaCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
