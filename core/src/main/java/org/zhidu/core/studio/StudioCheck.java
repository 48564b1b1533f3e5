package org.zhidu.core.studio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;

/**
 * A county's or a city's studios checked against the pack (W1–W3): what each one lacks, its approval's steps and
 * their order, whether it is to be revoked (consecutive failed assessments) or closed (its member's term ended) and
 * its sign taken back, and the pilot year's numbers.
 */
public final class StudioCheck {

  private StudioCheck() {}

  /**
   * What became of each studio, and what the rules found.
   *
   * @param standings each studio's standing by the rules, in order
   * @param findings the findings, in the file's order
   */
  public record Result(List<Standing> standings, List<Finding> findings) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @param standings each studio's standing by the rules, in order
     * @param findings the findings, in the file's order
     * @throws NullPointerException if {@code standings} or {@code findings} is {@code null}
     */
    public Result {
      standings = List.copyOf(standings);
      findings = List.copyOf(findings);
    }
  }

  /**
   * A studio's standing: as recorded, and as the rules have it.
   *
   * @param studio the studio
   * @param due the status the rules give it on the check day
   */
  public record Standing(Studio studio, Studio.Status due) {}

  /**
   * Checks the studios of an overview file.
   *
   * @param studios the studios, in the file's order
   * @param policy the pack's rules for studios
   * @param asOf the check day, for the assessments and terms that revoke or close a studio
   * @param file where the overview file is, for the findings of a whole county's numbers
   * @return each studio's standing and the findings, by line
   */
  public static Result check(List<Studio> studios, StudioPolicy policy, LocalDate asOf, Location file) {
    List<Finding> out = new ArrayList<>();
    List<Standing> standings = new ArrayList<>();
    Map<String, Integer> pilots = new TreeMap<>();
    for (Studio s : studios) {
      conditions(s, policy, out);
      approval(s, policy, out);
      standings.add(new Standing(s, lifecycle(s, policy, asOf, out)));
      if (approvedIn(s, policy) == policy.pilotYear()) {
        pilots.merge(s.county(), 1, Integer::sum);
      }
    }
    if (!pilots.isEmpty()) {
      pilots.putIfAbsent("", 0);
      pilots.forEach((county, n) -> {
        StudioPolicy.Range range = county.isEmpty() ? policy.cityPilot() : policy.countyPilot();
        if (!range.holds(n)) {
          out.add(StudioProblem.PILOT_NUMBER.at(file, county.isEmpty() ? "市政协" : county,
              Integer.toString(policy.pilotYear()), Integer.toString(n), range.least() + "—" + range.most()));
        }
      });
    }
    out.sort(java.util.Comparator.comparingInt((Finding f) -> f.location().line()));
    return new Result(standings, out);
  }

  /** The year of the chain's last step (主席会议审定), or 0 when it has not been taken: only approved studios count. */
  private static int approvedIn(Studio s, StudioPolicy policy) {
    String last = policy.chain().isEmpty() ? null : policy.chain().get(policy.chain().size() - 1);
    for (Studio.Step step : s.approval()) {
      if (step.step().equals(last) && step.date() != null) {
        return step.date().getYear();
      }
    }
    return 0;
  }

  private static void conditions(Studio s, StudioPolicy policy, List<Finding> out) {
    for (StudioPolicy.Requirement r : policy.requirements()) {
      Set<String> has = s.has().getOrDefault(r.name(), Set.of());
      List<String> lacks = r.items().stream().filter(item -> !has.contains(item)).toList();
      if (!lacks.isEmpty()) {
        out.add(StudioProblem.LACKS.at(s.at(), s.name(), r.name(), String.join("、", lacks)));
      }
    }
  }

  /** Every step of the chain, in its order, on days that never go back; a group's application signed jointly. */
  private static void approval(Studio s, StudioPolicy policy, List<Finding> out) {
    int next = 0;
    LocalDate before = null;
    for (Studio.Step step : s.approval()) {
      int at = policy.chain().indexOf(step.step());
      if (at < 0) {
        continue; // a step of the office's own between the rule's: not the rule's to judge
      }
      if (at < next || before != null && step.date() != null && step.date().isBefore(before)) {
        out.add(StudioProblem.STEP_ORDER.at(step.at(), s.name(), step.step(),
            next > 0 ? policy.chain().get(next - 1) : "—"));
      }
      next = Math.max(next, at + 1);
      before = step.date() == null ? before : step.date();
    }
    List<String> done = s.approval().stream().map(Studio.Step::step).toList();
    List<String> missing = policy.chain().stream().filter(step -> !done.contains(step)).toList();
    if (!missing.isEmpty()) {
      out.add(StudioProblem.STEP_MISSING.at(s.at(), s.name(), String.join("、", missing)));
    }
    long signed = s.signatures().stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().count();
    if (s.group() && signed < 2) {
      out.add(StudioProblem.NO_JOINT_SIGNATURES.at(s.at(), s.name(), Long.toString(signed)));
    }
  }

  /** Revoked after the pack's number of consecutive failed years; closed once the term has ended; the sign back. */
  private static Studio.Status lifecycle(Studio s, StudioPolicy policy, LocalDate asOf, List<Finding> out) {
    Studio.Status due = s.status();
    int run = 0;
    int firstOfRun = 0;
    for (Map.Entry<Integer, Boolean> year : new TreeMap<>(s.assessments()).headMap(asOf.getYear(), true).entrySet()) {
      boolean consecutive = run > 0 && s.assessments().containsKey(year.getKey() - 1);
      if (Boolean.FALSE.equals(year.getValue())) {
        if (!consecutive) {
          firstOfRun = year.getKey();
          run = 0;
        }
        run++;
      } else {
        run = 0;
      }
      if (policy.failedYears().reachesAtLeast(run) && due == Studio.Status.ACTIVE) {
        due = Studio.Status.REVOKED;
        out.add(StudioProblem.TO_REVOKE.at(s.at(), s.name(), firstOfRun + "—" + year.getKey()));
      }
    }
    if (due == Studio.Status.ACTIVE && s.termEnds() != null && !asOf.isBefore(s.termEnds())) {
      due = Studio.Status.CLOSED;
      out.add(StudioProblem.TO_CLOSE.at(s.at(), s.name(), s.termEnds().toString()));
    }
    // the sign comes back once the studio is recorded revoked or closed (a studio only due to be is told above)
    if (s.status() != Studio.Status.ACTIVE && !s.signReturned()) {
      out.add(StudioProblem.SIGN_NOT_RETURNED.at(s.at(), s.name()));
    }
    return due;
  }
}
