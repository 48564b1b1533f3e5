package org.zhidu.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code leave check} on a 1,000,000-row leave register against {@code registers check} on a G3 register of the same
 * size in bytes, end to end through {@code ./zhidu}, the two alternating with {@code zhidu --version} (a JVM start)
 * as the reference of the moment. Usage: {@code LeaveTimings ROOT [rounds]}, or {@code LeaveTimings write DIR} for
 * the inputs alone.
 */
public final class LeaveTimings {

  private LeaveTimings() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("write")) {
      // the inputs alone, for profiling: LeaveTimings write DIR
      Path dir = Path.of(args[1]);
      Files.writeString(dir.resolve("office.yaml"), LeaveCorpus.officeYaml(), StandardCharsets.UTF_8);
      LeaveCorpus.write(dir.resolve("leave.csv"), 1_000_000, 20261202L);
      return;
    }
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    int rows = 1_000_000;
    Path office = Files.createTempFile("zhidu-leave-office-", ".yaml");
    Path leave = Files.createTempFile("zhidu-leave-", ".csv");
    Path register = Files.createTempFile("zhidu-register-", ".csv");
    try {
      Files.writeString(office, LeaveCorpus.officeYaml(), StandardCharsets.UTF_8);
      LeaveCorpus.write(leave, rows, 20261202L);
      // a G3 row of RegisterCorpus is about 72 bytes: as many rows as make the same number of bytes
      int registerRows = (int) (Files.size(leave) / 72);
      RegisterCorpus.write(register, registerRows, 20261123L);
      System.out.printf("leave register: %,d rows, %,d bytes; G3 register: %,d rows, %,d bytes%n", rows,
          Files.size(leave), registerRows, Files.size(register));
      List<String> zhidu = List.of(root.resolve("zhidu").toString());
      List<String> leaveCheck = concat(zhidu, "leave", "check", leave.toString(), "--office", office.toString(),
          "--as-of", "2026-12-01");
      List<String> registersCheck = concat(zhidu, "registers", "check", "--as-of", "2026-11-23",
          register.toString());
      List<String> version = concat(zhidu, "--version");
      // warm the file cache and the class-data archive; the summary line shows the register is clean
      Path summary = Files.createTempFile("zhidu-leave-summary-", ".txt");
      new ProcessBuilder(leaveCheck).directory(root.toFile()).redirectOutput(summary.toFile())
          .redirectError(ProcessBuilder.Redirect.INHERIT).start().waitFor();
      List<String> lines = Files.readAllLines(summary, StandardCharsets.UTF_8);
      System.out.println("leave check: " + lines.get(lines.size() - 1));
      Files.delete(summary);
      double[] l = new double[rounds];
      double[] g = new double[rounds];
      double[] v = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        l[i] = run(root, leaveCheck);
        g[i] = run(root, registersCheck);
        v[i] = run(root, version);
        System.out.printf("round %d: leave check %.3f s, registers check %.3f s, --version %.3f s%n", i + 1, l[i],
            g[i], v[i]);
      }
      double lm = median(l);
      double gm = median(g);
      System.out.printf("median: leave check %.3f s (%,.0f rows/s), registers check %.3f s (%,.0f rows/s), "
          + "--version %.3f s; leave/registers %.2f%n", lm, rows / lm, gm, registerRows / gm, median(v), lm / gm);
    } finally {
      Files.deleteIfExists(office);
      Files.deleteIfExists(leave);
      Files.deleteIfExists(register);
    }
  }

  private static List<String> concat(List<String> head, String... tail) {
    List<String> out = new ArrayList<>(head);
    out.addAll(List.of(tail));
    return out;
  }

  private static double run(Path root, List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT)
        .redirectInput(new File("/dev/null"));
    long start = System.nanoTime();
    int code = pb.start().waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (code > 1) {
      throw new IllegalStateException(command + " exited " + code);
    }
    return seconds;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
