package org.zhidu.cli.signoff;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhidu signoff}: drafting and sign-off (文稿审签). */
@Command(name = "signoff", mixinStandardHelpOptions = true, subcommands = {SignoffDueCommand.class})
public final class SignoffCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
