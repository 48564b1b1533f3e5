package org.zhidu.cli.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.cli.Cli;

/** zhidu registers check: encodings, Excel's habits, recognition and the JSON contract. */
class RegistersCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BROKEN = "examples/registers/broken/";

  @TempDir Path dir;

  @Test
  void theSameFindingsWhateverTheEncoding() throws Exception {
    String text = new String(Files.readAllBytes(Cli.ROOT.resolve(BROKEN + "G3-印章出借登记.csv")),
        StandardCharsets.UTF_8);
    Path utf8 = dir.resolve("utf8.csv");
    Path bom = dir.resolve("bom.csv");
    Path gbk = dir.resolve("gbk.csv");
    Files.writeString(utf8, text, StandardCharsets.UTF_8);
    Files.write(bom, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    Files.write(gbk, text.getBytes(Charset.forName("GBK")));
    String expected = findings(utf8);
    assertTrue(expected.contains("早于"), expected);
    assertEquals(expected, findings(bom).replace("bom.csv", "utf8.csv"));
    assertEquals(expected, findings(gbk).replace("gbk.csv", "utf8.csv"));
  }

  private String findings(Path file) {
    return Cli.run("registers", "check", "--as-of", "2026-11-23", file.toString()).out();
  }

  @Test
  void excelsHabitsAreNotMistakes() throws Exception {
    Path file = dir.resolve("excel.csv");
    Files.writeString(file, " 出借时间 ,\u3000出借事由,借出人员,归还时间,,\r\n"
        + "2026-03-02 09:00,\"赴市里\r\n办事\",徐丽,2026-03-02 16:30,,\r\n\r\n"
        + "2026-03-03 09:00,外出,吴敏,2026-03-03 12:00,,\r\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("registers", "check", file.toString(), "--format", "json");
    JsonNode f = JSON.readTree(r.out()).get("files").get(0);
    assertEquals("G3", f.get("register").asText());
    assertEquals(2, f.get("rows").asInt());
    assertEquals(0, f.get("findings").size(), r.out());
    assertEquals(0, r.exitCode());
  }

  @Test
  void jsonFollowsTheContract() throws Exception {
    Cli.Result r = Cli.run("registers", "check", "--as-of", "2026-11-23", "--format", "json",
        BROKEN + "G2-用印登记.csv");
    assertEquals(1, r.exitCode());
    JsonNode file = JSON.readTree(r.out()).get("files").get(0);
    assertEquals(BROKEN + "G2-用印登记.csv", file.get("path").asText());
    assertEquals("G2", file.get("register").asText());
    assertEquals(4, file.get("rows").asInt());
    JsonNode first = file.get("findings").get(0);
    assertEquals("G2", first.get("rule").asText());
    assertEquals("error", first.get("severity").asText());
    assertEquals(2, first.get("line").asInt());
    assertEquals(40, first.get("column").asInt());
    assertEquals("领导签字", first.get("field").asText());
    assertTrue(first.get("message").asText().contains("领导签字"));
  }

  @Test
  void anAmbiguousHeaderAsksForTheType() throws Exception {
    Path file = dir.resolve("both.csv");
    Files.writeString(file, "时间,人员,失误内容,使用时间,使用人,会议名称\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("registers", "check", file.toString());
    assertEquals(1, r.exitCode());
    assertTrue(Cli.lists(r.out(), file.toString(), "1:1", "错误 G-HEADER ") && r.out().contains("--type"), r.out());
    assertEquals(0, Cli.run("registers", "check", "--type", "G6", file.toString()).exitCode());
  }

  @Test
  void unusableInputIsExitTwo() throws Exception {
    Path latin = dir.resolve("latin1.csv");
    Files.write(latin, new byte[] {'a', ',', 'b', '\n', (byte) 0xff, (byte) 0xfe, (byte) 0x80});
    assertEquals(2, Cli.run("registers", "check", latin.toString()).exitCode());
    assertEquals(2, Cli.run("registers", "check", "--type", "G99", BROKEN + "G2-用印登记.csv").exitCode());
    assertEquals(2, Cli.run("registers", "check", "nope.csv").exitCode());
  }

  @Test
  void aLargeRegisterCheckedInHalvesKeepsItsLineNumbers() throws Exception {
    StringBuilder text = new StringBuilder("出借时间,出借事由,借出人员,归还时间\r\n");
    int rows = 130_000;
    for (int i = 0; i < rows; i++) {
      String day = (i == 1_000 || i == 120_000) ? "2026-02-30" : "2026-03-0" + (1 + i % 9);
      // Quoted cells with commas and line ends all along, one of them just after the middle.
      String reason = i % 1000 == 7 || i == 65_010 ? "\"外出, 办理第" + i + "件\r\n事\"" : "外出办理第" + i + "件事";
      text.append(day).append(" 09:00,").append(reason).append(",徐丽,2026-03-10 17:00\r\n");
    }
    text.append("2026-03-03 09:00,外出办理第2件事,徐丽,2026-03-10 17:00\r\n");
    Path file = dir.resolve("large.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    assertTrue(Files.size(file) > 8_000_000, "large enough to be read and checked in halves");
    JsonNode found = JSON.readTree(Cli.run("registers", "check", "--format", "json", file.toString()).out())
        .get("files").get(0);
    assertEquals(rows + 1, found.get("rows").asInt());
    assertEquals(3, found.get("findings").size(), found.toString());
    // Every quoted line end before a row adds a line: one for each i % 1000 == 7 below it, and 65,010.
    assertEquals(1_002 + 1, found.get("findings").get(0).get("line").asInt());
    assertEquals(120_002 + 120 + 1, found.get("findings").get(1).get("line").asInt());
    assertEquals(rows + 2 + 130 + 1, found.get("findings").get(2).get("line").asInt());
    assertTrue(found.get("findings").get(2).get("message").asText().contains("4"), "the same as line 4");
  }

  @Test
  void warningsFailOnlyWhenAsked() {
    String file = BROKEN + "G9-区长材料文稿登记.csv";
    assertEquals(0, Cli.run("registers", "check", file).exitCode());
    assertEquals(1, Cli.run("registers", "check", "--fail-on-warning", file).exitCode());
  }
}
