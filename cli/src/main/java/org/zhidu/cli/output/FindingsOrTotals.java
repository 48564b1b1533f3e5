package org.zhidu.cli.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.zhidu.cli.Texts;

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

  /**
   * Writes the report: with CSV the totals ({@code totals}) to the output and the summary to stderr; otherwise the
   * findings in this format, with the check's own body (its totals in text and JSON).
   */
  public void write(String suite, FindingsReport.Shown listed, List<RuleDescription> rules, FindingsReport.Body body,
      Consumer<PrintWriter> totals, String summary, ReportTarget target, PrintWriter err, Texts texts)
      throws IOException {
    if (this == CSV) {
      totals.accept(target.writer());
      FindingsReport.finish(false, summary, listed, target, err, texts);
    } else {
      FindingsReport.write(findings(), suite, listed, rules, body, summary, target, err, texts);
    }
  }
}
