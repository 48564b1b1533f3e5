package org.zhidu.cli.output;

import java.util.Locale;

/** The formats of a check that also adds things up: its findings in any {@link FindingFormat}, or its totals as CSV. */
public enum FindingsOrTotals {
  TEXT, JSON, SARIF, JUNIT, GITHUB, CSV;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format of the findings; with CSV the totals go to the output and the findings, as text, to stderr. */
  public FindingFormat findings() {
    return this == CSV ? FindingFormat.TEXT : FindingFormat.valueOf(name());
  }
}
