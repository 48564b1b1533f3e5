package org.zhidu.cli.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhidu.cli.CsvFuzz;

/**
 * The 督查 register (G14, obligations --tasks) read from broken text: refused with a place, or read with every finding
 * at a line.
 */
class TasksCsvProperties {

  @Property(tries = 10_000)
  void anyTextIsReadOrRefusedAtALine(@ForAll("taskTexts") String text) {
    CsvFuzz.readOrRefusedAtALine(text, () -> TasksCsv.read("tasks.csv", text).findings());
  }

  /**
   * Regression: an impossible date in 立项日期, the one date cell no check reads, was taken silently; like 完成时限 and
   * 办结日期 it is a finding at its cell (the item itself still counts).
   */
  @Example
  void anImpossibleOpeningDateIsAFindingAtItsCell() {
    TasksCsv.Read read = TasksCsv.read("tasks.csv", "事项,完成时限,立项日期\n防汛督办,2026-07-01,2026-02-30\n");
    assertEquals(1, read.tasks().size());
    assertEquals(1, read.findings().size(), read.findings().toString());
    assertEquals("2:17", read.findings().get(0).location().line() + ":" + read.findings().get(0).location().column());
    assertEquals("立项日期", read.findings().get(0).location().field());
  }

  @Provide
  Arbitrary<String> taskTexts() {
    return CsvFuzz.texts(List.of(
        "事项,承办单位,责任人,完成时限,办结日期,立项日期\n全区项目建设推进会议定事项落实,发展改革委,王刚,2026-06-30,2026-06-25,"
            + "2026-05-12\n老旧小区改造民生实事督办,住房城乡建设局,李强,2026-09-30,2026-10-12,2026-03-02\n",
        "\uFEFFmatter,unit,due,done\r\n\"督办, 第一批\",办公室,2026年12月31日,\r\n防汛,应急局,2026/7/1,2026/6/30\r\n",
        "督查事项,完成时限\n一事一项,2026-02-30\n\"两行\n的事项\",2026-11-30\n"));
  }
}
