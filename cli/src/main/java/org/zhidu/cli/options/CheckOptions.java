package org.zhidu.cli.options;

import picocli.CommandLine.Mixin;

/**
 * What every command that reports findings shares, whatever its format: {@code --pack}, {@code -o/--output},
 * {@code --fail-on-warning} and {@code --max-errors}.
 */
public final class CheckOptions {

  @Mixin PackOption pack;

  @Mixin OutputOption output;

  @Mixin FailureOptions failure;

  public PackOption pack() {
    return pack;
  }

  public OutputOption output() {
    return output;
  }

  public FailureOptions failure() {
    return failure;
  }
}
