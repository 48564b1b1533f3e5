package org.zhidu.cli;

import java.util.Collection;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Severity;
import org.zhidu.core.finding.Summary;

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

  /**
   * The one rule of a checking run: 1 when a finding is an error (or a warning, with {@code --fail-on-warning}),
   * otherwise 0. Unusable input (2) and internal failures (3) are told by the error handlers.
   */
  /** The same rule over counts already made. */
  public static int of(Summary counts, boolean failOnWarning) {
    return counts.errors() > 0 || failOnWarning && counts.warnings() > 0 ? FINDINGS : OK;
  }

  public static int of(Collection<Finding> findings, boolean failOnWarning) {
    for (Finding f : findings) {
      if (f.isError() || failOnWarning && f.severity() == Severity.WARNING) {
        return FINDINGS;
      }
    }
    return OK;
  }
}
