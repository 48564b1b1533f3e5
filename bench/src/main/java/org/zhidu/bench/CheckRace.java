package org.zhidu.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One check of a large register against {@code registers check} on a G3 register of the same size in bytes, end to
 * end through {@code ./zhidu}, the two alternating with {@code zhidu --version} (a JVM start) as the reference of the
 * moment; the medians and their ratio are printed.
 */
final class CheckRace {

  private CheckRace() {}

  /**
   * @param name the check's name in the report ("leave check")
   * @param rows the rows of its register
   * @param input its register
   * @param args its arguments after {@code zhidu}
   */
  static void run(Path root, int rounds, String name, int rows, Path input, List<String> args) throws Exception {
    Path register = Files.createTempFile("zhidu-register-", ".csv");
    try {
      // a G3 row of RegisterCorpus is about 72 bytes: as many rows as make the same number of bytes
      int registerRows = (int) (Files.size(input) / 72);
      RegisterCorpus.write(register, registerRows, 20261123L);
      System.out.printf("%s: %,d rows, %,d bytes; G3 register: %,d rows, %,d bytes%n", name, rows, Files.size(input),
          registerRows, Files.size(register));
      List<String> zhidu = List.of(root.resolve("zhidu").toString());
      List<String> check = new ArrayList<>(zhidu);
      check.addAll(args);
      List<String> registersCheck = concat(zhidu, "registers", "check", "--as-of", "2026-11-23",
          register.toString());
      List<String> version = concat(zhidu, "--version");
      // warm the file cache and the class-data archive; the summary line shows the register is clean
      Path summary = Files.createTempFile("zhidu-summary-", ".txt");
      new ProcessBuilder(check).directory(root.toFile()).redirectErrorStream(true).redirectOutput(summary.toFile())
          .start().waitFor();
      List<String> lines = Files.readAllLines(summary, StandardCharsets.UTF_8);
      System.out.println(name + ": " + (lines.isEmpty() ? "" : lines.get(lines.size() - 1)));
      Files.delete(summary);
      double[] c = new double[rounds];
      double[] g = new double[rounds];
      double[] v = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        c[i] = time(root, check);
        g[i] = time(root, registersCheck);
        v[i] = time(root, version);
        System.out.printf("round %d: %s %.3f s, registers check %.3f s, --version %.3f s%n", i + 1, name, c[i], g[i],
            v[i]);
      }
      double cm = median(c);
      double gm = median(g);
      System.out.printf("median: %s %.3f s (%,.0f rows/s), registers check %.3f s (%,.0f rows/s), "
          + "--version %.3f s; ratio %.2f%n", name, cm, rows / cm, gm, registerRows / gm, median(v), cm / gm);
    } finally {
      Files.deleteIfExists(register);
    }
  }

  static List<String> concat(List<String> head, String... tail) {
    List<String> out = new ArrayList<>(head);
    out.addAll(List.of(tail));
    return out;
  }

  private static double time(Path root, List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
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
