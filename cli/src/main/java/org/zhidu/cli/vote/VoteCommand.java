package org.zhidu.cli.vote;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu vote}: a meeting's votes (表决, M1–M4). */
@Command(name = "vote", mixinStandardHelpOptions = true)
public final class VoteCommand extends GroupCommand {}
