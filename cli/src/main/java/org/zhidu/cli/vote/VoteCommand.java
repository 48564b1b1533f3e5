package org.zhidu.cli.vote;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhidu vote}: a meeting's votes (表决, M1–M4). */
@Command(name = "vote", mixinStandardHelpOptions = true, subcommands = {VoteTallyCommand.class})
public final class VoteCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
