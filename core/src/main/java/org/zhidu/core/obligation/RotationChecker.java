package org.zhidu.core.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Posting;

/**
 * The rotation of posts (P5) read from the office file's postings: each posting left within the months of its rhythm,
 * a newcomer's or anyone else's, or still held on the check day no longer than that. A posting is a post: the office
 * file records the sections people move between, so a move between posts of one section is not seen.
 */
public final class RotationChecker {

  private RotationChecker() {}

  /**
   * Checks every person's postings up to {@code asOf}.
   *
   * @param people the office's people; those without postings (county-level leaders) have no posts to rotate
   * @param rotation the pack's rhythm
   * @param asOf the check day: a posting still held is measured to it
   * @param undated the first day the office file gives a posting written without its day: such people are not
   *     checked, and one finding says how many
   * @param where the place of a person in the office file, for the findings
   * @return the findings, person by person in the office file's order
   */
  public static List<Finding> check(List<Person> people, Rotation rotation, LocalDate asOf, LocalDate undated,
      Function<String, Location> where) {
    List<Finding> out = new ArrayList<>();
    List<String> notDated = new ArrayList<>();
    for (Person person : people) {
      List<Posting> postings = person.postings();
      if (postings.isEmpty()) {
        continue;
      }
      if (postings.get(0).from().equals(undated)) {
        notDated.add(person.name());
        continue;
      }
      if (postings.get(0).from().isAfter(asOf)) {
        continue; // not yet in the office on the check day (and no month arithmetic on a day far ahead)
      }
      // new to the office before the day this many months after one's first posting ("新进": the pack's reading)
      LocalDate newUntil = postings.get(0).from().plusMonths(rotation.newcomerForMonths());
      for (int i = 0; i < postings.size(); i++) {
        Posting posting = postings.get(i);
        if (posting.from().isAfter(asOf)) {
          break;
        }
        LocalDate left = i + 1 < postings.size() ? postings.get(i + 1).from() : null;
        if (left != null && left.isAfter(asOf)) {
          left = null; // moved after the check day: still held on it
        }
        boolean newcomer = posting.from().isBefore(newUntil);
        int most = newcomer ? rotation.newcomerMonths() : rotation.othersAtMostMonths();
        LocalDate dueBy = posting.from().plusMonths(most);
        Location at = where.apply(person.name());
        String months = Integer.toString(most);
        if (left == null && asOf.isAfter(dueBy)) {
          out.add(ObligationProblem.ROTATION_OVERDUE.at(ObligationRules.P5, at, person.name(), posting.section(),
              posting.from().toString(), months, dueBy.toString(), asOf.toString(), rotation.clause()));
        } else if (left != null && left.isAfter(dueBy)) {
          out.add(ObligationProblem.ROTATION_LATE.at(ObligationRules.P5, at, person.name(), posting.section(),
              posting.from().toString(), left.toString(), months, dueBy.toString(), rotation.clause()));
        } else if (left != null && !newcomer && left.isBefore(posting.from().plusMonths(rotation.othersAtLeastMonths()))) {
          out.add(ObligationProblem.ROTATION_EARLY.at(ObligationRules.P5, at, person.name(), posting.section(),
              posting.from().toString(), left.toString(), Integer.toString(rotation.othersAtLeastMonths()),
              rotation.clause()));
        }
      }
    }
    if (!notDated.isEmpty()) {
      out.add(ObligationProblem.ROTATION_UNDATED.at(ObligationRules.P5, where.apply(null),
          Integer.toString(notDated.size()), String.join("、", notDated.subList(0, Math.min(5, notDated.size())))
              + (notDated.size() > 5 ? "…" : "")));
    }
    return out;
  }
}
