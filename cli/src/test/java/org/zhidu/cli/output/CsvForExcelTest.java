package org.zhidu.cli.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.cli.Cli;

/**
 * The CSVs as Excel reads their bytes (issue 12): a byte-order mark and CRLF in UTF-8, or GBK bytes without the mark;
 * numbers left numbers, formulas made text; a section's head in 负责人.
 */
class CsvForExcelTest {

  private static final Charset GBK = Charset.forName("GBK");
  private static final String[] SCORE_Q3 = {"score", "--office", "examples/anju/office.yaml", "--events",
      "examples/anju/events-2026.csv", "--period", "2026Q3", "--format", "csv"};

  @TempDir Path dir;

  @Test
  void aNegativeNumberStaysANumberAndAFormulaBecomesText() {
    assertEquals("-2", CsvOut.cell("-2"));
    assertEquals("-13", CsvOut.cell("-13"));
    assertEquals("-0.5", CsvOut.cell("-0.5"));
    assertEquals("\"'-1+1\"", CsvOut.cell("-1+1"));
    assertEquals("\"'-2 分\"", CsvOut.cell("-2 分"));
    assertEquals("\"'=1+1\"", CsvOut.cell("=1+1"));
    assertEquals("\"'@SUM(A1)\"", CsvOut.cell("@SUM(A1)"));
    assertEquals("\"'+1\"", CsvOut.cell("+1")); // no writer writes a plus: a leading + is a user's text
    assertEquals("\"'-\"", CsvOut.cell("-"));
  }

  @Test
  void scoresOpenInExcelAsNumbersWithTheHeadIn负责人() throws Exception {
    Path csv = dir.resolve("score.csv");
    String[] args = with(SCORE_Q3, "-o", csv.toString());
    assertEquals(1, Cli.run(args).exitCode());
    byte[] bytes = Files.readAllBytes(csv);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3),
        "UTF-8 with a byte-order mark");
    String text = strict(bytes, StandardCharsets.UTF_8).substring(1);
    List<String> lines = List.of(text.split("\r\n"));
    assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
    assertEquals("类别,名次,名称,股室,负责人,得分,本季度加扣分,加扣分明细", lines.get(0));
    assertTrue(lines.contains("股室,1,行政股,,,98,-2,"), text);
    assertTrue(lines.contains("股室,3,研究室,,陈晓燕,95,-5,"), text);
    assertTrue(lines.contains("个人,3,张伟,秘书股,,99,-1,迟到×1 -1"), text);
    assertFalse(text.contains("'-"), "no number is made text");
  }

  @Test
  void gbkIsWrittenAsGbkBytesWithoutAMarkAndReadsBackTheSame() throws Exception {
    Path utf8 = dir.resolve("utf8.csv");
    Path gbk = dir.resolve("gbk.csv");
    assertEquals(1, Cli.run(with(SCORE_Q3, "-o", utf8.toString())).exitCode());
    Cli.Result r = Cli.run(with(SCORE_Q3, "--encoding", "gbk", "-o", gbk.toString()));
    assertEquals(1, r.exitCode(), r.err());
    byte[] bytes = Files.readAllBytes(gbk);
    assertFalse(bytes[0] == (byte) 0xEF, "no UTF-8 byte-order mark in a GBK file");
    String decoded = strict(bytes, GBK);
    assertTrue(decoded.startsWith("类别,名次,名称,股室,负责人"), decoded);
    assertEquals(strict(Files.readAllBytes(utf8), StandardCharsets.UTF_8).substring(1), decoded);
    // 类 in GBK is C0 E0: the bytes are GBK's, not UTF-8's E7 B1 BB
    assertEquals((byte) 0xC0, bytes[0]);
    assertEquals((byte) 0xE0, bytes[1]);
  }

  @Test
  void aRotaInGbkKeepsItsDashesAndNames() throws Exception {
    Path gbk = dir.resolve("rota.csv");
    Cli.Result r = Cli.run("rota", "generate", "--office", "examples/anju/office.yaml", "--month", "2026-10",
        "--format", "csv", "--encoding", "GBK", "-o", gbk.toString());
    assertEquals(0, r.exitCode(), r.err());
    String decoded = strict(Files.readAllBytes(gbk), GBK);
    assertTrue(decoded.contains("2026-10-01,星期四,法定节假日,张伟、孙浩,施瑞昶,综合股"), decoded);
  }

  @Test
  void aCharacterGbkCannotHoldStopsTheReportAndNamesIt() throws Exception {
    Path office = dir.resolve("office.yaml");
    Files.writeString(office, """
        office: 小办公室
        sections: [ { name: 综合股, head: 王建国 } ]
        people:
          - { name: 王建国, role: 科级干部, section: 综合股 }
          - { name: 张𠮷, role: 文秘人员, section: 综合股 }
          - { name: 李四, role: 文秘人员, section: 综合股 }
        """, StandardCharsets.UTF_8);
    Path out = dir.resolve("rota.csv");
    Cli.Result r = Cli.run("rota", "generate", "--office", office.toString(), "--month", "2026-11", "--format",
        "csv", "--encoding", "gbk", "-o", out.toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("字符“𠮷”（U+20BB7）不能用 GBK 写出"), r.err());
    assertFalse(Files.exists(out), "no half-written report");
    // the same in UTF-8 is written
    assertEquals(0, Cli.run("rota", "generate", "--office", office.toString(), "--month", "2026-11", "--format",
        "csv", "-o", out.toString()).exitCode());
  }

  @Test
  void gbkIsForCsvOnly() {
    Cli.Result r = Cli.run("rota", "generate", "--office", "examples/anju/office.yaml", "--month", "2026-10",
        "--format", "html", "--encoding", "gbk");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--encoding gbk 只用于 CSV；html 格式总是 UTF-8"), r.err());
    assertEquals("", r.out());
    Cli.Result bad = Cli.run("rota", "stats", "examples/anju/rota/rota-2026-09.csv", "--encoding", "latin1");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("应为 utf-8 或 gbk"), bad.err());
  }

  @Test
  void everyCommandThatWritesCsvTakesTheEncoding() throws Exception {
    List<List<String>> runs = List.of(
        List.of("rota", "stats", "examples/anju/rota/rota-2026-09.csv", "--format", "csv"),
        List.of("claims", "check", "examples/wujiang/claims-2026.csv", "--office", "examples/wujiang/office.yaml",
            "--pack", "wujiang-cppcc", "--as-of", "2026-12-31", "--format", "csv"),
        List.of("leave", "check", "examples/party-office/leave-2026.csv", "--office",
            "examples/party-office/office.yaml", "--pack", "party-office", "--as-of", "2026-12-31", "--format", "csv"),
        List.of("obligations", "plan", "--pack", "dazhou-cppcc", "--year", "2026", "--format", "csv"),
        List.of("obligations", "check", "examples/wujiang/obligations/activities-2026.csv", "--pack",
            "wujiang-cppcc", "--year", "2026", "--as-of", "2026-12-01", "--format", "csv"));
    for (List<String> run : runs) {
      Path out = dir.resolve("out-" + run.get(0) + "-" + run.get(1) + ".csv");
      String[] args = with(run.toArray(String[]::new), "--encoding", "gbk", "-o", out.toString());
      Cli.Result r = Cli.run(args);
      assertTrue(r.exitCode() <= 1, run + ": " + r.err());
      byte[] bytes = Files.readAllBytes(out);
      assertTrue(bytes.length > 0 && bytes[0] != (byte) 0xEF, run.toString());
      String text = strict(bytes, GBK);
      assertTrue(text.endsWith("\r\n"), run.toString());
    }
  }

  @Test
  void standardOutputGetsGbkBytesWhereItHasBytes() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    ReportWriter stdout = new ReportWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), bytes);
    stdout.print("前言\n");
    try (ReportTarget target = ReportTarget.open(stdout, null, GBK)) {
      CsvOut.start(target.writer());
      CsvOut.row(target.writer(), "值班人员", "-2");
      target.commit();
    }
    stdout.flush();
    byte[] expected = "前言\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = bytes.toByteArray();
    assertArrayEquals(expected, java.util.Arrays.copyOf(all, expected.length), "what came before stays UTF-8");
    assertEquals("值班人员,-2\r\n", strict(java.util.Arrays.copyOfRange(all, expected.length, all.length), GBK));
  }

  private static String[] with(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  /** The bytes decoded as Excel would, refusing any that are not of the encoding. */
  private static String strict(byte[] bytes, Charset charset) throws Exception {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
  }
}
