package org.zhidu.cli;

import java.io.PrintWriter;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhidu help [COMMAND...]}: the help of any command, however deep ({@code zhidu help names check});
 * picocli's own help command only looks one level down.
 */
@Command(name = "help", helpCommand = true, addMethodSubcommands = false)
public final class HelpCommand implements IHelpCommandInitializable2, Runnable {

  @Parameters(paramLabel = "COMMAND", arity = "0..*", descriptionKey = "help.command")
  String[] commands = {};

  @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
  boolean help;

  private CommandLine self;
  private Help.ColorScheme colors;
  private PrintWriter out;

  @Override
  public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter outWriter,
      PrintWriter errWriter) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = outWriter;
  }

  @Override
  public void run() {
    CommandLine shown = self.getParent();
    for (String name : commands) {
      CommandLine next = shown.getSubcommands().get(name);
      if (next == null) {
        throw new InputException(Location.NOWHERE, Message.of("cli.error.unknown_command",
            shown.getCommandSpec().qualifiedName() + " " + name));
      }
      shown = next;
    }
    shown.usage(out, colors);
  }
}
