package org.zhidu.cli.names;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu names}: electronic document names (N1–N5). */
@Command(
    name = "names",
    mixinStandardHelpOptions = true,
    subcommands = {
      NamesCheckCommand.class,
      NamesFixCommand.class,
      NamesUndoCommand.class,
      NamesExplainCommand.class
    })
public final class NamesCommand extends GroupCommand {}
