package org.zhidu.core.obligation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.rule.RuleId;

/**
 * An activity log against a year's plan: each occurrence done often enough inside its window, none done outside
 * every window; an occurrence whose due day is not yet past is due, not missed.
 */
public final class ObligationChecker {

  private ObligationChecker() {}

  /**
   * Checks an activity log against the year's plan.
   *
   * @param plan the year's occurrences ({@link ObligationPlanner#plan})
   * @param activities the log's rows
   * @param year the year planned: rows of other years outside its windows are not checked (said once)
   * @param asOf the day checked on: an occurrence due on it or later is not missed yet
   * @param file the log, for the findings of occurrences no row stands for
   * @param notPlannedRule the rule the rows that name no obligation are said under
   * @return the findings by line, and a summary of each obligation over the year
   */
  public static Report check(List<Occurrence> plan, List<Activity> activities, int year, LocalDate asOf,
      String file, RuleId notPlannedRule) {
    Objects.requireNonNull(asOf, "asOf");
    List<Finding> findings = new ArrayList<>();
    Map<Obligation, Tally> tallies = new LinkedHashMap<>();
    for (Occurrence o : plan) {
      tallies.computeIfAbsent(o.obligation(), k -> new Tally()).planned++;
    }
    int unnamed = 0;
    int otherYears = 0;
    Activity firstUnplanned = null;
    List<List<Activity>> done = new ArrayList<>();
    plan.forEach(o -> done.add(new ArrayList<>()));
    for (Activity a : activities) {
      // a row of another year counts where a window reaches it (a due day moved into the year before), else it is
      // another year's, not checked
      // windows may overlap (two weeks' due days moved onto the same working day before a holiday): a row counts
      // once, for the first occurrence holding it that still wants it, else for the first holding it
      boolean named = false;
      int first = -1;
      int wanting = -1;
      for (int i = 0; i < plan.size(); i++) {
        Occurrence o = plan.get(i);
        if (o.obligation().named(a.item())) {
          named = true;
          if (o.holds(a.date())) {
            first = first < 0 ? i : first;
            int room = o.obligation().most() == 0 ? o.obligation().least() : o.obligation().most();
            if (wanting < 0 && done.get(i).size() < room) {
              wanting = i;
            }
          }
        }
      }
      boolean held = first >= 0;
      if (held) {
        done.get(wanting >= 0 ? wanting : first).add(a);
      }
      if (!held && a.date().getYear() != year) {
        otherYears++;
        firstUnplanned = firstUnplanned == null ? a : firstUnplanned;
      } else if (!named) {
        unnamed++;
        firstUnplanned = firstUnplanned == null ? a : firstUnplanned;
      } else if (!held) {
        Occurrence nearest = nearest(plan, a);
        findings.add(ObligationProblem.OUTSIDE_WINDOW.at(nearest.obligation().rule(), a.where().at(Activity.DATE),
            a.item(), a.date().toString(), nearest.from().toString(), nearest.due().toString(),
            nearest.obligation().clause()));
      }
    }
    Location whole = new Location(file, 0, 0, null);
    for (int i = 0; i < plan.size(); i++) {
      Occurrence o = plan.get(i);
      Obligation ob = o.obligation();
      List<Activity> rows = done.get(i);
      Tally tally = tallies.get(ob);
      tally.done += Math.min(rows.size(), ob.most() == 0 ? rows.size() : ob.most());
      if (rows.size() < ob.least()) {
        if (o.due().isBefore(asOf)) {
          tally.missed++;
          ObligationProblem p = rows.isEmpty() ? (ob.target() ? ObligationProblem.MISSED_TARGET
              : ObligationProblem.MISSED) : (ob.target() ? ObligationProblem.TOO_FEW_TARGET
              : ObligationProblem.TOO_FEW);
          findings.add(p.at(ob.rule(), rows.isEmpty() ? whole : rows.get(rows.size() - 1).where().at(Activity.DATE),
              ob.name(), o.from().toString(), o.due().toString(), Integer.toString(rows.size()), times(ob),
              ob.clause()));
        } else {
          tally.ahead++;
        }
      } else if (ob.most() != 0 && rows.size() > ob.most()) {
        findings.add(ObligationProblem.TOO_MANY.at(ob.rule(), rows.get(ob.most()).where().at(Activity.DATE),
            ob.name(), o.from().toString(), o.due().toString(), Integer.toString(rows.size()),
            Integer.toString(ob.most()), ob.clause()));
      }
    }
    if (firstUnplanned != null) {
      findings.add(ObligationProblem.NOT_PLANNED.at(notPlannedRule, firstUnplanned.where().at(Activity.ITEM),
          Integer.toString(unnamed), Integer.toString(otherYears), Integer.toString(year)));
    }
    findings.sort(Comparator.comparingInt((Finding f) -> f.location().line())
        .thenComparingInt(f -> f.location().column()));
    List<Summary> summaries = new ArrayList<>();
    tallies.forEach((ob, t) -> summaries.add(new Summary(ob, t.planned, t.done, t.missed, t.ahead)));
    return new Report(findings, summaries);
  }

  /** The occurrence of the activity's obligation whose window is nearest its day. */
  private static Occurrence nearest(List<Occurrence> plan, Activity a) {
    Occurrence best = null;
    long distance = Long.MAX_VALUE;
    for (Occurrence o : plan) {
      if (!o.obligation().named(a.item())) {
        continue;
      }
      long d = a.date().isBefore(o.from()) ? ChronoUnit.DAYS.between(a.date(), o.from())
          : ChronoUnit.DAYS.between(o.due().isAfter(o.to()) ? o.due() : o.to(), a.date());
      if (d < distance) {
        distance = d;
        best = o;
      }
    }
    return best;
  }

  /**
   * "1", "≥ 12", "1–2": how many times each period asks.
   *
   * @param o the obligation
   * @return the fewest times alone, "≥ " and the fewest when there is no most, or the fewest and the most joined by a
   *     dash
   */
  public static String times(Obligation o) {
    if (o.most() == 0) {
      return "≥ " + o.least();
    }
    return o.least() == o.most() ? Integer.toString(o.least()) : o.least() + "–" + o.most();
  }

  private static final class Tally {
    int planned;
    int done;
    int missed;
    int ahead;
  }

  /**
   * One obligation over the year.
   *
   * @param obligation the obligation
   * @param planned how many occurrences the year has
   * @param done how many times it was done inside its windows (up to each window's most)
   * @param missed occurrences past their due day and not done often enough
   * @param ahead occurrences not yet due on the check day and not yet done often enough
   */
  public record Summary(Obligation obligation, int planned, int done, int missed, int ahead) {}

  /**
   * What the check found.
   *
   * @param findings by line
   * @param summaries by obligation, in the plan's order of first occurrence
   */
  public record Report(List<Finding> findings, List<Summary> summaries) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @param findings by line
     * @param summaries by obligation, in the plan's order of first occurrence
     * @throws NullPointerException if {@code findings} or {@code summaries} is {@code null}
     */
    public Report {
      findings = List.copyOf(findings);
      summaries = List.copyOf(summaries);
    }
  }
}
