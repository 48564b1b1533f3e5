package org.zhidu.cli.signoff;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu meeting}: a meeting's plan and minutes (会议方案, 会议记录: D3, D4). */
@Command(name = "meeting", mixinStandardHelpOptions = true)
public final class MeetingCommand extends GroupCommand {}
