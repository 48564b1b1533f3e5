package org.zhidu.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command the README quotes runs as written and prints what the README shows, so the README cannot go stale.
 *
 * <p>The convention: a fenced block marked {@code console} is a terminal session. A line {@code $ ./zhidu …} is a
 * command run from the repository's root (after a {@code #} and a space, a comment); the lines up to the next
 * {@code $} line are what it prints, standard output then standard error. {@code $ echo $?} prints the exit code of
 * the command before it. Where the README leaves something out, a line {@code …} alone (indented or not) stands
 * for any number of lines, and {@code …} inside a line for any text. Each block runs in a fresh copy of
 * {@code examples/} (commands such as {@code names fix --apply} change it), on the tests' fixed clock (2026-11-23
 * 09:00 in Beijing). A {@code $ } line outside such a block is an error, so that no example escapes the check.
 */
class ReadmeExamplesTest {

  private static final Path README = Cli.ROOT.resolve("README.md");

  /** One command of a block and the lines it must print. */
  record Step(int line, String command, List<String> expected) {}

  /** A console block: its first line in the README and its steps. */
  record Block(int line, List<Step> steps) {}

  @TestFactory
  Stream<DynamicTest> everyConsoleBlockOfTheReadmeRunsAsShown() throws IOException {
    List<Block> blocks = blocks(Files.readAllLines(README, StandardCharsets.UTF_8));
    assertTrue(blocks.size() >= 20, "the README's console blocks were not found: " + blocks.size());
    return blocks.stream().map(block -> DynamicTest.dynamicTest(
        "README.md:" + block.line() + " " + block.steps().get(0).command(), () -> run(block)));
  }

  @Test
  void noCommandIsQuotedOutsideAConsoleBlock() throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    String fence = null;
    List<String> outside = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```")) {
        fence = fence == null ? line.substring(3).trim() : null;
      } else if (!"console".equals(fence) && line.startsWith("$ ")) {
        outside.add("README.md:" + (i + 1) + ": " + line);
      }
    }
    assertTrue(outside.isEmpty(), "commands quoted outside a console block (not checked):\n"
        + String.join("\n", outside));
  }

  @Test
  void theMatcherTellsAMismatchFromAnElision() {
    assertTrue(matches(List.of("a", "…", "z"), List.of("a", "b", "c", "z")));
    assertTrue(matches(List.of("a", "…", "z"), List.of("a", "z")));
    assertTrue(matches(List.of("a", "  …"), List.of("a", "  b", "  c")));
    assertTrue(matches(List.of("日志：….json"), List.of("日志：names-20261123-090000.json")));
    assertFalse(matches(List.of("a", "…", "z"), List.of("a", "b")));
    assertFalse(matches(List.of("a", "b"), List.of("a", "b", "c")));
    assertFalse(matches(List.of("a  b"), List.of("a b")));
    assertFalse(matches(List.of("x…y"), List.of("xz")));
  }

  @Test
  void argumentsAreSplitAsAShellWould(@TempDir Path dir) throws IOException {
    Files.createFile(dir.resolve("b.csv"));
    Files.createFile(dir.resolve("a.csv"));
    Files.createFile(dir.resolve("c.txt"));
    assertTrue(words("./zhidu x 'a b' \"c d\"   e # a comment", dir)
        .equals(List.of("./zhidu", "x", "a b", "c d", "e")));
    assertTrue(words("./zhidu *.csv", dir).equals(List.of("./zhidu", "a.csv", "b.csv")),
        words("./zhidu *.csv", dir).toString());
    assertTrue(words("./zhidu '#1'", dir).equals(List.of("./zhidu", "#1")));
  }

  static List<Block> blocks(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).equals("```console")) {
        continue;
      }
      int start = i + 1;
      List<Step> steps = new ArrayList<>();
      Step step = null;
      for (i = start; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
        String line = lines.get(i);
        if (line.startsWith("$ ")) {
          step = new Step(i + 1, line.substring(2), new ArrayList<>());
          steps.add(step);
        } else if (step == null) {
          throw new AssertionError("README.md:" + (i + 1) + ": a console block starts with a $ command");
        } else {
          step.expected().add(line);
        }
      }
      // a blank line between two commands only separates them
      for (Step s : steps) {
        List<String> expected = s.expected();
        while (!expected.isEmpty() && expected.get(expected.size() - 1).isEmpty()) {
          expected.remove(expected.size() - 1);
        }
      }
      blocks.add(new Block(start, steps));
    }
    return blocks;
  }

  private static void run(Block block) throws IOException {
    Path root = Files.createTempDirectory("zhidu-readme-");
    try {
      copy(Cli.ROOT.resolve("examples"), root.resolve("examples"));
      int lastExit = 0;
      for (Step step : block.steps()) {
        List<String> words = words(step.command(), root);
        String printed;
        if (words.equals(List.of("echo", "$?"))) {
          printed = lastExit + "\n";
        } else {
          if (words.isEmpty() || !words.get(0).equals("./zhidu")) {
            throw new AssertionError("README.md:" + step.line() + ": only ./zhidu and echo $? are run: "
                + step.command());
          }
          List<String> args = new ArrayList<>(words.subList(1, words.size()));
          int redirect = args.indexOf("<");
          Cli.Result result;
          if (redirect >= 0) {
            Path stdin = root.resolve(args.get(redirect + 1));
            args = new ArrayList<>(args.subList(0, redirect));
            result = Cli.runWithStdinFile(root, stdin, args.toArray(String[]::new));
          } else {
            result = Cli.runIn(root, new byte[0], args.toArray(String[]::new));
          }
          lastExit = result.exitCode();
          printed = result.out() + result.err();
        }
        List<String> actual = new ArrayList<>(List.of(printed.replace("\r\n", "\n").split("\n", -1)));
        while (!actual.isEmpty() && actual.get(actual.size() - 1).isEmpty()) {
          actual.remove(actual.size() - 1);
        }
        if (!matches(step.expected(), actual)) {
          fail("README.md:" + step.line() + ": $ " + step.command() + "\n--- the README shows:\n"
              + String.join("\n", step.expected()) + "\n--- the command printed:\n" + String.join("\n", actual));
        }
      }
    } finally {
      delete(root);
    }
  }

  /** Whether the printed lines match the expected ones, a line {@code …} standing for any lines. */
  static boolean matches(List<String> expected, List<String> actual) {
    int n = expected.size();
    int m = actual.size();
    boolean[][] ok = new boolean[n + 1][m + 1]; // ok[i][j]: expected from i matches actual from j
    ok[n][m] = true;
    for (int i = n - 1; i >= 0; i--) {
      String e = expected.get(i);
      for (int j = m; j >= 0; j--) {
        if (e.strip().equals("…")) {
          ok[i][j] = ok[i + 1][j] || j < m && ok[i][j + 1];
        } else {
          ok[i][j] = j < m && lineMatches(e, actual.get(j)) && ok[i + 1][j + 1];
        }
      }
    }
    return ok[0][0];
  }

  private static boolean lineMatches(String expected, String actual) {
    if (expected.equals(actual)) {
      return true;
    }
    if (!expected.contains("…")) {
      return false;
    }
    StringBuilder regex = new StringBuilder();
    for (String part : expected.split("…", -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual).matches();
  }

  /** The command's words: quotes removed, a comment dropped, a word with {@code *} expanded in {@code dir}. */
  static List<String> words(String command, Path dir) throws IOException {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    boolean glob = false;
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (c == ' ') {
        glob = add(words, word, glob, dir);
        word = null;
      } else if (c == '#' && word == null) {
        break;
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
        glob |= c == '*';
      }
    }
    add(words, word, glob, dir);
    return words;
  }

  private static boolean add(List<String> words, StringBuilder word, boolean glob, Path dir) throws IOException {
    if (word == null) {
      return false;
    }
    String text = word.toString();
    if (!glob) {
      words.add(text);
      return false;
    }
    // the folder part is taken as written, the name part matched as the shell does, sorted by name
    int slash = text.lastIndexOf('/');
    String folder = slash < 0 ? "" : text.substring(0, slash + 1);
    Pattern name = Pattern.compile(Pattern.quote(text.substring(slash + 1)).replace("*", "\\E[^/]*\\Q"));
    try (Stream<Path> files = Files.list(dir.resolve(folder.isEmpty() ? "." : folder))) {
      List<String> found = files.map(p -> p.getFileName().toString()).filter(n -> name.matcher(n).matches())
          .filter(n -> !n.startsWith(".")).sorted().map(n -> folder + n).toList();
      words.addAll(found.isEmpty() ? List.of(text) : found);
    }
    return false;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
