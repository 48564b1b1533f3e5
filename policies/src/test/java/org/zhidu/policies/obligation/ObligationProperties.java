package org.zhidu.policies.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.obligation.Activity;
import org.zhidu.core.obligation.Obligation;
import org.zhidu.core.obligation.ObligationChecker;
import org.zhidu.core.obligation.ObligationPlanner;
import org.zhidu.core.obligation.ObligationPolicy;
import org.zhidu.core.obligation.Occurrence;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.PackLoader;

/**
 * Laws of the office's year, over every pack with obligations and every year the calendar announces: a log made from
 * the plan checks clean; leaving out any one occurrence gives exactly one finding; the plan does not depend on the
 * order the pack lists its obligations in.
 */
class ObligationProperties {

  @Provide
  Arbitrary<String> packs() {
    return Arbitraries.of(BuiltInPacks.ids().stream()
        .filter(id -> !PackLoader.builtIn(id).obligations().obligations().isEmpty()).toList());
  }

  @Provide
  Arbitrary<Integer> years() {
    return Arbitraries.of(ObligationPlanTest.CALENDAR.announcedYears().stream()
        .filter(y -> ObligationPlanTest.CALENDAR.isAnnounced(y - 1) && ObligationPlanTest.CALENDAR.isAnnounced(y + 1))
        .toList());
  }

  /** Each occurrence's rows: done on its due day, as many times as it asks. */
  static List<List<Activity>> fromPlan(List<Occurrence> plan) {
    List<List<Activity>> rows = new ArrayList<>();
    int line = 2;
    for (Occurrence o : plan) {
      List<Activity> mine = new ArrayList<>();
      for (int i = 0; i < o.obligation().least(); i++) {
        mine.add(ObligationPlanTest.did(o.obligation().name(), o.due(), line++));
      }
      rows.add(mine);
    }
    return rows;
  }

  static List<Occurrence> plan(String pack, int year, List<Obligation> obligations) {
    ObligationPolicy policy = PackLoader.builtIn(pack).obligations();
    return ObligationPlanner.plan(obligations, year, ObligationPlanTest.CALENDAR, policy.restDay());
  }

  @Property(tries = 60)
  void aLogMadeFromThePlanChecksCleanAndLeavingOneOutGivesOneFinding_P5(@ForAll("packs") String pack,
      @ForAll("years") int year, @ForAll @IntRange(min = 0, max = 10_000) int pick) {
    List<Occurrence> plan = plan(pack, year, PackLoader.builtIn(pack).obligations().obligations());
    LocalDate after = LocalDate.of(year + 1, 1, 1);
    List<List<Activity>> rows = fromPlan(plan);
    List<Activity> log = rows.stream().flatMap(List::stream).toList();
    assertEquals(List.of(), ObligationChecker.check(plan, log, year, after, "log.csv", null).findings());
    int left = pick % plan.size();
    List<Activity> without = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (i != left) {
        without.addAll(rows.get(i));
      }
    }
    List<Finding> found = ObligationChecker.check(plan, without, year, after, "log.csv", null).findings();
    assertEquals(1, found.size(), plan.get(left) + " " + found);
  }

  @Property(tries = 60)
  void thePlanDoesNotDependOnTheOrderTheObligationsAreListedIn_P4(@ForAll("packs") String pack,
      @ForAll("years") int year, @ForAll long seed) {
    List<Obligation> listed = PackLoader.builtIn(pack).obligations().obligations();
    List<Obligation> shuffled = new ArrayList<>(listed);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(plan(pack, year, listed), plan(pack, year, shuffled));
  }
}
