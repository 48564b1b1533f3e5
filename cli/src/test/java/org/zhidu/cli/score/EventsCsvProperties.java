package org.zhidu.cli.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.zhidu.cli.CsvFuzz;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.register.Field;
import org.zhidu.core.scoring.ScoreEvent;
import org.zhidu.policies.register.InputSchemas;
import org.zhidu.policies.scoring.EventsRegister;

/** The events register read from broken text: refused with a place, or read with every finding at a place. */
class EventsCsvProperties {

  @Property(tries = 10_000)
  void anyTextIsReadOrRefusedAtALine(@ForAll("eventsTexts") String text) {
    try {
      EventsRegister.Read read = EventsRegister.read("events.csv", text);
      Statistics.label("outcome").collect(read.findings().isEmpty() ? "read" : "read with findings");
      for (Finding f : read.findings().stream().map(EventsRegister.RowFinding::finding).toList()) {
        assertTrue(f.location().line() >= 1, () -> f + " in\n" + text);
      }
      for (ScoreEvent e : read.events()) {
        for (Field field : InputSchemas.events().fields()) {
          assertTrue(e.where().at(field.name()).line() >= 1, () -> field.name() + " of " + e + " in\n" + text);
        }
      }
    } catch (InputException e) {
      Statistics.label("outcome").collect("refused: " + e.problem().key());
      assertTrue(e.location().line() >= 1, () -> e.location() + " " + e.problem() + " in\n" + text);
    }
  }

  @Provide
  Arbitrary<String> eventsTexts() {
    return CsvFuzz.texts(List.of(
        "日期,对象,事项,次数,依据股室,提交日期,情节严重,备注\n"
            + "2026-03-02,张伟,迟到,1,综合股,2026-03-28,,\n"
            + "2026/3/5,综合股,公文办理失误,2,综合股,,是,\"备注，有逗号\"\n"
            + "2026-03-09,杨帆,无故缺勤半天,1,综合股,2026-03-28,否,\n"
            + "2026-03-10,黄磊,迟到,1,综合股,2026-03-28,,\n"
            + "2026-03-11,周静,市级表彰,1,综合股,2026-03-28,,\"市委\"\"优秀\"\"\"\n"
            + "2026-03-12,吴敏,早退,1,综合股,2026-03-28,,\n",
        "\uFEFFdate,subject,item,count,evidence,submitted,serious,note\r\n"
            + "2026年3月5日,刘洋,早退,,综合股,2026-03-20,否,\"第一行\r\n第二行\"\r\n"
            + "2026.04.01,刘洋,迟到,3,,,,\r\n"
            + "2026.04.02,刘洋,迟到,3,,,,\r\n"
            + "2026.04.03,徐丽,迟到,1,综合股,2026-04-28,y,\r\n",
        "事项,对象,日期\n迟到,张伟,2026-03-02\n早退,张伟,2026-03-03\n迟到,刘洋,2026-03-04\n迟到,刘洋,2026-03-05\n"));
  }
}
