package org.zhidu.cli.registers;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu registers}: the office's registers (登记台账, G1–G13). */
@Command(name = "registers", mixinStandardHelpOptions = true)
public final class RegistersCommand extends GroupCommand {}
