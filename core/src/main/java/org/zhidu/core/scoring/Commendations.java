package org.zhidu.core.scoring;

import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.finding.Severity;

/**
 * The year-end result (I6, 内务督查制度 四): the top sections and individuals commended, the heads of the bottom
 * sections kept out of the year's awards. A tie at a cut is reported for the office to decide.
 */
final class Commendations {

  private Commendations() {}

  static Commendation of(List<Standing> sections, List<Standing> people, ScoringPolicy policy, List<Finding> findings) {
    Cut topSections = top(sections, policy.commendedSections());
    Cut bottom = bottom(sections, policy.excludedSections());
    List<String> heads = new ArrayList<>();
    for (Standing s : sections) {
      if (bottom.in().contains(s.name())) {
        if (s.section() != null) {
          heads.add(s.section());
        } else {
          findings.add(ScoreProblem.NO_HEAD.at(Location.NOWHERE, s.name()));
        }
      }
    }
    // The heads of the bottom sections "不参与年终评先选优": they are passed over, and the places go to the next.
    List<Standing> eligible = new ArrayList<>();
    for (Standing p : people) {
      if (heads.contains(p.name())) {
        findings.add(ScoreProblem.HEAD_PASSED_OVER.at(Location.NOWHERE, p.name(), Integer.toString(p.rank())));
      } else {
        eligible.add(p);
      }
    }
    Cut topPeople = top(eligible, policy.commendedPeople());
    report(topSections, ScoreProblem.TIE_SECTIONS, findings);
    report(topPeople, ScoreProblem.TIE_PEOPLE, findings);
    report(bottom, ScoreProblem.TIE_BOTTOM, findings);
    return new Commendation(topSections.in(), topPeople.in(), heads, topSections.tied(), topPeople.tied(),
        bottom.tied());
  }

  /** Those certainly in, and those tied at the cut (who would all be in only if the cut were wider). */
  record Cut(List<String> in, List<String> tied) {}

  /** The first n of a ranked list; when the n-th shares its rank with the (n+1)-th, that rank is the tie. */
  static Cut top(List<Standing> ranked, int n) {
    List<String> in = new ArrayList<>();
    List<String> tied = new ArrayList<>();
    if (n <= 0 || ranked.isEmpty()) {
      return new Cut(in, tied);
    }
    if (n >= ranked.size()) {
      ranked.forEach(s -> in.add(s.name()));
      return new Cut(in, tied);
    }
    int cutRank = ranked.get(n - 1).rank();
    boolean split = ranked.get(n).rank() == cutRank;
    for (Standing s : ranked) {
      if (s.rank() < cutRank || (!split && s.rank() == cutRank)) {
        in.add(s.name());
      } else if (split && s.rank() == cutRank) {
        tied.add(s.name());
      }
    }
    return new Cut(in, tied);
  }

  /** The last n of a ranked list, ties at the cut apart. */
  static Cut bottom(List<Standing> ranked, int n) {
    List<String> in = new ArrayList<>();
    List<String> tied = new ArrayList<>();
    int size = ranked.size();
    if (n <= 0 || size == 0) {
      return new Cut(in, tied);
    }
    if (n >= size) {
      ranked.forEach(s -> in.add(s.name()));
      return new Cut(in, tied);
    }
    int cutTotal = ranked.get(size - n).total();
    boolean split = ranked.get(size - n - 1).total() == cutTotal;
    for (Standing s : ranked) {
      if (s.total() < cutTotal || (!split && s.total() == cutTotal)) {
        in.add(s.name());
      } else if (split && s.total() == cutTotal) {
        tied.add(s.name());
      }
    }
    return new Cut(in, tied);
  }

  private static void report(Cut cut, ScoreProblem problem, List<Finding> findings) {
    if (!cut.tied().isEmpty()) {
      findings.add(problem.at(Location.NOWHERE, String.join("、", cut.tied())));
    }
  }
}
