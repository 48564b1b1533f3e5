package org.zhidu.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * End-to-end timings of the real command line, as a user runs it: the launcher's own java command line on the
 * built jar, wall-clock time per run, median of several runs. Usage: {@code CliTimings ROOT [runs]}.
 */
public final class CliTimings {

  private CliTimings() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 21;
    Path names = Files.createTempFile("zhidu-names-", ".txt");
    Path office = Files.createTempFile("zhidu-office-", ".yaml");
    Files.writeString(office, RotaOffices.yaml(30, 2026), StandardCharsets.UTF_8);
    Path scoreOffice = Files.createTempFile("zhidu-score-office-", ".yaml");
    Path events = Files.createTempFile("zhidu-events-", ".csv");
    Files.writeString(scoreOffice, ScoreCorpus.yaml(ScoreCorpus.office(500)), StandardCharsets.UTF_8);
    Files.writeString(events, ScoreCorpus.csv(ScoreCorpus.events(100_000, 500, 20261123L)), StandardCharsets.UTF_8);
    Path register = Files.createTempFile("zhidu-register-", ".csv");
    RegisterCorpus.write(register, 1_000_000, 20261123L);
    Files.write(names, NameCorpus.names(100_000, 20261123L), StandardCharsets.UTF_8);
    try {
      report("zhidu --version", root, runs, null, "--version");
      report("zhidu names check --stdin --format json (100,000 names)", root, Math.max(5, runs / 3), names,
          "names", "check", "--stdin", "--format", "json");
      report("zhidu rota generate --month 2026-10 (30 clerks)", root, runs, null, "rota", "generate", "--office",
          office.toString(), "--month", "2026-10");
      report("zhidu score --period 2026 (100,000 events, 500 people)", root, Math.max(5, runs / 3), null, "score",
          "--office", scoreOffice.toString(), "--events", events.toString(), "--period", "2026", "--format", "json");
      int registerRuns = Math.max(5, runs / 3);
      double check = report("zhidu registers check (1,000,000 rows, " + Files.size(register) / 1_000_000 + " MB)",
          root, registerRuns, null, "registers", "check", "--as-of", "2026-11-23", register.toString());
      double wc = time("wc -l (the same file)", root, registerRuns, null,
          List.of("wc", "-l", register.toString()));
      System.out.printf("registers check: %,.0f rows/s; %.1f times the time of wc -l%n", 1_000_000 / check,
          check / wc);
    } finally {
      Files.deleteIfExists(register);
      Files.deleteIfExists(names);
      Files.deleteIfExists(office);
      Files.deleteIfExists(scoreOffice);
      Files.deleteIfExists(events);
    }
  }

  private static double report(String label, Path root, int runs, Path stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(root.resolve("zhidu").toString()));
    command.addAll(List.of(args));
    return time(label, root, runs, stdin, command);
  }

  /** Runs a command several times; prints and returns the median wall-clock seconds. */
  private static double time(String label, Path root, int runs, Path stdin, List<String> command)
      throws IOException, InterruptedException {
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
      if (stdin != null) {
        pb.redirectInput(stdin.toFile());
      } else {
        pb.redirectInput(new File("/dev/null"));
      }
      long start = System.nanoTime();
      int code = pb.start().waitFor();
      seconds[i] = (System.nanoTime() - start) / 1e9;
      if (code > 1) {
        throw new IllegalStateException(label + " exited " + code);
      }
    }
    Arrays.sort(seconds);
    System.out.printf("%-60s median %.3f s  min %.3f s  max %.3f s  (%d runs)%n", label, seconds[runs / 2],
        seconds[0], seconds[runs - 1], runs);
    return seconds[runs / 2];
  }
}
