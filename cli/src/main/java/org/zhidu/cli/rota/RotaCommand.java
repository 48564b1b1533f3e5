package org.zhidu.cli.rota;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu rota}: the duty rota (值班, R1–R9). */
@Command(name = "rota", mixinStandardHelpOptions = true)
public final class RotaCommand extends GroupCommand {}
