package org.zhidu.policies.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.Location;
import org.zhidu.core.obligation.Activity;
import org.zhidu.core.obligation.TripChecker;
import org.zhidu.policies.PackLoader;

/** 吴江's trips (P2 七): the limits at their own number, with a weekend between the days. */
class TripCheckTest {

  static List<String> keys(String item, LocalDate from, LocalDate to, Boolean overnight) {
    Activity a = new Activity(from, item, to, overnight, field -> new Location("log.csv", 2, 1, field));
    return TripChecker.check(PackLoader.builtIn("wujiang-cppcc").obligations().trips(), List.of(a),
        ObligationPlanTest.CALENDAR).stream().map(f -> f.message().key()).toList();
  }

  @Test
  void aLeaderLedStudyTripOfSevenDaysIsWithinItEightAreNot_P2() {
    LocalDate monday = LocalDate.of(2026, 6, 1);
    assertEquals(List.of(), keys("领导带队学习考察", monday, monday.plusDays(6), true));
    assertEquals(List.of("obligations.trip_too_long"), keys("领导带队学习考察", monday, monday.plusDays(7), true));
  }

  @Test
  void aCommitteesTripOfTwoWorkingDaysIsWithinItThreeAreNotAWeekendInBetweenCountsNone_P2() {
    LocalDate friday = LocalDate.of(2026, 6, 5);
    // Friday to Monday: two working days, but nights away
    assertEquals(List.of("obligations.trip_overnight"), keys("专委会考察调研", friday, friday.plusDays(3), null));
    // Friday to Tuesday: three working days
    assertEquals(List.of("obligations.trip_too_many_workdays", "obligations.trip_overnight"),
        keys("专委会考察调研", friday, friday.plusDays(4), null));
    // a day's trip, no night
    assertEquals(List.of(), keys("专委会考察调研", friday, null, false));
    assertEquals(List.of("obligations.trip_overnight"), keys("专委会考察调研", friday, null, true));
  }

  @Test
  void aTripThatEndsBeforeItBeginsIsAnErrorOfTheLog_P2() {
    LocalDate day = LocalDate.of(2026, 6, 5);
    assertEquals(List.of("obligations.trip_backwards"), keys("专委会考察调研", day, day.minusDays(1), null));
  }
}
