package org.zhidu.cli.surge;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu surge}: sudden work (突发事务, U1). */
@Command(name = "surge", mixinStandardHelpOptions = true)
public final class SurgeCommand extends GroupCommand {}
