package org.zhidu.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Severity;

/** Assertions over name reports that say what was expected in the catalogue's own terms. */
final class NameAssertions {

  private NameAssertions() {}

  static void assertValid(NameReport report) {
    assertTrue(report.valid(), () -> report.fileName() + " should be valid, found " + describe(report.findings()));
  }

  static void assertClean(NameReport report) {
    assertEquals(List.of(), describe(report.findings()), report.fileName());
    assertEquals(null, report.suggestion(), report.fileName());
  }

  /** The report has a finding of this problem, at this rule and severity. */
  static Finding assertFinding(NameReport report, String rule, NameProblem problem) {
    return report.findings().stream()
        .filter(f -> f.ruleId().equals(rule) && f.message().key().equals(problem.messageKey()))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError(report.fileName() + ": expected " + rule + " " + problem + ", found "
                + describe(report.findings())));
  }

  static void assertFixedTo(NameReport report, String expected) {
    assertEquals(expected, report.suggestion(), () -> "findings: " + describe(report.findings()));
  }

  static boolean hasErrors(NameReport report) {
    return report.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  static List<String> describe(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.ruleId() + " " + f.severity().id() + " " + f.message().key() + f.message().args())
        .collect(Collectors.toList());
  }
}
