package org.zhidu.cli.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhidu.cli.CsvFuzz;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.obligation.ObligationChecker;
import org.zhidu.core.obligation.ObligationPlanner;
import org.zhidu.core.obligation.ObligationPolicy;
import org.zhidu.core.obligation.ObligationRules;
import org.zhidu.core.obligation.Occurrence;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.calendar.HolidayData;

/** An activity log read from broken text: refused with a place, or read with every finding at a line. */
class ActivitiesCsvProperties {

  private static final List<Occurrence> PLAN = plan();
  private static final ObligationPolicy ANJU = PackLoader.builtIn("anju-gov-office").obligations();
  private static final ObligationPolicy WUJIANG = PackLoader.builtIn("wujiang-cppcc").obligations();
  private static final List<Occurrence> WUJIANG_PLAN = ObligationPlanner.plan(WUJIANG.obligations(), 2026,
      HolidayData.calendar(null, null), WUJIANG.restDay());

  private static List<Occurrence> plan() {
    ObligationPolicy policy = PackLoader.builtIn("anju-gov-office").obligations();
    return ObligationPlanner.plan(policy.obligations(), 2026, HolidayData.calendar(null, null), policy.restDay());
  }

  @Property(tries = 10_000)
  void anyTextIsReadOrRefusedAtALine(@ForAll("logTexts") String text) {
    CsvFuzz.readOrRefusedAtALine(text, () -> {
      ActivitiesCsv.Read read = ActivitiesCsv.read("log.csv", text, ObligationRules.P5);
      List<Finding> all = new ArrayList<>(read.findings());
      all.addAll(org.zhidu.core.obligation.WorkChecker.check(read.details(), ANJU.research(), ANJU.exam(),
          ObligationRules.P5));
      all.addAll(org.zhidu.core.obligation.TripChecker.check(
          WUJIANG.trips(), read.activities(),
          HolidayData.calendar(null, null)));
      all.addAll(org.zhidu.core.obligation.ScheduleChecker.check(read.activities(), read.noticed(),
          read.noticeColumn(), read.header(), WUJIANG_PLAN, WUJIANG));
      // the plan's own findings of occurrences no row stands for are at the file's line 0: only the rows' are located
      ObligationChecker.check(PLAN, read.activities(), 2026, LocalDate.of(2026, 12, 1), "log.csv",
          ObligationRules.P5).findings().stream().filter(f -> f.location().line() > 0).forEach(all::add);
      return all;
    });
  }

  @Provide
  Arbitrary<String> logTexts() {
    return CsvFuzz.texts(List.of(
        "日期,事项,负责,备注\n2026-01-23,线(组)例会,各线(组)联系科级干部,\n2026-06-26,线组例会,,迟了一天\n",
        "\uFEFFdate,item\r\n2026年3月2日,信息摘报\r\n2025-12-31,信息摘报\r\n",
        "日期,事项\n2026-02-14,文秘工作例会\n2026-02-14,文秘工作例会\n\"2026-07-08\",\"档案\n整理\"\n",
        "日期,事项,结束日期,过夜,类别,交办日期,阅卷成绩,成绩\n2026-09-14,领导带队学习考察,2026-09-22,是,,,,\n"
            + "2026-04-10,调研报告,,,专项调研,2026-03-10,,\n2026-03-31,文秘人员考试,,,,,\"85、88、92\",88.3\n",
        "日期,事项,通知日期\n2026-01-09,全委会议,2026-01-02\n2026-09-10,全体委员视察,\n2026-11-20,全委会议,2026-11-30\n"));
  }
}
