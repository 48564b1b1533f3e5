package org.zhidu.cli.options;

import picocli.CommandLine.Mixin;

/**
 * What every command that reports findings shares, whatever its format: {@code --pack}, {@code -o/--output},
 * {@code --fail-on-warning}, {@code --max-errors}, {@code --calendar} and {@code --assume-no-holidays}, so that a
 * script can pass the same options to every check.
 */
public final class CheckOptions {

  @Mixin PackOption pack;

  @Mixin OutputOption output;

  @Mixin FailureOptions failure;

  @Mixin CalendarOptions calendar;

  public PackOption pack() {
    return pack;
  }

  public OutputOption output() {
    return output;
  }

  public FailureOptions failure() {
    return failure;
  }

  public CalendarOptions calendar() {
    return calendar;
  }
}
