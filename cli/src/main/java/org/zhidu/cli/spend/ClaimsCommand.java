package org.zhidu.cli.spend;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhidu claims}: claims for spending (报销, E1–E3). */
@Command(name = "claims", mixinStandardHelpOptions = true, subcommands = {ClaimsCheckCommand.class})
public final class ClaimsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
