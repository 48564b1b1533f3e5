package org.zhidu.cli.calendar;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;
import org.zhidu.cli.AreaCommand;
import org.zhidu.cli.options.CalendarOptions;
import org.zhidu.cli.options.OutputOption;
import org.zhidu.core.calendar.WorkCalendar;
import picocli.CommandLine.Mixin;

/**
 * What every {@code calendar} command shares: the calendar options, {@code --output}, and a report written to
 * standard output or moved into place when complete.
 */
abstract class CalendarReportCommand extends AreaCommand {

  @Mixin CalendarOptions calendarOptions;

  @Mixin OutputOption output;

  @Override
  public final Integer call() throws IOException {
    return output.write(context, spec.commandLine().getOut(), Collections.singletonList(calendarOptions.file()),
        out -> write(calendarOptions.load(context), out));
  }

  /** Writes the report over the calendar in force and returns the exit code. */
  abstract int write(WorkCalendar calendar, PrintWriter out) throws IOException;
}
