package org.zhidu.policies.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.obligation.Task;
import org.zhidu.core.obligation.TaskChecker;
import org.zhidu.core.obligation.TaskPolicy;
import org.zhidu.policies.PackLoader;

/** The 督查 register (G14) on its own cases, the deadline and the reminder's last day themselves included. */
class TaskCheckTest {

  static final TaskPolicy PARTY = PackLoader.builtIn("party-office").obligations().tasks();
  /** A Tuesday: three working days on is Friday 2026-12-04, four the next Monday. */
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  static Task task(String matter, String unit, String person, LocalDate due, LocalDate done, int line) {
    return new Task(matter, unit, person, due, done, field -> new Location("t.csv", line, 1, field));
  }

  static List<String> keys(Task... tasks) {
    return TaskChecker.check(List.of(tasks), PARTY, ObligationPlanTest.CALENDAR, AS_OF).stream()
        .map(Finding::message).map(m -> m.key()).toList();
  }

  @Test
  void anItemStatesItsUnitItsPersonAndItsDeadline_G14() {
    assertEquals(List.of(), keys(task("甲", "信访局", "王刚", AS_OF.plusDays(30), null, 2)));
    assertEquals(List.of("obligations.task_unstated", "obligations.task_unstated", "obligations.task_unstated"),
        keys(task("甲", "", "", null, null, 2)));
  }

  @Test
  void anItemDueOnTheCheckDayIsNotYetOverdueTheDayAfterItIs_G14() {
    assertEquals(List.of("obligations.task_remind"), keys(task("甲", "信访局", "王刚", AS_OF, null, 2)));
    assertEquals(List.of("obligations.task_overdue"), keys(task("甲", "信访局", "王刚", AS_OF.minusDays(1), null, 2)));
    assertEquals(List.of("obligations.task_late"),
        keys(task("甲", "信访局", "王刚", AS_OF.minusDays(9), AS_OF.minusDays(8), 2)));
    assertEquals(List.of(), keys(task("甲", "信访局", "王刚", AS_OF.minusDays(9), AS_OF.minusDays(9), 2)));
  }

  @Test
  void theReminderComesWithinThreeWorkingDaysTheThirdIncluded_G14() {
    assertEquals(3, PARTY.remindDays());
    assertEquals(List.of("obligations.task_remind"),
        keys(task("甲", "信访局", "王刚", LocalDate.of(2026, 12, 4), null, 2)));
    assertEquals(List.of(), keys(task("甲", "信访局", "王刚", LocalDate.of(2026, 12, 7), null, 2)));
  }

  @Test
  void oneItemAMatter_G14() {
    assertEquals(List.of("obligations.task_twice"), keys(task("甲", "信访局", "王刚", AS_OF.plusDays(30), null, 2),
        task("甲", "信访局", "王刚", AS_OF.plusDays(40), null, 3)));
  }
}
