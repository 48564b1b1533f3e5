package org.zhidu.cli.names;

import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.naming.NameChecker;
import org.zhidu.core.naming.NameReport;

/** A name, its report, and its findings placed at the name's path (or standard-input line). */
record CheckedName(NameInput input, NameReport report, List<Finding> findings) {

  /** Below this many names, one thread is quicker than handing work to another. */
  private static final int PARALLEL_FROM = 4096;

  /** Checks every name, in input order; a large batch is spread over the cores (the checker is pure). */
  static List<CheckedName> checkAll(List<NameInput> inputs, NameChecker checker) {
    if (inputs.size() < PARALLEL_FROM) {
      List<CheckedName> out = new ArrayList<>(inputs.size());
      for (NameInput input : inputs) {
        out.add(check(input, checker));
      }
      return out;
    }
    return inputs.parallelStream().map(input -> check(input, checker)).toList();
  }

  private static CheckedName check(NameInput input, NameChecker checker) {
    NameReport report = checker.check(input.fileName());
    if (report.findings().isEmpty()) {
      return new CheckedName(input, report, List.of());
    }
    List<Finding> located = new ArrayList<>(report.findings().size());
    String file = input.shownAs() != null ? input.shownAs() : NameInputs.STDIN;
    for (Finding f : report.findings()) {
      located.add(f.at(file, input.line()));
    }
    return new CheckedName(input, report, List.copyOf(located));
  }

  boolean hasErrors() {
    return !report.valid();
  }

  boolean hasWarnings() {
    for (Finding f : findings) {
      if (f.severity() == org.zhidu.core.finding.Severity.WARNING) {
        return true;
      }
    }
    return false;
  }
}
