package org.zhidu.cli.names;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu names}: electronic document names (N1–N5). */
@Command(name = "names", mixinStandardHelpOptions = true)
public final class NamesCommand extends GroupCommand {}
