package org.zhidu.cli.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhidu.cli.CsvFuzz;
import org.zhidu.core.calendar.HalfDay;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.leave.LeaveChecker;
import org.zhidu.core.office.Office;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.calendar.HolidayData;
import org.zhidu.policies.office.OfficeLoader;

/** The leave register read from broken text: refused with a place, or read with every finding at a place. */
class LeaveCsvProperties {

  private static final WorkCalendar CALENDAR = WorkCalendar.of(HolidayData.builtIn());
  private static final Office OFFICE = OfficeLoader.load("office.yaml", """
      office: 测试办
      sections: [{ name: 秘书股, head: 李红梅 }]
      people:
        - { name: 高峰, role: 办公室主任 }
        - { name: 李红梅, role: 科级干部, section: 秘书股 }
        - { name: 张伟, role: 文秘人员, section: 秘书股 }
        - { name: 刘洋, role: 文秘人员, section: 秘书股 }
      """);

  @Property(tries = 10_000)
  void anyTextIsReadOrRefusedAtALine(@ForAll("leaveTexts") String text) {
    for (String pack : List.of("anju-gov-office", "party-office")) {
      LeaveChecker checker = new LeaveChecker(OFFICE, CALENDAR.assumingNoHolidays(), PackLoader.builtIn(pack).leave(),
          LocalDate.of(2026, 12, 1), null);
      CsvFuzz.readOrRefusedAtALine(text, () -> {
        LeaveCsv.read("leave.csv", text, checker);
        return checker.finish().findings();
      });
    }
  }

  @Provide
  Arbitrary<String> leaveTexts() {
    return CsvFuzz.texts(List.of(
        "人员,类别,开始时间,结束时间,天数,申请时间,审批方式,审批人,审批时间,补办时间,证明,代岗人,销假时间\n"
            + "张伟,事假,2026-03-02,2026-03-02,1,2026-02-27 10:00,书面,李红梅,2026-02-27 15:00,,,刘洋,2026-03-03 08:30\n"
            + "刘洋,病假,2026-03-09 下午,2026-03-11 上午,2,2026-03-05,电话,李红梅→高峰,2026年3月6日,2026-03-12,诊断证明,张伟,\n"
            + "张伟,临时请假,2026-06-03 14:00,2026-06-03 17:30,0.5,,口头,李红梅,2026-06-03 13:00,,,,\n",
        "\uFEFFperson,kind,period,approvers,approved\r\n"
            + "张伟,事假,2026-03-02 至 2026-03-03,\"李红梅, 高峰\",2026-02-27\r\n"
            + "刘洋,年休假,2026-09-28~2026-10-10,李红梅、高峰,2026-09-01\r\n",
        "人员,类别,起止时间\n张伟,事假,2026-03-02 上午 到 2026-03-02 上午\n"));
  }

  @Property
  void aHalfDayIsReadBackAsWritten(@ForAll("days") LocalDate day, @ForAll boolean afternoon, @ForAll boolean end) {
    HalfDay written = new HalfDay(day, afternoon);
    assertEquals(written, LeaveCsv.halfDay(day + (afternoon ? " 下午" : " 上午"), end));
    assertEquals(written, LeaveCsv.halfDay(day + (afternoon ? " 15:00" : " 09:00"), end));
    assertEquals(new HalfDay(day, end), LeaveCsv.halfDay(day.toString(), end));
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 365 * 200).map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
  }

  @Property
  void approversAreSplitInOrderWhateverTheSeparator(@ForAll("separators") String separator) {
    assertEquals(List.of("李红梅", "高峰", "王建国"), org.zhidu.cli.input.CellList.split("李红梅" + separator + "高峰" + separator + " 王建国 "));
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("、", ",", "，", ";", "；", "/", "→", "->", " → ", " -> ");
  }
}
