package org.zhidu.cli.registers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhidu registers}: the office's registers (登记台账, G1–G13). */
@Command(name = "registers", mixinStandardHelpOptions = true, subcommands = {RegistersCheckCommand.class})
public final class RegistersCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
