package org.zhidu.core.naming;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Fix;
import org.zhidu.core.finding.Location;

/** Collects the findings of one name, attributing kind-dependent problems to the kind's rule. */
final class NameFindings {

  private List<Finding> findings = List.of();
  private NameKind kind;

  void kind(NameKind recognised) {
    this.kind = recognised;
  }

  NameKind kind() {
    return kind;
  }

  /** Reports a problem at a 0-based offset in the name; {@code fix} may be {@code null}. */
  void add(NameProblem problem, int offset, SegmentRole role, Fix fix, String... args) {
    if (findings.isEmpty()) {
      findings = new ArrayList<>(4);
    }
    findings.add(
        problem.at(problem.rule(kind), Location.inText(offset + 1, role.label()), fix, args));
  }

  boolean hasUnfixableError() {
    for (Finding f : findings) {
      if (f.isError() && f.fix() == null) {
        return true;
      }
    }
    return false;
  }

  /** The findings in the order of the name (stable for findings at the same column). */
  List<Finding> toList() {
    if (findings.size() > 1) {
      findings.sort(BY_COLUMN);
    }
    return findings.isEmpty() ? List.of() : List.copyOf(findings);
  }

  boolean hasFix() {
    for (Finding f : findings) {
      if (f.fix() != null) {
        return true;
      }
    }
    return false;
  }

  private static final Comparator<Finding> BY_COLUMN = Comparator.comparingInt(f -> f.location().column());
}
