package org.zhidu.cli.output;

import java.util.List;
import org.zhidu.core.finding.Finding;

/**
 * One checked thing (a file, a name read from standard input, a register) and its findings.
 *
 * @param label how the thing is named in reports (a path, or the name itself)
 * @param findings its findings, located
 */
public record ReportItem(String label, List<Finding> findings) {

  public ReportItem {
    findings = List.copyOf(findings);
  }
}
