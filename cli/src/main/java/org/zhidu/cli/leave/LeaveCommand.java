package org.zhidu.cli.leave;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhidu leave}: leave (请假, L1–L3). */
@Command(name = "leave", mixinStandardHelpOptions = true, subcommands = {LeaveRouteCommand.class, LeaveCheckCommand.class})
public final class LeaveCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
