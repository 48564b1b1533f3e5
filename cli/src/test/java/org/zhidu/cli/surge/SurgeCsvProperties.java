package org.zhidu.cli.surge;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhidu.cli.Cli;
import org.zhidu.cli.CsvFuzz;
import org.zhidu.core.office.Office;
import org.zhidu.policies.office.OfficeLoader;
import org.zhidu.policies.register.InputSchemas;

/**
 * The registers surge draw reads, from broken text: the list of people busy with heavier or urgent work (--busy) and
 * the rota it takes the duty from (--rota). Each is read, or refused at a line; nothing else escapes.
 */
class SurgeCsvProperties {

  private static final Office OFFICE = OfficeLoader.load(Cli.ROOT.resolve("examples/anju/office.yaml"));
  private static final LocalDate DAY = LocalDate.of(2026, 9, 15);

  @Property(tries = 10_000)
  void aBusyListIsReadOrRefusedAtALine(@ForAll("busyTexts") String text) {
    CsvFuzz.readOrRefusedAtALine(text, () -> {
      SurgeDrawCommand.names(OFFICE, "busy.csv", text, InputSchemas.busy(), "人员", null, () -> { });
      return List.of();
    });
  }

  @Property(tries = 10_000)
  void aRotaIsReadOrRefusedAtALine(@ForAll("rotaTexts") String text) {
    CsvFuzz.readOrRefusedAtALine(text, () -> {
      SurgeDrawCommand.names(OFFICE, "rota.csv", text, InputSchemas.rota(), "值班人员", DAY, () -> { });
      return List.of();
    });
  }

  @Provide
  Arbitrary<String> busyTexts() {
    return CsvFuzz.texts(List.of(
        "人员,事由\n吴敏,区政府常务会议材料（9 月 16 日前报送）\n孙浩,政务信息专报\n朱琳,年度调研报告初稿\n",
        "\uFEFFname,task\r\n张伟、刘洋,\"两件事, 急\"\r\n杨帆,\r\n",
        "姓名\n黄磊\n\"周静\n\"\n"));
  }

  @Provide
  Arbitrary<String> rotaTexts() {
    return CsvFuzz.texts(List.of(
        "日期,星期,类型,值班人员,带班领导,通知人\n2026-09-14,星期一,工作日,林芳,王建国,综合股\n"
            + "2026-09-15,星期二,工作日,张伟,王建国,综合股\n2026-09-16,星期三,工作日,刘洋,王建国,综合股\n",
        "日期,值班人员\n2026/9/15,\"张伟、孙浩\"\n2026年9月16日,周静\n"));
  }
}
