package org.zhidu.cli.secrecy;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhidu.cli.CsvFuzz;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.core.register.Schema;
import org.zhidu.core.secrecy.SecrecyChecker;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.register.InputSchemas;

/** The registers of classified material read from broken text: refused with a place, or read with every finding at one. */
class SecrecyCsvProperties {

  @Property(tries = 10_000)
  void anyTextIsReadOrRefusedAtALine(@ForAll("registerTexts") String text) {
    for (Schema schema : InputSchemas.secrecy()) {
      SecrecyChecker checker = new SecrecyChecker(PackLoader.builtIn("party-office").secrecy(), null,
          LocalDate.of(2026, 12, 1));
      CsvFuzz.readOrRefusedAtALine(text, () -> {
        SecrecyCsv.read("s.csv", TextDecoding.Chunks.of(text), schema, checker, null);
        return checker.finish().findings();
      });
    }
  }

  @Provide
  Arbitrary<String> registerTexts() {
    return CsvFuzz.texts(List.of(
        "文件名称或编号,密级,类别,经办人,时间,批准人,应还时间,归还时间,销毁地点,销毁人,监销人\n"
            + "X委发〔2026〕3号,机密★10年,借阅,蒋涛,2026-03-02 09:00,孙岩,2026-03-02,2026-03-02 16:40,,,\n"
            + "X委办〔2025〕12号,秘密,销毁,沈洁,2026年6月18日 15时00分,孙岩,,,市公文销毁站,沈洁,冯敏\n",
        "原件编号,文件类别,原件密级,复制件密级,复制时间,批准人,复制部门,载体\n"
            + "X电〔2026〕9号,密码电报,机密,机密,2026-05-06 16:00,钱坤,综合室,U盘\n",
        "编号,类别,密级,内容\nHB-1,汇编,机密,\"A、B\nC\"\nU-1,移动介质,秘密,HB-1\n",
        "设备编号,涉密,联网,无线设备\r\nPC-1,是,否,无\r\nPC-2,否,是,无线网卡\r\n",
        "编号,来访时间,批准时间,销毁日期\nWB-1,2021-03-15 14:00,2021-03-10,2026-03-14\n",
        "\uFEFF编号,会议日期,销毁日期\nHY-1,2019-06-12,\n"));
  }
}
