package org.zhidu.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that only groups others ({@code zhidu leave}, {@code zhidu vote}): run alone, it shows its usage. */
// no command here is a method: picocli would look through every method of every class of the command for one
@Command(addMethodSubcommands = false)
public abstract class GroupCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
