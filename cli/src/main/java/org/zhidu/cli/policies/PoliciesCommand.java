package org.zhidu.cli.policies;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu policies}: the rule packs. */
@Command(name = "policies", mixinStandardHelpOptions = true)
public final class PoliciesCommand extends GroupCommand {}
