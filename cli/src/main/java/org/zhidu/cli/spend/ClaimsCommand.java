package org.zhidu.cli.spend;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu claims}: claims for spending (报销, E1–E3). */
@Command(name = "claims", mixinStandardHelpOptions = true)
public final class ClaimsCommand extends GroupCommand {}
