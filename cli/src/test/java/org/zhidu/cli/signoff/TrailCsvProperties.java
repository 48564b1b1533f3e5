package org.zhidu.cli.signoff;


import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhidu.cli.CsvFuzz;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.office.Office;
import org.zhidu.core.signoff.SignoffPolicy;
import org.zhidu.core.signoff.TrailChecker;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.calendar.HolidayData;
import org.zhidu.policies.office.OfficeLoader;

/** The sign-off register read from broken text: refused with a place, or read with every finding at a place. */
class TrailCsvProperties {

  private static final WorkCalendar CALENDAR = WorkCalendar.of(HolidayData.builtIn()).assumingNoHolidays();
  private static final Office OFFICE = OfficeLoader.load("office.yaml", """
      office: 测试办
      sections: [{ name: 秘书股, head: 李红梅 }, { name: 信息股 }]
      people:
        - { name: 高峰, role: 办公室主任 }
        - { name: 李红梅, role: 科级干部, section: 秘书股, position: 分管文秘科级干部 }
        - { name: 张伟, role: 文秘人员, section: 秘书股 }
        - { name: 孙浩, role: 文秘人员, section: 信息股 }
      """);

  @Property(tries = 10_000)
  void anyTextIsReadOrRefusedAtALine(@ForAll("trailTexts") String text) {
    for (String pack : List.of("anju-gov-office", "party-office")) {
      SignoffPolicy policy = PackLoader.builtIn(pack).signoff();
      TrailChecker checker = new TrailChecker("t.csv", OFFICE, policy.trails(), policy.drafting(), CALENDAR);
      CsvFuzz.readOrRefusedAtALine(text, () -> {
        TrailCsv.read("t.csv", TextDecoding.Chunks.of(text), checker, null);
        return checker.finish().findings();
      });
    }
  }

  @Provide
  Arbitrary<String> trailTexts() {
    return CsvFuzz.texts(List.of(
        "文件,发文类型,环节,姓名,意见,时间,标记,会议时间\n"
            + "安府发〔2026〕12号,政府发文,起草,李明,,2026-03-02 09:00,,\n"
            + "安府发〔2026〕12号,政府发文,初审,张伟,拟同意,2026-03-03 09:30,,\n"
            + "安府发〔2026〕12号,政府发文,审核,孙浩,拟同意,2026-03-03 09:00,AB岗,\n"
            + "在全委会上的讲话,讲话稿,部门送稿,综合室,,2026年9月11日 9时00分,,2026-09-15\n"
            + "在全委会上的讲话,讲话稿,副主任修改,孙岩,同意,2026-09-14 09:30,补签,2026-09-15\n",
        "\uFEFFdocument,type,step,name,opinion,time\r\n"
            + "\"关于\"\"停车\"\"的方案\",区长其他专题会议方案,复审,李红梅,\"拟同意,\n请改\",2026-07-06 14:00\r\n",
        "文件,发文类型,环节,姓名\n甲,规范性文件,法制办合法性审查,钱律\n"));
  }
}
