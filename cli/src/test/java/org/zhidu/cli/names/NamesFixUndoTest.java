package org.zhidu.cli.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.cli.Cli;

/** names fix and undo on real folders: nothing overwritten, nothing lost, everything undoable. */
class NamesFixUndoTest {

  private static final String VALID = "遂安府办函〔2014〕19号-通知-关于做好2014年度调研工作的通知(2014.03.14).doc";
  private static final String BROKEN = "遂安府办函[2014]19号-通知-关于做好2014年度调研工作的通知(2014.03.14).doc";
  private static final String DRAFT = "20150612-发言-刘德福副区长-全市农村工作会议交流发言初(送审).doc";
  private static final String DRAFT_FIXED = "2015.06.12-发言-刘德福副区长-全市农村工作会议交流发言初(送审).doc";

  @Test
  void withoutApplyNothingChanges(@TempDir Path dir) throws IOException {
    write(dir.resolve(BROKEN), "a");
    Map<String, String> before = snapshot(dir);
    Cli.Result r = Cli.runIn(dir, new byte[0], "names", "fix", ".");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains(BROKEN + " → " + VALID), r.out());
    assertEquals(before, snapshot(dir));
  }

  @Test
  void applyRenamesWritesAJournalAndUndoRestoresEveryNameAndByte(@TempDir Path dir) throws IOException {
    write(dir.resolve(BROKEN), "公文正文");
    write(dir.resolve("sub").resolve(DRAFT), "讲话稿");
    Map<String, String> before = snapshot(dir);
    Cli.Result fix = Cli.runIn(dir, new byte[0], "names", "fix", "--recursive", "--apply", "--journal", "j.json", ".");
    assertEquals(0, fix.exitCode(), fix.out() + fix.err());
    assertTrue(Files.exists(dir.resolve(VALID)));
    assertTrue(Files.exists(dir.resolve("sub").resolve(DRAFT_FIXED)));
    assertFalse(Files.exists(dir.resolve(BROKEN)));
    assertEquals("公文正文", Files.readString(dir.resolve(VALID)));

    Cli.Result undo = Cli.runIn(dir, new byte[0], "names", "undo", "j.json");
    assertEquals(0, undo.exitCode(), undo.out() + undo.err());
    Map<String, String> after = snapshot(dir);
    after.remove("j.json");
    assertEquals(before, after);
  }

  @Test
  void theDefaultJournalGoesUnderDotZhidu(@TempDir Path dir) throws IOException {
    write(dir.resolve(BROKEN), "a");
    Cli.Result fix = Cli.runIn(dir, new byte[0], "names", "fix", "--apply", ".");
    assertTrue(fix.out().contains(".zhidu/journal/names-20261123-090000.json"), fix.out());
    assertTrue(Files.exists(dir.resolve(".zhidu/journal/names-20261123-090000.json")));
  }

  @Test
  void anExistingTargetIsNeverOverwritten(@TempDir Path dir) throws IOException {
    write(dir.resolve(BROKEN), "broken");
    write(dir.resolve(VALID), "valid");
    Cli.Result fix = Cli.runIn(dir, new byte[0], "names", "fix", "--apply", ".");
    assertEquals(1, fix.exitCode(), "a skipped name stays wrong");
    assertTrue(fix.out().contains("已存在"), fix.out());
    assertEquals("broken", Files.readString(dir.resolve(BROKEN)));
    assertEquals("valid", Files.readString(dir.resolve(VALID)));
  }

  @Test
  void twoFilesWithTheSameFixAreBothSkipped(@TempDir Path dir) throws IOException {
    write(dir.resolve(BROKEN), "a");
    write(dir.resolve(BROKEN.replace("[2014]", "【2014】")), "b");
    Cli.Result fix = Cli.runIn(dir, new byte[0], "names", "fix", "--apply", ".");
    assertTrue(fix.out().contains("另一个文件也要改名为"), fix.out());
    assertEquals(2, snapshot(dir).size());
  }

  @Test
  void undoIsRefusedAndChangesNothingWhenAFileChangedSince(@TempDir Path dir) throws IOException {
    write(dir.resolve(BROKEN), "a");
    write(dir.resolve(DRAFT), "b");
    Cli.runIn(dir, new byte[0], "names", "fix", "--apply", "--journal", "j.json", ".");
    write(dir.resolve(VALID), "edited after the rename");
    Map<String, String> before = snapshot(dir);
    Cli.Result undo = Cli.runIn(dir, new byte[0], "names", "undo", "j.json");
    assertEquals(2, undo.exitCode());
    assertTrue(undo.err().contains("拒绝撤销"), undo.err());
    assertEquals(before, snapshot(dir), "nothing was changed, not even the file that could be undone");
  }

  @Test
  void undoIsRefusedWhenTheOriginalNameIsTakenAgain(@TempDir Path dir) throws IOException {
    write(dir.resolve(BROKEN), "a");
    Cli.runIn(dir, new byte[0], "names", "fix", "--apply", "--journal", "j.json", ".");
    write(dir.resolve(BROKEN), "a new file under the old name");
    Cli.Result undo = Cli.runIn(dir, new byte[0], "names", "undo", "j.json");
    assertEquals(2, undo.exitCode());
    assertTrue(undo.err().contains("原名已被占用"), undo.err());
  }

  /**
   * Regression: fix killed (kill -9, a power cut) between the two steps of a no-clobber rename — the new name linked,
   * the old one not yet removed — left one file under both names; undo then refused the whole journal ("原名已被占用")
   * and the tree stayed half renamed. Both names of the one file are that entry half done: undo keeps the old name
   * and removes the new one, and restores the others.
   */
  @Test
  void aRenameStoppedBetweenItsLinkAndItsRemovalIsUndoneWithTheOthers(@TempDir Path dir) throws IOException {
    write(dir.resolve(BROKEN), "公文正文");
    write(dir.resolve(DRAFT), "讲话稿");
    Map<String, String> before = snapshot(dir);
    Cli.runIn(dir, new byte[0], "names", "fix", "--apply", "--journal", "j.json", ".");
    // the state a kill leaves between Files.createLink(new, old) and Files.delete(old)
    Files.createLink(dir.resolve(DRAFT), dir.resolve(DRAFT_FIXED));
    Cli.Result undo = Cli.runIn(dir, new byte[0], "names", "undo", "j.json");
    assertEquals(0, undo.exitCode(), undo.out() + undo.err());
    Map<String, String> after = snapshot(dir);
    after.remove("j.json");
    assertEquals(before, after);

    // a file under the old name that is another file, even with the same bytes, is no half-done rename
    Cli.runIn(dir, new byte[0], "names", "fix", "--apply", "--journal", "k.json", ".");
    Files.copy(dir.resolve(DRAFT_FIXED), dir.resolve(DRAFT));
    Map<String, String> copied = snapshot(dir);
    Cli.Result refused = Cli.runIn(dir, new byte[0], "names", "undo", "k.json");
    assertEquals(2, refused.exitCode(), refused.out());
    assertTrue(refused.err().contains("原名已被占用"), refused.err());
    assertEquals(copied, snapshot(dir));
  }

  @Test
  void undoingTwiceFindsNothingToDo(@TempDir Path dir) throws IOException {
    write(dir.resolve(BROKEN), "a");
    Cli.runIn(dir, new byte[0], "names", "fix", "--apply", "--journal", "j.json", ".");
    assertEquals(0, Cli.runIn(dir, new byte[0], "names", "undo", "j.json").exitCode());
    Cli.Result again = Cli.runIn(dir, new byte[0], "names", "undo", "j.json");
    assertEquals(0, again.exitCode());
    // issue 12: a second undo said "restored 0 names", as if something had failed
    assertEquals("j.json 已撤销过（或当初未执行）：1 个文件都是原名，未做任何更改。\n", again.out());
    Cli.Result english = Cli.runIn(dir, new byte[0], "--lang", "en", "names", "undo", "j.json");
    assertTrue(english.out().startsWith("j.json was already undone (or never carried out): its 1 file has the old"),
        english.out());
  }

  /** Issue 12: undo given the journals' folder said only that it was a folder; it names the newest journal. */
  @Test
  void undoOfTheJournalFolderNamesTheNewestJournal(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".zhidu/journal"));
    Cli.Result empty = Cli.runIn(dir, new byte[0], "names", "undo", ".zhidu/journal");
    assertEquals(2, empty.exitCode());
    assertTrue(empty.err().startsWith(".zhidu/journal: 错误: 这是文件夹，不是日志文件"), empty.err());
    write(dir.resolve(".zhidu/journal/names-20261120-100000.json"), "{}");
    write(dir.resolve(".zhidu/journal/names-20261122-080000.json"), "{}");
    write(dir.resolve(".zhidu/journal/notes.txt"), "");
    Cli.Result r = Cli.runIn(dir, new byte[0], "names", "undo", ".zhidu/journal/");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("其中最近的日志是 .zhidu/journal/names-20261122-080000.json（撤销它：zhidu names undo "
        + ".zhidu/journal/names-20261122-080000.json）"), r.err());
  }

  /** Issue 12: the journal's name was Beijing time and its created field UTC; both are Beijing time now. */
  @Test
  void theJournalsNameAndCreatedFieldAreInOneTimeZone(@TempDir Path dir) throws IOException {
    write(dir.resolve(BROKEN), "a");
    Cli.runIn(dir, new byte[0], "names", "fix", "--apply", ".");
    String journal = Files.readString(dir.resolve(".zhidu/journal/names-20261123-090000.json"));
    assertTrue(journal.contains("\"created\" : \"2026-11-23T09:00:00+08:00\""), journal);
  }

  /** Regression: a hand-edited journal with ../ or absolute names made undo move files anywhere on disk. */
  @Test
  void aJournalThatReachesOutsideTheTreeIsRefusedWhole(@TempDir Path dir) throws IOException {
    Path tree = Files.createDirectories(dir.resolve("tree"));
    Path outside = Files.createDirectories(dir.resolve("outside"));
    write(tree.resolve(BROKEN), "a");
    write(outside.resolve("secret.doc"), "outside the tree");
    Cli.runIn(tree, new byte[0], "names", "fix", "--apply", "--journal", "j.json", ".");
    String journal = Files.readString(tree.resolve("j.json"));
    String sha = journal.replaceAll("(?s).*\"sha256\" : \"([0-9a-f]+)\".*", "$1");
    Map<String, String> before = snapshot(dir);
    String[][] edits = {
      {"\"from\" : \"" + BROKEN, "\"from\" : \"../outside/" + BROKEN},
      {"\"to\" : \"" + VALID, "\"to\" : \"../outside/secret.doc"},
      {"\"from\" : \"" + BROKEN, "\"from\" : \"" + outside.resolve("moved.doc")},
      {"\"folder\" : \"" + tree.toRealPath(), "\"folder\" : \"" + outside.toRealPath()},
      {"\"from\" : \"" + BROKEN, "\"from\" : \".."},
    };
    for (String[] edit : edits) {
      assertTrue(journal.contains(edit[0]), edit[0] + " in " + journal);
      write(tree.resolve("bad.json"), journal.replace(edit[0], edit[1]).replace(sha, sha));
      Cli.Result undo = Cli.runIn(tree, new byte[0], "names", "undo", "bad.json");
      assertEquals(2, undo.exitCode(), edit[1] + ": " + undo.out() + undo.err());
      assertTrue(undo.err().contains("未改动任何文件"), undo.err());
      // said at the entry refused: the line of its opening brace in the journal
      int line = (int) journal.substring(0, journal.indexOf("\"renames\" : [ {") + 15).lines().count();
      assertTrue(undo.err().startsWith("bad.json:" + line + ":"), undo.err());
      Map<String, String> now = snapshot(dir);
      now.remove("tree/bad.json");
      assertEquals(before, now, edit[1]);
    }
  }

  @Test
  void aJournalIsUndoneOnlyInTheTreeItWasMadeIn(@TempDir Path dir) throws IOException {
    Path tree = Files.createDirectories(dir.resolve("tree"));
    write(tree.resolve(BROKEN), "a");
    Cli.runIn(tree, new byte[0], "names", "fix", "--apply", "--journal", "j.json", ".");
    Cli.Result elsewhere = Cli.runIn(dir, new byte[0], "names", "undo", "tree/j.json");
    assertEquals(2, elsewhere.exitCode(), elsewhere.err());
    assertTrue(Files.exists(tree.resolve(VALID)));
    assertEquals(0, Cli.runIn(tree, new byte[0], "names", "undo", "j.json").exitCode());
  }

  /**
   * Regression: a case-only rename stopped between its two steps left the file under its passing name alone, and undo
   * refused the whole journal; the file is given its old name back with the others.
   */
  @Test
  void aCaseOnlyRenameStoppedUnderItsPassingNameIsUndoneWithTheOthers(@TempDir Path dir) throws IOException {
    write(dir.resolve(BROKEN), "a");
    Cli.runIn(dir, new byte[0], "names", "fix", "--apply", "--journal", "j.json", ".");
    write(dir.resolve(".zhidu-rename-1f.tmp"), "renamed from report.doc");
    String journal = Files.readString(dir.resolve("j.json"));
    String caseOnly = "{\n    \"folder\" : \"" + dir.toRealPath() + "\",\n    \"from\" : \"report.doc\",\n"
        + "    \"to\" : \"Report.doc\",\n    \"size\" : 23,\n    \"sha256\" : \""
        + org.zhidu.cli.names.RenameJournal.sha256(dir.resolve(".zhidu-rename-1f.tmp")) + "\",\n"
        + "    \"caseOnly\" : true\n  }";
    write(dir.resolve("j2.json"), journal.replace("\"renames\" : [ {", "\"renames\" : [ " + caseOnly + ", {"));
    Cli.Result undo = Cli.runIn(dir, new byte[0], "names", "undo", "j2.json");
    assertEquals(0, undo.exitCode(), undo.out() + undo.err());
    assertEquals("renamed from report.doc", Files.readString(dir.resolve("report.doc")));
    assertFalse(Files.exists(dir.resolve(".zhidu-rename-1f.tmp")));
    assertTrue(Files.exists(dir.resolve(BROKEN)), "the other entry undone too");
  }

  /** Regression: a case-only entry skipped the "original name is free" check and undo stopped half done. */
  @Test
  void aCaseOnlyEntryWhoseOldNameIsTakenByAnotherFileStopsEverythingBeforeAnyRename(@TempDir Path dir)
      throws IOException {
    write(dir.resolve(BROKEN), "a");
    Cli.runIn(dir, new byte[0], "names", "fix", "--apply", "--journal", "j.json", ".");
    write(dir.resolve("Report.doc"), "renamed from report.doc");
    write(dir.resolve("report.doc"), "another file, made since");
    String journal = Files.readString(dir.resolve("j.json"));
    String caseOnly = "{\n    \"folder\" : \"" + dir.toRealPath() + "\",\n    \"from\" : \"report.doc\",\n"
        + "    \"to\" : \"Report.doc\",\n    \"size\" : 23,\n    \"sha256\" : \""
        + org.zhidu.cli.names.RenameJournal.sha256(dir.resolve("Report.doc")) + "\",\n    \"caseOnly\" : true\n  }";
    write(dir.resolve("j2.json"), journal.replace("\"renames\" : [ {", "\"renames\" : [ " + caseOnly + ", {"));
    Map<String, String> before = snapshot(dir);
    Cli.Result undo = Cli.runIn(dir, new byte[0], "names", "undo", "j2.json");
    assertEquals(2, undo.exitCode(), undo.out() + undo.err());
    assertTrue(undo.err().contains("原名已被占用"), undo.err());
    assertEquals(before, snapshot(dir));
  }

  @Test
  void aJournalThatIsNotOneIsExitTwo(@TempDir Path dir) throws IOException {
    write(dir.resolve("null.json"), "null");
    Cli.Result nothing = Cli.runIn(dir, new byte[0], "names", "undo", "null.json");
    assertEquals(2, nothing.exitCode(), "a journal of JSON null (found by the journal's fuzz): " + nothing.err());
    write(dir.resolve("j.json"), "{\"renames\": 3}");
    Cli.Result undo = Cli.runIn(dir, new byte[0], "names", "undo", "j.json");
    assertEquals(2, undo.exitCode());
    assertTrue(undo.err().startsWith("j.json:"), undo.err());
    write(dir.resolve("empty.json"), "\n");
    Cli.Result empty = Cli.runIn(dir, new byte[0], "names", "undo", "empty.json");
    assertEquals(2, empty.exitCode(), empty.err());
    assertEquals("empty.json:1:1: 错误: 不是 zhidu names fix 写下的日志\n", empty.err());
  }

  /**
   * Regression: a journal with a null or missing field was told in Jackson's words ("Cannot map `null` into type long
   * (set DeserializationConfig…)"), and a NUL in a journal's path was echoed raw. The field is named at its line, in
   * plain words, and a NUL shows as \x00.
   */
  @Test
  void aJournalsMissingOrNullFieldIsNamedInPlainWordsAndANulIsShown(@TempDir Path dir) throws IOException {
    String entry = "{\n  \"format\" : \"zhidu-names-journal\",\n  \"version\" : 1,\n  \"created\" : \"x\",\n"
        + "  \"workingDirectory\" : \"%s\",\n  \"renames\" : [ {\n    \"folder\" : \"%s\",\n"
        + "    \"from\" : \"a.doc\",\n    %s\n    \"sha256\" : \"00\",\n    \"caseOnly\" : false\n  } ]\n}\n";
    String here = dir.toRealPath().toString();
    String[][] cases = {
      {"\"to\" : \"b.doc\", \"size\" : null,", "renames[0].size", "日志缺少字段 renames[0].size，或其值为空（null）"},
      {"\"size\" : 3,", "renames[0].to", "日志缺少字段 renames[0].to，或其值为空（null）"},
      {"\"to\" : null, \"size\" : 3,", "renames[0].to", "日志缺少字段 renames[0].to，或其值为空（null）"},
      {"\"to\" : \"b.doc\", \"size\" : \"three\",", "renames[0].size", "日志字段 renames[0].size 的值类型不对"},
    };
    for (String[] c : cases) {
      write(dir.resolve("j.json"), entry.formatted(here, here, c[0]));
      Cli.Result r = Cli.runIn(dir, new byte[0], "names", "undo", "j.json");
      assertEquals(2, r.exitCode(), r.err());
      assertTrue(r.err().matches("(?s)j\\.json:(9|1[0-2]):\\d+: 错误: .*"), "the entry's line and column: " + r.err());
      assertTrue(r.err().contains(c[2]), c[0] + " " + r.err());
      assertFalse(r.err().contains("DeserializationConfig") || r.err().contains("Cannot "), r.err());
      Cli.Result en = Cli.runIn(dir, new byte[0], "--lang", "en", "names", "undo", "j.json");
      assertTrue(en.err().contains(c[1]), en.err());
    }
    write(dir.resolve("j.json"), entry.formatted(here, here + "\\u0000x", "\"to\" : \"b.doc\", \"size\" : 3,"));
    Cli.Result nul = Cli.runIn(dir, new byte[0], "names", "undo", "j.json");
    assertEquals(2, nul.exitCode(), nul.err());
    assertTrue(nul.err().contains(here + "\\x00x"), nul.err());
    assertFalse(nul.err().contains("\u0000"), "no raw NUL");
  }

  @Test
  void symbolicLinksAreNeverRenamed(@TempDir Path dir) throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    write(outside.resolve(BROKEN), "outside the tree");
    Path tree = Files.createDirectories(dir.resolve("tree"));
    Files.createSymbolicLink(tree.resolve("link"), outside);
    Files.createSymbolicLink(tree.resolve(BROKEN), outside.resolve(BROKEN));
    Cli.Result fix = Cli.runIn(dir, new byte[0], "names", "fix", "--recursive", "--apply", "tree");
    assertTrue(Files.exists(outside.resolve(BROKEN)), fix.out());
    assertTrue(Files.isSymbolicLink(tree.resolve(BROKEN)));
  }

  /** Regression: an NFD name whose NFC spelling is another file was planned, and --apply failed part-way. */
  @Test
  void aNormalisationOnlyRenameWhoseTargetIsAnotherFileIsSkipped(@TempDir Path dir) throws IOException {
    String nfc = "遂安府办函〔2015〕21号-通知-关于café调研工作的通知(2015.03.14).doc";
    String nfd = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
    write(dir.resolve(nfd), "nfd");
    write(dir.resolve(nfc), "nfc");
    org.junit.jupiter.api.Assumptions.assumeTrue(snapshot(dir).size() == 2, "a file system that keeps both spellings");
    write(dir.resolve(BROKEN), "a");
    Map<String, String> before = snapshot(dir);
    Cli.Result plan = Cli.runIn(dir, new byte[0], "names", "fix", ".");
    assertTrue(plan.out().contains(nfd + "：跳过，已有的另一个文件“" + nfc + "”与它只差大小写或 Unicode 规范化"),
        plan.out());
    assertFalse(plan.out().contains(nfd + " → "), plan.out());
    Cli.Result fix = Cli.runIn(dir, new byte[0], "names", "fix", "--apply", ".");
    assertEquals(1, fix.exitCode(), "the skipped name stays as it is: " + fix.out() + fix.err());
    assertEquals("nfd", Files.readString(dir.resolve(nfd)));
    assertEquals("nfc", Files.readString(dir.resolve(nfc)));
    assertTrue(Files.exists(dir.resolve(VALID)), "the other rename is done");
    assertEquals(before.size(), snapshot(dir).size());
  }

  /** Regression: a journal that could not be written ended in 内部错误：AccessDeniedException (exit 3). */
  @Test
  void aJournalThatCannotBeWrittenStopsBeforeAnyRename(@TempDir Path dir) throws IOException {
    write(dir.resolve(BROKEN), "a");
    write(dir.resolve(".zhidu"), "a file where the journal's folder would go");
    Map<String, String> before = snapshot(dir);
    Cli.Result fix = Cli.runIn(dir, new byte[0], "names", "fix", "--apply", ".");
    assertEquals(2, fix.exitCode(), fix.out() + fix.err());
    assertTrue(fix.err().startsWith(".zhidu/journal/names-20261123-090000.json: 错误: 无法写入日志"), fix.err());
    assertTrue(fix.err().contains("未改动任何文件"), fix.err());
    assertEquals(before, snapshot(dir));
    assertTrue(Files.exists(dir.resolve(BROKEN)));
  }

  @Test
  void aReadOnlyJournalFolderStopsBeforeAnyRename(@TempDir Path dir) throws IOException {
    write(dir.resolve(BROKEN), "a");
    Path journals = Files.createDirectories(dir.resolve(".zhidu/journal"));
    Files.setPosixFilePermissions(journals, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(journals), "root writes anywhere");
      Cli.Result fix = Cli.runIn(dir, new byte[0], "names", "fix", "--apply", ".");
      assertEquals(2, fix.exitCode(), fix.out() + fix.err());
      assertTrue(fix.err().startsWith(".zhidu/journal/names-20261123-090000.json: 错误: 没有写入权限"), fix.err());
      assertTrue(Files.exists(dir.resolve(BROKEN)));
    } finally {
      Files.setPosixFilePermissions(journals, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** Regression: --journal naming a folder said the journal file existed; undo of a folder named no file. */
  @Test
  void aJournalThatIsAFolderIsSaidToBeOne(@TempDir Path dir) throws IOException {
    write(dir.resolve(BROKEN), "a");
    Files.createDirectories(dir.resolve("jd"));
    Cli.Result fix = Cli.runIn(dir, new byte[0], "names", "fix", "--apply", "--journal", "jd", ".");
    assertEquals(2, fix.exitCode());
    assertEquals("jd: 错误: 这是文件夹，不是文件\n", fix.err());
    assertTrue(Files.exists(dir.resolve(BROKEN)));
    Cli.Result undo = Cli.runIn(dir, new byte[0], "names", "undo", "jd");
    assertEquals(2, undo.exitCode());
    assertEquals("jd: 错误: 这是文件夹，不是日志文件（names fix --apply 写的 names-yyyyMMdd-HHmmss.json），其中也没有日志\n",
        undo.err());
    Cli.Result en = Cli.runIn(dir, new byte[0], "--lang", "en", "names", "undo", "jd/");
    assertEquals("jd/: error: this is a folder, not a journal (the names-yyyyMMdd-HHmmss.json that names fix --apply"
        + " writes), and it holds none\n", en.err());
  }

  @Property(tries = 25)
  void applyThenUndoRestoresAnyArchive(@ForAll("archives") List<String> names) throws IOException {
    Path dir = Files.createTempDirectory("zhidu-fix-undo");
    try {
      for (int i = 0; i < names.size(); i++) {
        write(dir.resolve(i % 2 == 0 ? "a" : "b").resolve(names.get(i)), "第" + i + "份文件\n" + names.get(i));
      }
      Map<String, String> before = snapshot(dir);
      Cli.Result fix = Cli.runIn(dir, new byte[0], "names", "fix", "-r", "--apply", "--journal", "j.json", ".");
      assertTrue(fix.exitCode() < 2, fix.err());
      Map<String, String> fixed = snapshot(dir);
      fixed.remove("j.json");
      assertEquals(before.size(), fixed.size(), "no file lost or added by the renames");
      assertEquals(new java.util.TreeSet<>(before.values()), new java.util.TreeSet<>(fixed.values()));
      if (Files.exists(dir.resolve("j.json"))) {
        Cli.Result undo = Cli.runIn(dir, new byte[0], "names", "undo", "j.json");
        assertEquals(0, undo.exitCode(), undo.err());
      }
      Map<String, String> after = snapshot(dir);
      after.remove("j.json");
      assertEquals(before, after);
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Provide
  Arbitrary<List<String>> archives() throws IOException {
    List<String> examples;
    try (Stream<Path> files = Files.list(Cli.ROOT.resolve("examples/anju/archive"))) {
      examples = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    return Arbitraries.of(examples).list().uniqueElements().ofMinSize(1).ofMaxSize(12);
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  /** Every regular file under the folder, by relative path, with its bytes (Base64, so any byte counts). */
  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = dir.relativize(p).toString();
        if (!rel.startsWith(".zhidu")) {
          out.put(rel, java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
        }
      }
    }
    return out;
  }
}
