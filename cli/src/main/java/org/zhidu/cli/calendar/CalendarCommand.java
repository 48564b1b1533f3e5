package org.zhidu.cli.calendar;

import org.zhidu.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code zhidu calendar}: the working calendar (X-WORKDAY). */
@Command(name = "calendar", mixinStandardHelpOptions = true)
public final class CalendarCommand extends GroupCommand {}
