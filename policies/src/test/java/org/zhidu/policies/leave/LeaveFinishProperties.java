package org.zhidu.policies.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.zhidu.core.leave.LeaveChecker;
import org.zhidu.core.leave.LeavePolicy;
import org.zhidu.core.leave.LeaveProblem;
import org.zhidu.core.office.Office;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.office.OfficeLoader;

/** The checks across requests, shared by two threads as a large register's are, give what one thread gives. */
class LeaveFinishProperties {

  private static final int CLERKS = 100;
  private static final Office OFFICE = office();

  private static Office office() {
    StringBuilder y = new StringBuilder("office: 测试办\nsections:\n  - { name: 股0, head: 科长0 }\npeople:\n"
        + "  - { name: 主任, role: 办公室主任 }\n  - { name: 科长0, role: 科级干部, section: 股0 }\n");
    for (int i = 0; i < CLERKS; i++) {
      y.append("  - { name: 文秘").append(i).append(", role: 文秘人员, section: 股0 }\n");
    }
    return OfficeLoader.load("office.yaml", y.toString());
  }

  @Property(tries = 30)
  void checkedOnTwoThreadsARegisterGivesWhatItGivesOnOne(@ForAll long seed) {
    Random random = new Random(seed);
    LeavePolicy policy = PackLoader.builtIn("anju-gov-office").leave();
    LeaveChecker one = new LeaveChecker(OFFICE, LeaveCheckTest.CALENDAR, policy, LeaveCheckTest.AS_OF, null);
    LeaveChecker two = new LeaveChecker(OFFICE, LeaveCheckTest.CALENDAR, policy, LeaveCheckTest.AS_OF, null);
    for (int line = 2; line < 800; line++) {
      LocalDate from = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(300));
      LeaveCheckTest.Ask a = new LeaveCheckTest.Ask("文秘" + random.nextInt(CLERKS), from.toString(),
          from.plusDays(random.nextInt(4)).toString(), "科长0");
      a.line = line;
      a.cover = random.nextBoolean() ? "文秘" + random.nextInt(CLERKS) : "";
      a.returned = random.nextInt(4) == 0 ? null : a.end.date().plusDays(1).atTime(8, 30);
      one.accept(a.request());
      two.accept(a.request());
    }
    ExecutorService helper = Executors.newSingleThreadExecutor();
    try {
      LeaveChecker.Report alone = one.finish();
      LeaveChecker.Report shared = two.finish(helper);
      assertEquals(alone.findings(), shared.findings());
      assertEquals(alone.totals(), shared.totals());
      assertTrue(LeaveCheckTest.problems(alone).contains(LeaveProblem.COVER_AWAY), "covers away are among them");
      assertTrue(LeaveCheckTest.problems(alone).contains(LeaveProblem.OVERLAP), "and overlaps");
    } finally {
      helper.shutdown();
    }
  }
}
