package org.zhidu.core.register;

import java.util.List;
import org.zhidu.core.finding.Finding;

/**
 * A checked register.
 *
 * @param schema the register it was checked as
 * @param rows its data rows
 * @param findings what is wrong, in file order (at most the limit asked for)
 * @param truncated whether findings were left out because of the limit
 */
public record RegisterReport(Schema schema, int rows, List<Finding> findings, boolean truncated) {

  /**
   * Keeps an unmodifiable copy of the findings.
   *
   * @param schema the register it was checked as
   * @param rows its data rows
   * @param findings what is wrong, in file order (at most the limit asked for)
   * @param truncated whether findings were left out because of the limit
   * @throws NullPointerException if {@code findings} is {@code null}
   */
  public RegisterReport {
    findings = List.copyOf(findings);
  }
}
