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
    // The heads of the bottom sections "不参与年终评先选优": they are passed over, and a place one of them would
    // have had goes to the next ("名额顺延", said only when a place does pass on).
    ScoringPolicy.Range range = policy.commendedPeople();
    Cut withHeads = top(people, range.min(), range.max());
    List<Standing> eligible = new ArrayList<>();
    for (Standing p : people) {
      if (heads.contains(p.name())) {
        if (withHeads.in().contains(p.name())) {
          findings.add(ScoreProblem.HEAD_PASSED_OVER.at(Location.NOWHERE, p.name(), Integer.toString(p.rank())));
        }
      } else {
        eligible.add(p);
      }
    }
    Cut topPeople = top(eligible, range.min(), range.max());
    report(topSections, ScoreProblem.TIE_SECTIONS, findings);
    if (!topPeople.tied().isEmpty()) {
      // a tie from the first place on leaves nobody above it: said as such, not as "after place 0"
      ScoreProblem problem = topPeople.in().isEmpty() ? ScoreProblem.TIE_PEOPLE_ALL : ScoreProblem.TIE_PEOPLE;
      findings.add(problem.at(Location.NOWHERE, String.join("、", topPeople.tied()),
          Integer.toString(topPeople.in().size() + topPeople.tied().size()), Integer.toString(range.max()),
          Integer.toString(topPeople.in().size())));
    }
    if (!topPeople.absorbed().isEmpty()) {
      findings.add(ScoreProblem.TIE_PEOPLE_COMMENDED.at(Location.NOWHERE, String.join("、", topPeople.absorbed()),
          Integer.toString(topPeople.in().size()), range.toString()));
    }
    report(bottom, ScoreProblem.TIE_BOTTOM, findings);
    return new Commendation(topSections.in(), topPeople.in(), heads, topSections.tied(), topPeople.tied(),
        bottom.tied());
  }

  /**
   * Those certainly in, those tied at the cut and left to the office (who would all be in only if the cut were
   * wider), and those of a tie at the cut who are in because the range allows it.
   */
  record Cut(List<String> in, List<String> tied, List<String> absorbed) {
    Cut(List<String> in, List<String> tied) {
      this(in, tied, List.of());
    }
  }

  /** The first n of a ranked list; when the n-th shares its rank with the (n+1)-th, that rank is the tie. */
  static Cut top(List<Standing> ranked, int n) {
    return top(ranked, n, n);
  }

  /**
   * The first {@code min} of a ranked list, widened up to {@code max} to take the whole of a tie at the cut (I6:
   * 5-8名); a tie that would go past {@code max} stops the list above it and is left to the office.
   */
  static Cut top(List<Standing> ranked, int min, int max) {
    List<String> in = new ArrayList<>();
    List<String> tied = new ArrayList<>();
    if (min <= 0 || ranked.isEmpty()) {
      return new Cut(in, tied);
    }
    if (min >= ranked.size()) {
      ranked.forEach(s -> in.add(s.name()));
      return new Cut(in, tied);
    }
    int cutRank = ranked.get(min - 1).rank();
    boolean split = ranked.get(min).rank() == cutRank;
    long through = ranked.stream().filter(s -> s.rank() <= cutRank).count();
    boolean widen = split && through <= max;
    List<String> absorbed = new ArrayList<>();
    for (Standing s : ranked) {
      if (s.rank() < cutRank || ((!split || widen) && s.rank() == cutRank)) {
        in.add(s.name());
        if (widen && s.rank() == cutRank) {
          absorbed.add(s.name());
        }
      } else if (split && s.rank() == cutRank) {
        tied.add(s.name());
      }
    }
    return new Cut(in, tied, absorbed);
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
