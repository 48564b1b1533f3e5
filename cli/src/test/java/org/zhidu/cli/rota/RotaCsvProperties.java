package org.zhidu.cli.rota;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.zhidu.cli.CsvFuzz;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.register.Field;
import org.zhidu.core.rota.DutyDay;
import org.zhidu.core.rota.Swap;
import org.zhidu.policies.calendar.HolidayData;
import org.zhidu.policies.register.InputSchemas;

/** The rota sheet and the swap log read from broken text: refused with a place, or read with every cell placed. */
class RotaCsvProperties {

  private static final WorkCalendar CALENDAR = HolidayData.calendar(null, null);

  @Property(tries = 10_000)
  void anyRotaTextIsReadOrRefusedAtALine(@ForAll("rotaTexts") String text) {
    try {
      RotaCsv.Read read = RotaCsv.parse("rota.csv", text, CALENDAR);
      Statistics.label("outcome").collect(read.days().isEmpty() ? "read, no days" : "read");
      for (DutyDay day : read.days()) {
        for (Field field : InputSchemas.rota().fields()) {
          assertTrue(read.locator().locate(day.date(), field.name()).line() >= 1,
              () -> field.name() + " of " + day + " in\n" + text);
        }
      }
    } catch (InputException e) {
      Statistics.label("outcome").collect("refused: " + e.problem().key());
      assertTrue(e.location().line() >= 1, () -> e.location() + " " + e.problem() + " in\n" + text);
    }
  }

  @Property(tries = 10_000)
  void anySwapLogIsReadOrRefusedAtALine(@ForAll("swapTexts") String text) {
    try {
      List<Swap> swaps = SwapsCsv.parse("swaps.csv", text);
      Statistics.label("outcome").collect(swaps.isEmpty() ? "read, no swaps" : "read");
      for (Swap swap : swaps) {
        assertTrue(swap.where().line() >= 1, () -> swap + " in\n" + text);
      }
    } catch (InputException e) {
      Statistics.label("outcome").collect("refused: " + e.problem().key());
      assertTrue(e.location().line() >= 1, () -> e.location() + " " + e.problem() + " in\n" + text);
    }
  }

  @Provide
  Arbitrary<String> rotaTexts() {
    return CsvFuzz.texts(List.of(
        "\uFEFF日期,星期,类型,值班人员,带班领导,通知人\r\n"
            + "2026-10-01,星期四,法定节假日,张伟、刘洋,王建国,综合股\r\n"
            + "2026-10-02,星期五,holiday,\"杨帆,黄磊\",王建国,张伟\r\n"
            + "2026-10-09,星期五,工作日,周静,李红梅,\r\n"
            + "2026-10-10,星期六,周末,吴敏,李红梅,周静\r\n"
            + "2026-10-11,星期日,调休上班,徐丽,李红梅,吴敏\r\n"
            + "2026-10-12,星期一,,孙浩,李红梅,\r\n",
        "date,duty,leader\n2026-02-16,张伟 刘洋,王建国\n2026-02-17,杨帆；黄磊,\n2026-02-18,马超,王建国\n"
            + "2026-02-19,朱琳,王建国\n2026-02-20,郭涛,\n"));
  }

  @Provide
  Arbitrary<String> swapTexts() {
    return CsvFuzz.texts(List.of(
        "日期,原值班人员,顶替人员,批准人,批准时间\n"
            + "2026-10-03,张伟,刘洋,王建国,2026-10-02 16:30\n"
            + "2026-10-16,杨帆,黄磊,,\n"
            + "2026-10-17,周静,吴敏,王建国,2026-10-16 9:05\n"
            + "2026-10-18,徐丽,孙浩,李红梅,2026-10-18 10:00\n"
            + "2026-10-19,马超,朱琳,王建国,\n",
        "\uFEFFdate,replacement,original,approvedAt,approvedBy\r\n2026-10-03,刘洋,张伟,2026-10-02T09:05,王建国\r\n"
            + "2026-10-04,杨帆,黄磊,2026-10-03T19:00,王建国\r\n2026-10-05,周静,吴敏,,\r\n"));
  }
}
