package org.zhidu.cli.names;

import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.naming.NameChecker;
import org.zhidu.core.naming.NameReport;

/** A name, its report, and its findings placed at the name's path (or standard-input line). */
record CheckedName(NameInput input, NameReport report, List<Finding> findings) {

  static List<CheckedName> checkAll(List<NameInput> inputs, NameChecker checker) {
    List<CheckedName> out = new ArrayList<>(inputs.size());
    for (NameInput input : inputs) {
      NameReport report = checker.check(input.fileName());
      List<Finding> located = new ArrayList<>(report.findings().size());
      String file = input.shownAs() != null ? input.shownAs() : NameInputs.STDIN;
      for (Finding f : report.findings()) {
        located.add(f.at(file, input.line()));
      }
      out.add(new CheckedName(input, report, located));
    }
    return out;
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
