package org.zhidu.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.cli.Cli;
import org.zhidu.cli.Lang;
import org.zhidu.cli.Main;
import org.zhidu.cli.Texts;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.RuleId;

/** Issue 12: findings as a person reads them at an 80-column terminal. */
class FindingTextTest {

  private static final Texts ZH = new Texts(Lang.ZH);
  private static final Texts EN = new Texts(Lang.EN);
  private static final String G2 = "examples/registers/broken/G2-用印登记.csv";
  private static final String G3 = "examples/registers/broken/G3-印章出借登记.csv";

  private static Finding finding(String file, int line, int column, Severity severity, String key, String... args) {
    return new Finding(RuleId.of("Z9"), severity, new Location(file, line, column, null), Message.of(key, args), null);
  }

  @Test
  void eachFileIsAHeadingOnceAndItsFindingsFollowInOrder() {
    List<String> lines = FindingText.block(List.of(
        finding("a.csv", 2, 40, Severity.ERROR, "input.not_found"),
        finding("b.csv", 3, 1, Severity.WARNING, "input.not_found"),
        finding("a.csv", 12, 5, Severity.INFO, "input.not_found")), ZH, "", false);
    String missing = ZH.get("input.not_found");
    assertEquals(List.of(
        "a.csv",
        "  2:40 错误 Z9 " + missing,
        "  12:5 提示 Z9 " + missing,
        "b.csv",
        "  3:1 警告 Z9 " + missing), lines);
  }

  @Test
  void severityWordsAreInTheMessageLanguageAndPaddedToOneWidth() {
    List<String> lines = FindingText.block(List.of(
        finding("a.csv", 2, 1, Severity.ERROR, "input.not_found"),
        finding("a.csv", 3, 1, Severity.WARNING, "input.not_found")), EN, "", false);
    assertTrue(lines.get(1).startsWith("  2:1 error   Z9 "), lines.get(1));
    assertTrue(lines.get(2).startsWith("  3:1 warning Z9 "), lines.get(2));
  }

  @Test
  void everyLineOfARealReportFitsEightyColumns() {
    for (String[] command : List.of(
        new String[] {"names", "check", "examples/anju/archive"},
        new String[] {"registers", "check", "--as-of", "2026-11-23", G2, G3},
        new String[] {"--lang", "en", "registers", "check", "--as-of", "2026-11-23", G2, G3},
        new String[] {"secrecy", "check", "examples/party-office/secrecy/copies-2026.csv", "--pack", "party-office",
            "--office", "examples/party-office/office.yaml", "--as-of", "2026-12-01"})) {
      String out = Cli.run(command).out();
      for (String line : out.split("\n")) {
        // a heading is a path, and the summary names files: neither can be cut
        boolean entry = line.startsWith("  ") && !line.contains("建议更名为");
        assertTrue(!entry || DisplayWidth.of(line) <= FindingText.WIDTH,
            DisplayWidth.of(line) + " columns: " + line);
      }
      assertTrue(out.contains("\n  "), out);
    }
  }

  @Test
  void wrappingBreaksBetweenWordsAndNeverBeforeAClosingMark() {
    assertEquals(List.of("aaaa bbbb", "cccc"), FindingText.wrap("aaaa bbbb cccc", 10, 10));
    assertEquals(List.of("一二三四", "五。"), FindingText.wrap("一二三四五。", 10, 10));
    assertEquals(List.of("一二三四", "“五六”"), FindingText.wrap("一二三四“五六”", 10, 10));
    assertEquals(List.of("date", "2015.06.12"), FindingText.wrap("date 2015.06.12", 10, 10));
    assertEquals(List.of("abcdefghij", "klm"), FindingText.wrap("abcdefghijklm", 10, 10));
  }

  @Test
  void severitiesAreColouredOnlyWhenTheOutputIsATerminal() {
    String[] args = {"registers", "check", "--as-of", "2026-11-23", G2};
    assertTrue(run(false, args).contains("\u001B[1;31m错误\u001B[0m"), run(false, args));
    assertFalse(run(true, args).contains("\u001B"), run(true, args));
    assertFalse(run(false, prepend("--color=never", args)).contains("\u001B"));
    assertTrue(run(true, prepend("--color", "always", args)).contains("\u001B[1;31m错误"));
    // a report written to a file is never coloured, whatever the terminal
    assertFalse(Colour.allowed(new PrintWriter(new StringWriter())));
  }

  @Test
  void noColorCountsOnlyWhenNotEmptyAndAPipeIsNeverColoured() {
    assertTrue(Colour.AUTO.on(true, null));
    assertTrue(Colour.AUTO.on(true, ""), "an empty NO_COLOR= does not count");
    assertFalse(Colour.AUTO.on(true, "1"));
    assertFalse(Colour.AUTO.on(false, null), "a pipe or a file");
    assertTrue(Colour.ALWAYS.on(false, "1"));
    assertFalse(Colour.NEVER.on(true, null));
    assertEquals(Colour.ALWAYS, Colour.fromArgs(new String[] {"--color", "always", "names"}));
    assertEquals(Colour.NEVER, Colour.fromArgs(new String[] {"--color=never"}));
    assertEquals(Colour.AUTO, Colour.fromArgs(new String[] {"--", "--color=never"}));
  }

  private static String[] prepend(Object... parts) {
    List<String> all = new java.util.ArrayList<>();
    for (Object part : parts) {
      if (part instanceof String[] many) {
        all.addAll(List.of(many));
      } else {
        all.add((String) part);
      }
    }
    return all.toArray(String[]::new);
  }

  private static String run(boolean notTerminal, String... args) {
    StringWriter out = new StringWriter();
    Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()), new java.io.ByteArrayInputStream(
        new byte[0]), Cli.CLOCK, Cli.ROOT, notTerminal);
    return out.toString();
  }
}
