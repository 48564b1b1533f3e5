package org.zhidu.cli;


import java.util.List;
import org.zhidu.cli.calendar.CalendarCommand;
import org.zhidu.cli.leave.LeaveCommand;
import org.zhidu.cli.signoff.MeetingCommand;
import org.zhidu.cli.signoff.SignoffCommand;
import org.zhidu.cli.obligation.ObligationsCommand;
import org.zhidu.cli.secrecy.SecrecyCommand;
import org.zhidu.cli.spend.ClaimsCommand;
import org.zhidu.cli.studio.StudioCommand;
import org.zhidu.cli.surge.SurgeCommand;
import org.zhidu.cli.spend.SpendCommand;
import org.zhidu.cli.vote.VoteCommand;
import org.zhidu.cli.rota.RotaCommand;
import org.zhidu.cli.score.ScoreCommand;
import org.zhidu.cli.registers.RegistersCommand;
import org.zhidu.cli.names.NamesCommand;
import org.zhidu.cli.output.Colour;
import org.zhidu.cli.policies.PoliciesCommand;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: {@code zhidu <area> <verb>}. */
@Command(
    name = "zhidu",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true)
public final class ZhiduCommand implements Runnable {

  /**
   * The command groups, in the order help lists them. They are added to the command line as it runs
   * ({@link #subcommandsFor}): building a group's model takes picocli's reflection over every command of it, and a run
   * needs one group, or none.
   */
  static final List<Class<?>> SUBCOMMANDS = List.of(
      NamesCommand.class,
      CalendarCommand.class,
      RotaCommand.class,
      ScoreCommand.class,
      LeaveCommand.class,
      SpendCommand.class,
      ClaimsCommand.class,
      VoteCommand.class,
      MeetingCommand.class,
      SignoffCommand.class,
      SecrecyCommand.class,
      ObligationsCommand.class,
      SurgeCommand.class,
      StudioCommand.class,
      RegistersCommand.class,
      PoliciesCommand.class,
      HelpCommand.class,
      AutoComplete.GenerateCompletion.class);

  /**
   * The groups a command line needs: the one it names first; none for the version alone; every one for help, for
   * no command at all, or for a word that is no group (so that picocli can say what was meant).
   */
  static List<Class<?>> subcommandsFor(String[] args) {
    boolean version = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--lang") || arg.equals("--color")) {
        i++; // its value
        continue;
      }
      if (arg.equals("-V") || arg.equals("--version")) {
        version = true;
        continue;
      }
      if (arg.startsWith("-")) {
        continue;
      }
      for (Class<?> group : SUBCOMMANDS) {
        Command command = group.getAnnotation(Command.class);
        if (command.name().equals(arg) && group != HelpCommand.class
            && group != AutoComplete.GenerateCompletion.class) {
          return List.of(group);
        }
      }
      return SUBCOMMANDS;
    }
    return version ? List.of() : SUBCOMMANDS;
  }

  private final Context context;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      scope = ScopeType.INHERIT,
      descriptionKey = "option.lang",
      defaultValue = "zh")
  Lang lang; // read ahead of parsing by Lang.fromArgs, so that help is localised; declared here for help and checks

  @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "option.debug")
  boolean debug;

  @Option(
      names = "--color",
      paramLabel = "auto|always|never",
      scope = ScopeType.INHERIT,
      descriptionKey = "option.color",
      defaultValue = "auto")
  Colour color; // read ahead of parsing by Colour.fromArgs; declared here for help, completion and checks

  public ZhiduCommand(Context context) {
    this.context = context;
  }

  public Context context() {
    return context;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
