package org.zhidu.cli.spend;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu spend}: spending (开支, E1–E3). */
@Command(name = "spend", mixinStandardHelpOptions = true)
public final class SpendCommand extends GroupCommand {}
