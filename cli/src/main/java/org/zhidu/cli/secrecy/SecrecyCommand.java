package org.zhidu.cli.secrecy;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu secrecy}: the registers of classified material (保密, S1–S7). */
@Command(name = "secrecy", mixinStandardHelpOptions = true)
public final class SecrecyCommand extends GroupCommand {}
