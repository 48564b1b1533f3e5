package org.zhidu.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that does the work of an area ({@code names check}, {@code rota generate}, …): it is handed the
 * {@link Context} when created and its own picocli spec when parsed, so that it never reaches for a global and
 * writes only through {@code spec.commandLine().getOut()} and {@code getErr()}.
 */
// no command here is a method: picocli would look through every method of every class of the command for one
@Command(addMethodSubcommands = false)
public abstract class AreaCommand implements Callable<Integer> {

  /** Messages, standard input, clock and working directory of this run. */
  protected Context context;

  @Spec protected CommandSpec spec;

  final void attach(Context context) {
    this.context = context;
  }
}
