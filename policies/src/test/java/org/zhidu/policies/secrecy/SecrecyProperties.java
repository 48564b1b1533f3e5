package org.zhidu.policies.secrecy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.secrecy.CarrierRecord;
import org.zhidu.core.secrecy.KeptRecord;
import org.zhidu.core.secrecy.Level;
import org.zhidu.core.secrecy.SecrecyChecker;
import org.zhidu.core.secrecy.SecrecyProblem;
import org.zhidu.core.secrecy.SecretRecord;

/** Laws of classified material: the level order, a compilation's level, the years a record is kept. */
class SecrecyProperties {

  /**
   * A compilation marked with the highest level of its sources checks clean, marked one below it does not, whatever the
   * order of the sources and the registers (S1).
   */
  @Property(tries = 300)
  void aCompilationsLevelIsTheHighestOfItsSourcesInAnyOrder_S1(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 3) Integer> levels, @ForAll long seed) {
    List<Level> sources = levels.stream().map(i -> Level.values()[i]).toList();
    Level highest = sources.stream().reduce(Level.NONE, Level::max);
    assertEquals(Collections.max(sources), highest);
    for (Level marked : Level.values()) {
      SecrecyChecker checker = new SecrecyChecker(SecrecyCheckTest.policy("party-office"), null,
          SecrecyCheckTest.AS_OF);
      List<String> numbers = new ArrayList<>();
      for (int i = 0; i < sources.size(); i++) {
        numbers.add("D-" + i);
      }
      List<String> shuffled = new ArrayList<>(numbers);
      Collections.shuffle(shuffled, new Random(seed));
      checker.accept(new CarrierRecord("HB", "汇编", marked, shuffled, SecrecyCheckTest.line(2)));
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < sources.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, new Random(seed + 1));
      for (int i : order) {
        checker.accept(new SecretRecord("D-" + i, sources.get(i), SecretRecord.Kind.RECEIVED, "沈洁",
            SecrecyCheckTest.T, "", null, null, null, "", "", SecrecyCheckTest.line(3 + i)));
      }
      List<Finding> found = checker.finish().findings();
      assertEquals(marked.compareTo(highest) < 0 ? List.of(SecrecyProblem.CARRIER_BELOW) : List.of(),
          SecrecyCheckTest.problems(found), sources + " marked " + marked);
    }
  }

  /** A kept record may go from the day its years are up, never before; retention lists it from that day on (S4). */
  @Property(tries = 300)
  void aRecordGoesFromTheDayItsYearsAreUp_S4(@ForAll @IntRange(min = 0, max = 20_000) int daysAfter1990,
      @ForAll @IntRange(min = -3, max = 3) int offset) {
    LocalDate made = LocalDate.of(1990, 1, 1).plusDays(daysAfter1990);
    LocalDate up = made.plusYears(5);
    LocalDate destroyed = up.plusDays(offset);
    SecrecyChecker checker = new SecrecyChecker(SecrecyCheckTest.policy("party-office"), null, destroyed);
    checker.accept(new KeptRecord("涉密会议记录表", "HY", made.atStartOfDay(), null, false, destroyed,
        SecrecyCheckTest.line(2)));
    checker.accept(new KeptRecord("涉密会议记录表", "HY2", made.atStartOfDay(), null, false, null,
        SecrecyCheckTest.line(3)));
    SecrecyChecker.Report report = checker.finish();
    assertEquals(offset < 0 ? List.of(SecrecyProblem.DESTROYED_EARLY) : List.of(),
        SecrecyCheckTest.problems(report.findings()));
    assertEquals(offset >= 0 ? List.of("HY2") : List.of(),
        report.destroyable().stream().map(KeptRecord::number).toList());
  }
}
