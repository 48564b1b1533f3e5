package org.zhidu.cli.rota;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu rota}: the duty rota (值班, R1–R9). */
@Command(
    name = "rota",
    mixinStandardHelpOptions = true,
    subcommands = {RotaGenerateCommand.class, RotaCheckCommand.class, RotaStatsCommand.class})
public final class RotaCommand extends GroupCommand {}
