package org.zhidu.core.leave;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.rule.RuleId;

/**
 * The checks of a leave register that need more than one request, made once every request is read: overlapping
 * leave, days past a leave's end before the 销假 that no extension covers, a 销假 missing after the end, the yearly
 * cap, a cover away at the same time; and each person's yearly tally.
 */
final class AcrossRequests {

  private final LeaveChecker checker;
  private final Map<String, LeaveLog.Log> all;
  private final List<Finding> findings;
  private final LeavePolicy policy;
  private final RuleId rule;

  /**
   * @param checker the checker whose register it is (its calendar and policy)
   * @param all every person's requests, as read (read only)
   * @param findings where the findings go
   */
  AcrossRequests(LeaveChecker checker, Map<String, LeaveLog.Log> all, List<Finding> findings) {
    this.checker = checker;
    this.all = all;
    this.findings = findings;
    this.policy = checker.policy;
    this.rule = checker.rule;
  }

  void overlaps(List<LeaveLog.Taken> taken) {
    LeaveLog.Taken reach = null;
    for (LeaveLog.Taken t : taken) {
      if (t.inYear() && reach != null && t.first() <= reach.last()) {
        findings.add(LeaveProblem.OVERLAP.at(rule, t.where().at(LeaveRequest.START), Integer.toString(reach.line())));
      }
      if (reach == null || t.last() > reach.last()) {
        reach = t;
      }
    }
  }

  /** The working half days between the end of a leave and the 销假 that no other leave of the person covers. */
  void overdue(String person, Map<Integer, LeaveTotal.Tally> years, List<LeaveLog.Taken> taken) {
    for (LeaveLog.Taken t : taken) {
      if (!t.inYear() || t.returned() <= t.last() + 1) {
        continue;
      }
      long until = Math.min(t.returned() - 1, t.last() + 2L * LeaveChecker.MOST_DAYS);
      long uncovered = 0;
      long firstUncovered = -1;
      for (long s = t.last() + 1; s <= until; s++) {
        if (checker.isWorkingAfter(s) && !covered(taken, t, s)) {
          uncovered++;
          firstUncovered = firstUncovered < 0 ? s : firstUncovered;
        }
      }
      if (uncovered > 0) {
        findings.add(LeaveProblem.OVERDUE.at(rule, t.where().at(LeaveRequest.RETURNED), LeaveChecker.show(LeaveChecker.halfDay(t.last())),
            LeaveChecker.days(uncovered).toPlainString()));
        if (policy.absenteeism()) {
          findings.add(LeaveProblem.ABSENT.at(rule, t.where().at(LeaveRequest.PERSON), person,
              LeaveChecker.days(uncovered).toPlainString()));
          years.computeIfAbsent(LeaveChecker.yearOf(firstUncovered), k -> new LeaveTotal.Tally()).absent += uncovered;
        }
      }
    }
  }

  private static boolean covered(List<LeaveLog.Taken> taken, LeaveLog.Taken self, long s) {
    for (LeaveLog.Taken o : taken) {
      if (o != self && o.first() <= s && s <= o.last()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Each leave past its end by the check day with no 销假, unless another leave of the person follows on at once (an
   * extension, 续假): the 销假 is then that one's.
   */
  void notReturned(List<LeaveLog.Taken> taken) {
    if (!policy.returnReport()) {
      return;
    }
    for (LeaveLog.Taken t : taken) {
      if (!t.inYear() || t.returned() != LeaveLog.NONE || !checker.asOf.isAfter(LeaveChecker.halfDay(t.last()).date()) || continued(taken, t)) {
        continue;
      }
      findings.add(LeaveProblem.NOT_RETURNED.at(rule, t.where().at(LeaveRequest.RETURNED), LeaveChecker.show(LeaveChecker.halfDay(t.last()))));
    }
  }

  /** Whether another leave of the person covers the first working half day after this one ends. */
  private boolean continued(List<LeaveLog.Taken> taken, LeaveLog.Taken t) {
    long next = t.last() + 1;
    for (int i = 0; i < 2 * LeaveChecker.MOST_DAYS && !checker.isWorkingAfter(next); i++) {
      next++;
    }
    return covered(taken, t, next);
  }

  /** Each request of a capped kind that takes the year's total past the cap ("一年不得超过15天"). */
  void yearCap(String person, Map<Integer, LeaveTotal.Tally> years, List<LeaveLog.Taken> taken) {
    LeavePolicy.Caps caps = policy.caps();
    if (caps == null || caps.year() == null) {
      return;
    }
    Map<Integer, Long> sums = new HashMap<>();
    for (LeaveLog.Taken t : taken) {
      if (!caps.kinds().contains(t.kind())) {
        continue;
      }
      int firstYear = LeaveChecker.yearOf(t.first());
      for (int y = firstYear; y <= LeaveChecker.yearOf(t.last()); y++) {
        long halves = checker.working(Math.max(t.first(), LeaveChecker.yearEnd(y - 1) + 1), Math.min(t.last(), LeaveChecker.yearEnd(y)));
        long sum = sums.merge(y, halves, Long::sum);
        if (t.inYear() && halves > 0 && !caps.year().keptBy(LeaveChecker.days(sum))) {
          findings.add(LeaveProblem.OVER_YEAR.at(rule, t.where().at(LeaveRequest.END), t.kind(),
              Integer.toString(y), LeaveChecker.days(sum).toPlainString(), caps.year().value().toPlainString()));
          long past = Math.min(halves, sum - LeaveChecker.mostHalves(caps.year()));
          if (caps.absenteeism() && policy.absenteeism() && past > 0) {
            findings.add(LeaveProblem.ABSENT.at(rule, t.where().at(LeaveRequest.PERSON), person,
                LeaveChecker.days(past).toPlainString()));
            years.computeIfAbsent(y, k -> new LeaveTotal.Tally()).absent += past;
          }
        }
      }
    }
  }

  void coverAway(LeaveLog.Taken t) {
    if (t.cover() == null) {
      return;
    }
    LeaveLog.Log theirs = all.get(t.cover());
    int line = theirs == null ? 0 : theirs.firstOverlap(t.first(), t.last());
    if (line > 0) {
      findings.add(LeaveProblem.COVER_AWAY.at(rule, t.where().at(LeaveRequest.COVER), t.cover(),
          Integer.toString(line)));
    }
  }

  /** Adds a request to the person's tally of each year it touches (at most two: no request is longer than a year). */
  static void count(Map<Integer, LeaveTotal.Tally> years, LeaveLog.Taken t) {
    int firstYear = LeaveChecker.yearOf(t.first());
    LeaveTotal.Tally tally = years.computeIfAbsent(firstYear, k -> new LeaveTotal.Tally());
    tally.requests++;
    tally.absent += t.absent();
    if (t.inFirstYear() > 0) {
      tally.halves.merge(t.kind(), (long) t.inFirstYear(), Long::sum);
    }
    if (t.inNextYear() > 0) {
      years.computeIfAbsent(firstYear + 1, k -> new LeaveTotal.Tally()).halves.merge(t.kind(), (long) t.inNextYear(),
          Long::sum);
    }
  }
}
