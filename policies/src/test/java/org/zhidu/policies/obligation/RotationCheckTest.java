package org.zhidu.policies.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.Location;
import org.zhidu.core.obligation.Rotation;
import org.zhidu.core.obligation.RotationChecker;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Posting;
import org.zhidu.core.office.Role;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.office.OfficeLoader;

/**
 * 安居's rotation of posts (P5): a newcomer's posting left within 3 months, anyone else's within 1 to 2 years, each
 * bound met on its own day.
 */
class RotationCheckTest {

  static final Rotation ANJU = PackLoader.builtIn("anju-gov-office").obligations().rotation();

  static List<String> keys(LocalDate asOf, LocalDate... moves) {
    List<Posting> postings = new ArrayList<>();
    for (int i = 0; i < moves.length; i++) {
      postings.add(new Posting(i % 2 == 0 ? "综合股" : "信息股", moves[i]));
    }
    Person person = new Person("胡斌", Role.CLERK, postings, null, List.of());
    return RotationChecker.check(List.of(person), ANJU, asOf, OfficeLoader.ALWAYS,
        name -> new Location("office.yaml", 3, 5, null)).stream().map(f -> f.message().key()).toList();
  }

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void theAnjuPackStatesThreeMonthsForNewcomersAndOneToTwoYearsForOthers_P5() {
    assertEquals(new Rotation(3, 12, 12, 24, ANJU.clause()), ANJU);
  }

  @Test
  void aNewcomersPostingIsLeftWithinThreeMonthsTheDayItselfInTime_P5() {
    LocalDate joined = d(2026, 1, 31);
    // three months after 31 January is 30 April: a move that day is in time, the next day is late
    assertEquals(List.of(), keys(d(2026, 4, 30), joined));
    assertEquals(List.of("obligations.rotation_overdue"), keys(d(2026, 5, 1), joined));
    assertEquals(List.of(), keys(d(2026, 5, 10), joined, d(2026, 4, 30)));
    assertEquals(List.of("obligations.rotation_late"), keys(d(2026, 5, 10), joined, d(2026, 5, 1)));
  }

  @Test
  void aPostingBegunAYearAfterJoiningIsAnyonesTwoYearsAtMostAndOneAtLeast_P5() {
    LocalDate joined = d(2024, 1, 1);
    LocalDate moved = d(2024, 4, 1); // a newcomer's first move, in time
    LocalDate later = d(2024, 7, 1); // begun while still new: three months again
    LocalDate settled = d(2025, 1, 1); // begun a year after joining: no longer new
    assertEquals(List.of(), keys(d(2027, 1, 1), joined, moved, later, d(2024, 10, 1), settled));
    assertEquals(List.of("obligations.rotation_overdue"),
        keys(d(2027, 1, 2), joined, moved, later, d(2024, 10, 1), settled));
    // left after 11 months: sooner than a year, said as information
    assertEquals(List.of("obligations.rotation_early"),
        keys(d(2026, 1, 1), joined, moved, later, d(2024, 10, 1), settled, d(2025, 12, 1)));
    assertEquals(List.of(), keys(d(2026, 1, 1), joined, moved, later, d(2024, 10, 1), settled, d(2026, 1, 1)));
  }

  @Test
  void aPostingBegunTheDayBeforeTheFirstAnniversaryIsStillANewcomers_P5() {
    LocalDate joined = d(2025, 3, 1);
    // each newcomer's posting exactly three months, the last begun the day before the anniversary: due 28 May
    assertEquals(List.of("obligations.rotation_overdue"),
        keys(d(2026, 6, 1), joined, d(2025, 6, 1), d(2025, 9, 1), d(2025, 12, 1), d(2026, 2, 28)));
    assertEquals(List.of(), keys(d(2026, 5, 28), joined, d(2025, 6, 1), d(2025, 9, 1), d(2025, 12, 1),
        d(2026, 2, 28)));
    // begun on the anniversary itself: no longer new, two years to go
    assertEquals(List.of(), keys(d(2026, 6, 1), joined, d(2025, 6, 1), d(2025, 9, 1), d(2025, 12, 1),
        d(2026, 3, 1)));
  }

  @Test
  void peopleWithoutAFirstDayAreSaidOnceAndNotChecked_P5() {
    Person undated = new Person("王建国", Role.CLERK, List.of(new Posting("综合股", OfficeLoader.ALWAYS)), null,
        List.of());
    Person leader = new Person("李县长", Role.COUNTY_LEADER, List.of(), null, List.of());
    var findings = RotationChecker.check(List.of(undated, leader), ANJU, d(2026, 12, 31), OfficeLoader.ALWAYS,
        name -> Location.NOWHERE);
    assertEquals(List.of("obligations.rotation_undated"), findings.stream().map(f -> f.message().key()).toList());
    assertEquals("1", findings.get(0).message().args().get(0));
  }

  @Test
  void aFirstPostingAfterTheCheckDayIsNotCheckedHoweverFarAhead_P5() {
    // the office file takes any ISO day: the last one Java holds must not end the run with an internal error
    assertEquals(List.of(), keys(d(2026, 12, 31), LocalDate.MAX));
    assertEquals(List.of(), keys(d(2026, 12, 31), d(2027, 1, 1)));
    assertEquals(List.of("obligations.rotation_overdue"), keys(d(2026, 12, 31), d(2026, 1, 1), LocalDate.MAX));
  }

  @Property(tries = 300)
  void postingsKeptToTheirRhythmAreNeverAFinding_P5(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 60) Integer> newcomerCuts,
      @ForAll @Size(max = 4) List<@IntRange(min = 12, max = 24) Integer> laterMonths,
      @ForAll @IntRange(min = 0, max = 3000) int startDay) {
    LocalDate joined = d(2015, 1, 1).plusDays(startDay);
    List<LocalDate> moves = new ArrayList<>(List.of(joined));
    LocalDate last = joined;
    int allowed = 3;
    for (int cut : newcomerCuts) {
      // a newcomer moves within three months, never on the day the posting began
      LocalDate next = last.plusMonths(3).minusDays(cut);
      if (!next.isAfter(last) || !last.isBefore(joined.plusMonths(12))) {
        break;
      }
      moves.add(next);
      last = next;
    }
    allowed = last.isBefore(joined.plusMonths(12)) ? 3 : 24;
    for (int months : laterMonths) {
      if (last.isBefore(joined.plusMonths(12))) {
        break; // the postings that follow a newcomer's are a newcomer's too
      }
      last = last.plusMonths(months);
      moves.add(last);
      allowed = 24;
    }
    LocalDate asOf = last.plusMonths(allowed); // the due day of the posting still held, itself in time
    assertEquals(List.of(), keys(asOf, moves.toArray(LocalDate[]::new)));
    assertEquals(List.of("obligations.rotation_overdue"), keys(asOf.plusDays(1), moves.toArray(LocalDate[]::new)));
  }
}
