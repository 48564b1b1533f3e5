package org.zhidu.cli.calendar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhidu calendar}: the working calendar (X-WORKDAY). */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    subcommands = {
      CalendarShowCommand.class,
      CalendarWorkdaysCommand.class,
      CalendarDueCommand.class,
      CalendarHolidaysCommand.class
    })
public final class CalendarCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
