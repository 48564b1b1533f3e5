package org.zhidu.cli.leave;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu leave}: leave (请假, L1–L3). */
@Command(name = "leave", mixinStandardHelpOptions = true)
public final class LeaveCommand extends GroupCommand {}
