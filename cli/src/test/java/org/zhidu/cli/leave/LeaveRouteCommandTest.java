package org.zhidu.cli.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zhidu.cli.Cli;

/** {@code zhidu leave route} refuses what is not a request for leave, with its reason (L2). */
class LeaveRouteCommandTest {

  @Test
  void l2DaysAreAtMostAYear() {
    for (String days : new String[] {"1e9", "367", "99999999999999999999"}) {
      Cli.Result r = Cli.run("leave", "route", "--pack", "wujiang-cppcc", "--role", "科室工作人员", "--days", days);
      assertEquals(2, r.exitCode(), days + r.err());
      assertTrue(r.err().contains("超过 366 天"), r.err());
    }
    assertEquals(0, Cli.run("leave", "route", "--pack", "wujiang-cppcc", "--role", "科室工作人员", "--days",
        "366").exitCode());
    assertEquals(0, Cli.run("leave", "route", "--pack", "wujiang-cppcc", "--role", "科室工作人员", "--days",
        "1.5").exitCode());
    assertEquals(1, Cli.run("leave", "route", "--pack", "wujiang-cppcc", "--role", "科室工作人员", "--days",
        "0.75").exitCode(), "a few hours between half a day and a day: the gap");
  }
}
