package org.zhidu.cli.studio;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu studio}: members' studios (委员工作室, W1–W3). */
@Command(name = "studio", mixinStandardHelpOptions = true)
public final class StudioCommand extends GroupCommand {}
