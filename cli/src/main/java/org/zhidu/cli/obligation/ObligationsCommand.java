package org.zhidu.cli.obligation;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu obligations}: the recurring duties of a pack, planned on the work calendar and checked (P1–P6, M5). */
@Command(name = "obligations", mixinStandardHelpOptions = true)
public final class ObligationsCommand extends GroupCommand {}
