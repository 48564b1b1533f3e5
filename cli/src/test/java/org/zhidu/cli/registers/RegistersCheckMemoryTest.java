package org.zhidu.cli.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.zhidu.cli.Cli;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A register of 120 MB checked by a JVM whose heap may not grow past 48 MB: the file is read part after part, never
 * whole, so its size does not decide the memory; and the findings are still exact at their line and column,
 * duplicates included, far into the file.
 */
class RegistersCheckMemoryTest {

  private static final int ROWS = 1_700_000;

  @TempDir Path dir;

  @Test
  void aRegisterTwiceTheHeapIsCheckedInFlatMemory() throws IOException, InterruptedException {
    Path register = dir.resolve("G3.csv");
    try (BufferedWriter out = Files.newBufferedWriter(register, StandardCharsets.UTF_8)) {
      out.write("出借时间,出借事由,借出人员,归还时间\r\n");
      StringBuilder row = new StringBuilder(96);
      for (int i = 0; i < ROWS; i++) {
        row.setLength(0);
        int day = 1 + i % 28;
        row.append("2026-03-").append(day < 10 ? "0" : "").append(day).append(" 09:00,赴市政务服务中心办理事项")
            .append(i).append(",张伟,2026-03-").append(day < 10 ? "0" : "").append(day).append(" 10:30\r\n");
        if (i == ROWS - 10) {
          row.setLength(0);
          row.append("2026-02-30 09:00,赴市政务服务中心办理事项").append(i).append(",张伟,2026-03-01 10:30\r\n");
        }
        if (i == ROWS - 5) {
          row.setLength(0);
          row.append("2026-03-01 09:00,赴市政务服务中心办理事项0,张伟,2026-03-01 10:30\r\n"); // row 2 again
        }
        out.append(row);
      }
    }
    assertTrue(Files.size(register) > 100_000_000L, "bytes: " + Files.size(register));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xmx48m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), "org.zhidu.cli.Main", "registers", "check", "--as-of",
        "2026-11-23", register.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), output);
    assertEquals(1, p.exitValue(), output);
    List<String> lines = output.lines().toList();
    int bad = ROWS - 10 + 2;
    int again = ROWS - 5 + 2;
    assertTrue(Cli.lists(output, register.toString(), bad + ":1", "错误 G3 [出借时间]"), output);
    assertTrue(Cli.lists(output, register.toString(), again + ":1", "警告 G3"), output);
    assertTrue(output.contains("第 2 行"), output);
    assertEquals(2, lines.stream().filter(l -> l.matches(" +\\d+:\\d+ +(错误|警告) .*")).count(), output);
  }

  /**
   * Regression: a register of one row repeated a million times ran out of memory even with --max-errors 100, every
   * repeat kept as a finding before the hundred were listed.
   */
  @Test
  void aMillionRepeatedRowsWithMaxErrorsKeepOnlyWhatIsListed() throws IOException, InterruptedException {
    Path register = dir.resolve("G3-repeated.csv");
    try (BufferedWriter out = Files.newBufferedWriter(register, StandardCharsets.UTF_8)) {
      out.write("出借时间,出借事由,借出人员,归还时间\n");
      String row = "2026-03-02 09:00,赴市政务服务中心办理事项,张伟,2026-03-02 10:30\n";
      for (int i = 0; i < 1_000_000; i++) {
        out.write(row);
      }
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xmx48m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), "org.zhidu.cli.Main", "registers", "check", "--as-of",
        "2026-11-23", "--max-errors", "100", register.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), output);
    assertEquals(0, p.exitValue(), output); // repeats are warnings
    assertEquals(100, output.lines().filter(l -> l.matches(" +\\d+:\\d+ +警告 G3 .*")).count(), output);
    assertTrue(output.contains("只列出了前 100 条"), output);
  }
}
