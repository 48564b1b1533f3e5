package org.zhidu.cli;


import org.zhidu.cli.calendar.CalendarCommand;
import org.zhidu.cli.leave.LeaveCommand;
import org.zhidu.cli.signoff.MeetingCommand;
import org.zhidu.cli.signoff.SignoffCommand;
import org.zhidu.cli.spend.ClaimsCommand;
import org.zhidu.cli.studio.StudioCommand;
import org.zhidu.cli.surge.SurgeCommand;
import org.zhidu.cli.spend.SpendCommand;
import org.zhidu.cli.vote.VoteCommand;
import org.zhidu.cli.rota.RotaCommand;
import org.zhidu.cli.score.ScoreCommand;
import org.zhidu.cli.registers.RegistersCommand;
import org.zhidu.cli.names.NamesCommand;
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
    usageHelpAutoWidth = true,
    subcommands = {
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
      SurgeCommand.class,
      StudioCommand.class,
      RegistersCommand.class,
      PoliciesCommand.class,
      HelpCommand.class,
      AutoComplete.GenerateCompletion.class
    })
public final class ZhiduCommand implements Runnable {

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
