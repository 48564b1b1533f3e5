package org.zhidu.cli.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.cli.Cli;

/**
 * What the names commands read from disk, and how: a PATH through a link, a name that is not UTF-8, a folder the
 * walk cannot read, standard input that is the report's file, a name that holds control characters.
 */
class NamesPathsTest {

  private static final String SPEECH = "2015年6月5日-讲话-施瑞昶区长-全区招商引资工作会议2.doc";
  private static final String SPEECH_FIXED = "2015.06.05-讲话-施瑞昶区长-全区招商引资工作会议2.doc";
  private static final String BROKEN = "遂安府办函[2014]19号-通知-关于做好2014年度调研工作的通知(2014.03.14).doc";

  /** Regression: names fix --apply a/linkdir/. renamed a file outside the tree through the link. */
  @Test
  void aPathThroughASymbolicLinkIsRefusedHoweverItIsSpelled(@TempDir Path dir) throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside2"));
    Files.writeString(outside.resolve(SPEECH), "outside the tree");
    Path tree = Files.createDirectories(dir.resolve("fl"));
    Files.createDirectories(tree.resolve("a"));
    Files.createSymbolicLink(tree.resolve("a/linkdir"), outside);
    for (String spelling : List.of("a/linkdir/.", "a/linkdir/", "a/linkdir//./", "a/linkdir/../outside2",
        "./a/linkdir/.", tree.resolve("a/linkdir").toString() + "/.")) {
      Cli.Result fix = Cli.runIn(tree, new byte[0], "names", "fix", "--apply", spelling);
      assertEquals(2, fix.exitCode(), spelling + ": " + fix.out() + fix.err());
      assertTrue(fix.err().contains("符号链接"), fix.err());
      assertFalse(Files.exists(tree.resolve(".zhidu")), "no journal: nothing was renamed");
      Cli.Result check = Cli.runIn(tree, new byte[0], "names", "check", spelling);
      assertEquals(2, check.exitCode(), "check follows no link either: " + spelling);
    }
    assertTrue(Files.exists(outside.resolve(SPEECH)));
  }

  @Test
  void fixRefusesAFolderOutsideTheWorkingTreeWhileCheckReadsIt(@TempDir Path dir) throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside2"));
    Files.writeString(outside.resolve(SPEECH), "outside the tree");
    Path tree = Files.createDirectories(dir.resolve("fl/a"));
    for (String spelling : List.of("../../outside2", "../../outside2/", outside.toString(), "../..")) {
      Cli.Result fix = Cli.runIn(tree, new byte[0], "names", "fix", "--apply", "-r", spelling);
      assertEquals(2, fix.exitCode(), spelling + ": " + fix.out() + fix.err());
      assertTrue(fix.err().contains("不在当前目录"), fix.err());
    }
    assertTrue(Files.exists(outside.resolve(SPEECH)));
    assertEquals(1, Cli.runIn(tree, new byte[0], "names", "check", "../../outside2").exitCode());
    // inside the tree, however spelled, a fix goes on
    Files.writeString(tree.resolve(SPEECH), "inside");
    assertEquals(0, Cli.runIn(tree, new byte[0], "names", "fix", "../a/.").exitCode());
    assertEquals(0, Cli.runIn(tree, new byte[0], "names", "fix", tree.toString() + "/").exitCode());
  }

  /** Regression: a file name that is not UTF-8 was planned as "caf�" and --apply ended in NoSuchFileException. */
  @Test
  void aNameThatIsNotUtf8IsReportedAndNeverRenamed(@TempDir Path dir) throws Exception {
    String bad = "2015年6月5日-讲话-施瑞昶区长-caf\\351会议2.doc"; // é in Latin-1: one byte, not UTF-8
    assumeTrue(shell(dir, "touch \"$(printf '" + bad + "')\""), "a shell that makes a file of any bytes");
    Files.writeString(dir.resolve(SPEECH), "a");
    Cli.Result check = Cli.runIn(dir, new byte[0], "names", "check", ".");
    assertEquals(2, check.exitCode(), check.out() + check.err());
    assertTrue(check.err().contains(".: 警告: 文件名“2015年6月5日-讲话-施瑞昶区长-caf\\xE9会议2.doc”不是有效的 UTF-8"),
        check.err());
    assertTrue(check.out().contains("检查 1 个名称"), check.out());
    assertFalse(check.out().contains("\uFFFD"), check.out());

    Cli.Result plan = Cli.runIn(dir, new byte[0], "names", "fix", ".");
    assertFalse(plan.out().contains("caf"), "never planned: " + plan.out());
    Cli.Result fix = Cli.runIn(dir, new byte[0], "names", "fix", "--apply", ".");
    assertEquals(2, fix.exitCode(), fix.out() + fix.err());
    assertTrue(fix.err().contains("caf\\xE9"), fix.err());
    assertTrue(Files.exists(dir.resolve(SPEECH_FIXED)), "the other files are renamed");
    Cli.Result en = Cli.runIn(dir, new byte[0], "--lang", "en", "names", "check", ".");
    assertTrue(en.err().contains("is not valid UTF-8"), en.err());
  }

  /** Regression: a file deeper than PATH_MAX was passed over in silence ("检查 0 个名称", exit 0). */
  @Test
  void whatTheWalkCannotReadIsSaidNamingTheFolder(@TempDir Path dir) throws IOException {
    // 24 folders of 200 characters: made as two halves, each short enough to name, then one moved into the other
    String folder = "x".repeat(200);
    Path top = dir;
    Path lower = dir.resolve("t");
    for (int i = 0; i < 12; i++) {
      top = top.resolve(folder);
      lower = lower.resolve(folder);
    }
    Files.createDirectories(top);
    Files.createDirectories(lower);
    Files.writeString(lower.resolve(BROKEN), "at the bottom");
    Path moved = top.resolve(folder);
    Files.move(dir.resolve("t").resolve(folder), moved);
    try {
      Cli.Result check = Cli.runIn(dir, new byte[0], "names", "check", "--recursive", ".");
      assertEquals(2, check.exitCode(), check.out() + check.err());
      assertTrue(check.err().contains(": 警告: “" + folder + "”的完整路径长"), check.err());
      assertTrue(check.err().startsWith(folder + "/" + folder + "/"), "the folder is named: " + check.err());
      Cli.Result fix = Cli.runIn(dir, new byte[0], "names", "fix", "--recursive", ".");
      assertEquals(2, fix.exitCode(), fix.out() + fix.err());
      assertTrue(fix.err().contains("超过系统上限"), fix.err());
    } finally {
      Files.move(moved, dir.resolve("t").resolve(folder)); // back within reach, so the folder can be deleted
    }
  }

  /** Regression: names check --stdin -o F < F replaced its own input with the report. */
  @Test
  void standardInputThatIsTheOutputFileIsRefused(@TempDir Path dir) throws IOException {
    Path names = dir.resolve("names.txt");
    Files.writeString(names, BROKEN + "\n");
    Cli.Result r = Cli.runWithStdinFile(dir, names, "names", "check", "--stdin", "-o", "names.txt");
    assertEquals(2, r.exitCode(), r.out() + r.err());
    assertTrue(r.err().contains("--output 指向本命令的输入文件 names.txt"), r.err());
    assertEquals(BROKEN + "\n", Files.readString(names));
    Cli.Result other = Cli.runWithStdinFile(dir, names, "names", "check", "--stdin", "-o", "report.txt");
    assertEquals(1, other.exitCode(), other.err());
    assertTrue(Files.readString(dir.resolve("report.txt")).contains("建议更名为"));
  }

  /** Regression: a file name holding LF or ESC printed a fake line, or coloured the terminal, in every text output. */
  @Test
  void controlCharactersInANameAreShownNotObeyed(@TempDir Path dir) throws IOException {
    String withLf = "2015年6月5日-讲话-施瑞昶区长-全区招商\n引资工作会议2.doc";
    String withEsc = "2015年6月5日-讲话-施瑞昶区长-全区\u001b[31m招商引资工作会议3.doc";
    try {
      Files.writeString(dir.resolve(withLf), "a");
      Files.writeString(dir.resolve(withEsc), "b");
    } catch (java.nio.file.InvalidPathException | IOException e) {
      assumeTrue(false, "a file system that takes LF and ESC in a name");
    }
    Cli.Result plan = Cli.runIn(dir, new byte[0], "names", "fix", ".");
    Cli.Result check = Cli.runIn(dir, new byte[0], "names", "check", ".");
    Cli.Result explain = Cli.runIn(dir, new byte[0], "names", "explain", withLf.replace("全区", "全区\u0007\r"));
    for (Cli.Result r : List.of(plan, check, explain)) {
      assertFalse(r.out().contains("\u001b") || r.out().contains("\u0007") || r.out().contains("\r"), r.out());
      for (String line : r.out().split("\n")) {
        assertFalse(line.startsWith("引资"), "no line made of the rest of a name: " + r.out());
      }
    }
    assertTrue(plan.out().contains("全区招商\\x0A引资工作会议2.doc → "), plan.out());
    assertTrue(check.out().contains("全区招商\\x0A引资工作会议2.doc\n") && check.out().contains("\n  建议更名为："), check.out());
    assertTrue(explain.out().startsWith("2015年6月5日-讲话-施瑞昶区长-全区\\x07\\x0D招商\\x0A引资"), explain.out());
  }

  /** Runs a POSIX shell script in a folder; false when there is no such shell or the script failed. */
  private static boolean shell(Path dir, String script) throws InterruptedException {
    try {
      Process p = new ProcessBuilder("sh", "-c", script).directory(dir.toFile()).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
