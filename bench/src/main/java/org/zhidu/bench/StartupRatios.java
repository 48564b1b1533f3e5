package org.zhidu.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The start-up figures as multiples of a JVM hello world, measured as the machine is: each round runs, one after the
 * other, a hello world (the launcher's JVM options, a class of its own on the class path) and each command through
 * the real launcher, so that a busy spell weighs on all of them alike; the medians over the rounds, and each median as
 * a multiple of the hello world's. The long names report is timed twice: its input redirected from a file, and sent
 * through a pipe (written by this process as it is read). Usage: {@code StartupRatios ROOT [rounds]}, ROOT the
 * checkout whose {@code ./zhidu} is timed (run it once before, so its start-up cache is made).
 */
public final class StartupRatios {

  private StartupRatios() {}

  /** The hello world itself. */
  public static final class Hello {
    private Hello() {}

    public static void main(String[] args) {
      System.out.println("hello");
    }
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Path dir = Files.createTempDirectory("zhidu-startup-");
    Path helloClass = dir.resolve("org/zhidu/bench/StartupRatios$Hello.class");
    Files.createDirectories(helloClass.getParent());
    try (InputStream in = StartupRatios.class.getResourceAsStream("StartupRatios$Hello.class")) {
      Files.write(helloClass, in.readAllBytes());
    }
    Path names = dir.resolve("names.txt");
    Files.write(names, NameCorpus.names(100_000, 42L), StandardCharsets.UTF_8);
    String zhidu = root.resolve("zhidu").toString();
    Map<String, Run> runs = new LinkedHashMap<>();
    runs.put("hello world", new Run(List.of("java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
        dir.toString(), "org.zhidu.bench.StartupRatios$Hello"), null, false));
    runs.put("zhidu --version", new Run(List.of(zhidu, "--version"), null, false));
    runs.put("zhidu calendar due 2026-10-01 3", new Run(List.of(zhidu, "calendar", "due", "2026-10-01", "3"), null,
        false));
    List<String> check = List.of(zhidu, "names", "check", "--stdin", "--format", "json");
    runs.put("names check --stdin --format json < names.txt", new Run(check, names, false));
    runs.put("cat names.txt | names check --stdin --format json", new Run(check, names, true));
    Map<String, double[]> times = new LinkedHashMap<>();
    runs.keySet().forEach(k -> times.put(k, new double[rounds]));
    try {
      for (int r = 0; r < rounds; r++) {
        for (Map.Entry<String, Run> e : runs.entrySet()) {
          times.get(e.getKey())[r] = e.getValue().time(root);
        }
      }
    } finally {
      try (var tree = Files.walk(dir)) {
        for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    double hello = median(times.get("hello world"));
    System.out.printf("%d rounds, %d cores; medians (fastest–slowest), and the median as a multiple of the hello world's%n",
        rounds, Runtime.getRuntime().availableProcessors());
    for (Map.Entry<String, double[]> e : times.entrySet()) {
      double[] t = e.getValue().clone();
      Arrays.sort(t);
      System.out.printf("%-52s %8.1f ms (%.1f–%.1f)  %5.2f ×%n", e.getKey(), median(t) * 1e3, t[0] * 1e3,
          t[t.length - 1] * 1e3, median(t) / hello);
    }
  }

  private static double median(double[] values) {
    double[] t = values.clone();
    Arrays.sort(t);
    return t[t.length / 2];
  }

  /** A command, its standard input (a file, or none), and whether that file comes through a pipe. */
  private record Run(List<String> command, Path stdin, boolean piped) {

    /** Runs it once; the wall-clock seconds from start to exit. */
    double time(Path root) throws IOException, InterruptedException {
      ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(root.toFile())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
      if (stdin == null) {
        pb.redirectInput(new File("/dev/null"));
      } else if (!piped) {
        pb.redirectInput(stdin.toFile());
      }
      long start = System.nanoTime();
      Process p = pb.start();
      if (piped) {
        try (OutputStream in = p.getOutputStream()) {
          Files.copy(stdin, in);
        }
      }
      int code = p.waitFor();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (code > 1) {
        throw new IllegalStateException(String.join(" ", command) + " exited " + code);
      }
      return seconds;
    }
  }
}
