package org.zhidu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhidu.cli.calendar.CalendarCommand;
import org.zhidu.cli.calendar.CalendarDueCommand;
import org.zhidu.cli.calendar.CalendarHolidaysCommand;
import org.zhidu.cli.calendar.CalendarShowCommand;
import org.zhidu.cli.calendar.CalendarWorkdaysCommand;
import org.zhidu.cli.leave.LeaveCheckCommand;
import org.zhidu.cli.leave.LeaveCommand;
import org.zhidu.cli.leave.LeaveRouteCommand;
import org.zhidu.cli.names.NamesCheckCommand;
import org.zhidu.cli.names.NamesCommand;
import org.zhidu.cli.names.NamesExplainCommand;
import org.zhidu.cli.names.NamesFixCommand;
import org.zhidu.cli.names.NamesUndoCommand;
import org.zhidu.cli.obligation.ObligationsCheckCommand;
import org.zhidu.cli.obligation.ObligationsCommand;
import org.zhidu.cli.obligation.ObligationsExplainCommand;
import org.zhidu.cli.obligation.ObligationsPlanCommand;
import org.zhidu.cli.output.Colour;
import org.zhidu.cli.policies.PoliciesCatalogueCommand;
import org.zhidu.cli.policies.PoliciesCommand;
import org.zhidu.cli.policies.PoliciesExplainCommand;
import org.zhidu.cli.policies.PoliciesListCommand;
import org.zhidu.cli.policies.PoliciesShowCommand;
import org.zhidu.cli.registers.RegistersCheckCommand;
import org.zhidu.cli.registers.RegistersCommand;
import org.zhidu.cli.rota.RotaCheckCommand;
import org.zhidu.cli.rota.RotaCommand;
import org.zhidu.cli.rota.RotaGenerateCommand;
import org.zhidu.cli.rota.RotaStatsCommand;
import org.zhidu.cli.score.ScoreCommand;
import org.zhidu.cli.secrecy.SecrecyCheckCommand;
import org.zhidu.cli.secrecy.SecrecyCommand;
import org.zhidu.cli.secrecy.SecrecyRetentionCommand;
import org.zhidu.cli.signoff.MeetingCheckCommand;
import org.zhidu.cli.signoff.MeetingCommand;
import org.zhidu.cli.signoff.SignoffCheckCommand;
import org.zhidu.cli.signoff.SignoffCommand;
import org.zhidu.cli.signoff.SignoffDueCommand;
import org.zhidu.cli.spend.ClaimsCheckCommand;
import org.zhidu.cli.spend.ClaimsCommand;
import org.zhidu.cli.spend.SpendCommand;
import org.zhidu.cli.spend.SpendRouteCommand;
import org.zhidu.cli.studio.StudioCheckCommand;
import org.zhidu.cli.studio.StudioCommand;
import org.zhidu.cli.surge.SurgeCommand;
import org.zhidu.cli.surge.SurgeDrawCommand;
import org.zhidu.cli.vote.VoteCommand;
import org.zhidu.cli.vote.VoteTallyCommand;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The root command: {@code zhidu <area> <verb>}. Its model is built here ({@link #spec}), not read from annotations
 * as the other commands' are: every run builds it, {@code zhidu --version} nothing else, and reading annotations (a
 * class made at run time for each kind of annotation, picocli looking through every method of the class and of
 * {@code Object} for commands) is most of what building one model costs.
 */
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
   * The commands of each group, in the order its help lists them. Given here rather than as picocli's {@code
   * subcommands} of the group, which would build every one of them when the group is built: a run builds the one its
   * command line names ({@link #verbsFor}).
   */
  static final Map<Class<?>, List<Class<?>>> VERBS = Map.ofEntries(
      Map.entry(NamesCommand.class, List.of(
          NamesCheckCommand.class, NamesFixCommand.class, NamesUndoCommand.class, NamesExplainCommand.class)),
      Map.entry(CalendarCommand.class, List.of(
          CalendarShowCommand.class, CalendarWorkdaysCommand.class, CalendarDueCommand.class,
          CalendarHolidaysCommand.class)),
      Map.entry(RotaCommand.class, List.of(RotaGenerateCommand.class, RotaCheckCommand.class, RotaStatsCommand.class)),
      Map.entry(LeaveCommand.class, List.of(LeaveRouteCommand.class, LeaveCheckCommand.class)),
      Map.entry(SpendCommand.class, List.of(SpendRouteCommand.class)),
      Map.entry(ClaimsCommand.class, List.of(ClaimsCheckCommand.class)),
      Map.entry(VoteCommand.class, List.of(VoteTallyCommand.class)),
      Map.entry(MeetingCommand.class, List.of(MeetingCheckCommand.class)),
      Map.entry(SignoffCommand.class, List.of(SignoffCheckCommand.class, SignoffDueCommand.class)),
      Map.entry(SecrecyCommand.class, List.of(SecrecyCheckCommand.class, SecrecyRetentionCommand.class)),
      Map.entry(ObligationsCommand.class, List.of(
          ObligationsPlanCommand.class, ObligationsCheckCommand.class, ObligationsExplainCommand.class)),
      Map.entry(SurgeCommand.class, List.of(SurgeDrawCommand.class)),
      Map.entry(StudioCommand.class, List.of(StudioCheckCommand.class)),
      Map.entry(RegistersCommand.class, List.of(RegistersCheckCommand.class)),
      Map.entry(PoliciesCommand.class, List.of(
          PoliciesListCommand.class, PoliciesShowCommand.class, PoliciesExplainCommand.class,
          PoliciesCatalogueCommand.class)));

  /**
   * The groups a command line needs: the one it names first; none for the version alone; every one for help, for
   * no command at all, or for a word that is no group (so that picocli can say what was meant).
   */
  static List<Class<?>> subcommandsFor(String[] args) {
    List<String> words = words(args);
    if (words.isEmpty()) {
      return List.of(args).contains("-V") || List.of(args).contains("--version") ? List.of() : SUBCOMMANDS;
    }
    for (Class<?> group : SUBCOMMANDS) {
      if (nameOf(group).equals(words.get(0)) && group != HelpCommand.class
          && group != AutoComplete.GenerateCompletion.class) {
        return List.of(group);
      }
    }
    return SUBCOMMANDS;
  }

  /**
   * The commands of a group a command line needs: the one it names after the group's name; every one when it names
   * none or a word that is none of them (so that help lists them all and picocli can say what was meant), and when
   * the command line is not the group's (help, completion).
   */
  static List<Class<?>> verbsFor(Class<?> group, String[] args) {
    List<Class<?>> verbs = VERBS.getOrDefault(group, List.of());
    List<String> words = new ArrayList<>();
    for (int i = 0; i < args.length && words.size() < 2; i++) {
      String arg = args[i];
      if (arg.equals("--lang") || arg.equals("--color")) {
        i++; // its value
      } else if (!words.isEmpty() && (arg.equals("-h") || arg.equals("--help"))) {
        return verbs; // the group's help, before any command of it: it lists them all
      } else if (!arg.startsWith("-")) {
        words.add(arg);
      }
    }
    if (words.size() == 2 && words.get(0).equals(nameOf(group))) {
      for (Class<?> verb : verbs) {
        if (nameOf(verb).equals(words.get(1))) {
          return List.of(verb);
        }
      }
    }
    return verbs;
  }

  /** The words of a command line that are neither options nor the values of the root's options. */
  private static List<String> words(String[] args) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--lang") || arg.equals("--color")) {
        i++; // its value
      } else if (!arg.startsWith("-")) {
        words.add(arg);
      }
    }
    return words;
  }

  private static String nameOf(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  private final Context context;

  private CommandSpec spec;

  public ZhiduCommand(Context context) {
    this.context = context;
  }

  public Context context() {
    return context;
  }

  /**
   * The root's model: the options every command inherits ({@code --lang} and {@code --color} are also read ahead of
   * parsing, by {@link Lang#fromArgs} and {@link Colour#fromArgs}, so that help is localised; declared here for help,
   * completion and checks), then help and version, as picocli's standard help options are.
   */
  CommandSpec spec() {
    spec = CommandSpec.wrapWithoutInspection(this);
    spec.name("zhidu").versionProvider(new VersionProvider());
    spec.usageMessage().sortOptions(false).autoWidth(true);
    spec.addOption(OptionSpec.builder("--lang").paramLabel("zh|en").type(Lang.class).scopeType(ScopeType.INHERIT)
        .descriptionKey("option.lang").defaultValue("zh").build());
    spec.addOption(OptionSpec.builder("--debug").type(boolean.class).scopeType(ScopeType.INHERIT)
        .descriptionKey("option.debug").build());
    spec.addOption(OptionSpec.builder("--color").paramLabel("auto|always|never").type(Colour.class)
        .scopeType(ScopeType.INHERIT).descriptionKey("option.color").defaultValue("auto").build());
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
        .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
        .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.")
        .build());
    return spec;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
