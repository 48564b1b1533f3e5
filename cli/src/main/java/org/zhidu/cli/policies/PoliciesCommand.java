package org.zhidu.cli.policies;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu policies}: the rule packs. */
@Command(
    name = "policies",
    mixinStandardHelpOptions = true,
    subcommands = {PoliciesListCommand.class, PoliciesShowCommand.class, PoliciesExplainCommand.class,
      PoliciesCatalogueCommand.class})
public final class PoliciesCommand extends GroupCommand {}
