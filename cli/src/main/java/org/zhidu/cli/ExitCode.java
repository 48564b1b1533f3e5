package org.zhidu.cli;

/**
 * The exit codes, the same for every command (listed in {@code zhidu --help}). Never the number of findings:
 * that would wrap at 256.
 */
public final class ExitCode {

  /** No error findings. */
  public static final int OK = 0;

  /** Error findings (or warnings, with --fail-on-warning). */
  public static final int FINDINGS = 1;

  /** The input or the command line could not be used. */
  public static final int INPUT = 2;

  /** zhidu itself failed; rerun with --debug and report it. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
