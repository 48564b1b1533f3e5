package org.zhidu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden CLI tests found by directory: every {@code examples/**\/*.golden} holds a command line (first line, after
 * "$ zhidu"; "< FILE" feeds standard input), the exit code ("# exit N") and the expected standard output. The
 * README shows the same files. Run with -Dzhidu.golden.update=true to rewrite them after a deliberate change.
 */
class GoldenExamplesTest {

  private static final boolean UPDATE = Boolean.getBoolean("zhidu.golden.update");

  @TestFactory
  Stream<DynamicTest> everyGoldenFileMatches() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Cli.ROOT.resolve("examples"))) {
      files = walk.filter(p -> p.toString().endsWith(".golden")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no golden files under examples/");
    return files.stream().map(file -> DynamicTest.dynamicTest(Cli.ROOT.relativize(file).toString(),
        () -> check(file)));
  }

  private static void check(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    int firstLine = text.indexOf('\n');
    int secondLine = text.indexOf('\n', firstLine + 1);
    String command = text.substring(0, firstLine);
    String exitLine = text.substring(firstLine + 1, secondLine);
    String expected = text.substring(secondLine + 1);
    if (!command.startsWith("$ zhidu ") || !exitLine.startsWith("# exit ")) {
      throw new AssertionError(file + ": starts with \"$ zhidu …\" then \"# exit N\"");
    }
    List<String> args = new ArrayList<>(List.of(command.substring("$ zhidu ".length()).trim().split(" +")));
    byte[] stdin = new byte[0];
    int redirect = args.indexOf("<");
    if (redirect >= 0) {
      stdin = Files.readAllBytes(Cli.ROOT.resolve(args.get(redirect + 1)));
      args = new ArrayList<>(args.subList(0, redirect));
    }
    Cli.Result result = Cli.runWithStdin(stdin, args.toArray(String[]::new));
    if (UPDATE) {
      Files.writeString(file, command + "\n# exit " + result.exitCode() + "\n" + result.out(), StandardCharsets.UTF_8);
      return;
    }
    assertEquals(expected, result.out().replace("\r\n", "\n"), file + " (stderr: " + result.err() + ")");
    assertEquals(Integer.parseInt(exitLine.substring("# exit ".length()).trim()), result.exitCode(),
        file + " exit code");
  }
}
