package org.zhidu.cli.options;

import java.util.Collection;
import org.zhidu.cli.ExitCode;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Summary;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --fail-on-warning} and {@code --max-errors N}: when findings fail the run, and how many are listed. */
public final class FailureOptions {

  @Option(names = "--fail-on-warning", descriptionKey = "option.fail_on_warning")
  boolean failOnWarning;

  @Option(names = "--max-errors", paramLabel = "N", defaultValue = "0", converter = NonNegative.class,
      descriptionKey = "option.max_errors")
  int maxErrors;

  /** At most this many findings are listed; 0 lists them all. */
  public int maxErrors() {
    return maxErrors;
  }

  public boolean failOnWarning() {
    return failOnWarning;
  }

  /** The exit code of a run that found these findings (all of them, not only those listed). */
  public int exitCode(Collection<Finding> findings) {
    return ExitCode.of(findings, failOnWarning);
  }

  /** The exit code from counts over every finding found. */
  public int exitCode(Summary found) {
    return ExitCode.of(found, failOnWarning);
  }

  /** A count: 0 or more; anything else is a usage error (the message is a key). */
  public static final class NonNegative implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value.strip());
        if (n >= 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // told below
      }
      throw new TypeConversionException("option.value.non_negative");
    }
  }
}
