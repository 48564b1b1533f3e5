package org.zhidu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user and a CI job meet it: exit codes, languages, formats, bad input. */
class CliBehaviourTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VALID = "遂安府办函〔2014〕19号-通知-关于做好2014年度调研工作的通知(2014.03.14)";
  private static final String BROKEN = "遂安府办函[2014]19号-通知-关于做好2014年度调研工作的通知(2014.03.14)";

  @Test
  void versionPrintsTheVersionAndExitsZero() {
    Cli.Result r = Cli.run("--version");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().startsWith("zhidu "), r.out());
  }

  @Test
  void helpIsChineseByDefaultAndEnglishOnRequestAndListsTheExitCodes() {
    Cli.Result zh = Cli.run("names", "check", "--help");
    assertTrue(zh.out().contains("检查文件名"), zh.out());
    assertTrue(zh.out().contains("退出码"), zh.out());
    Cli.Result en = Cli.run("--lang", "en", "names", "check", "--help");
    assertTrue(en.out().contains("Check file names"), en.out());
    assertTrue(en.out().contains("Exit codes"), en.out());
  }

  @Test
  void aValidNameExitsZeroAndABrokenOneExitsOne() {
    assertEquals(0, Cli.runWithStdin(Cli.utf8(VALID + "\n"), "names", "check", "--stdin").exitCode());
    Cli.Result broken = Cli.runWithStdin(Cli.utf8(BROKEN + "\n"), "names", "check", "--stdin");
    assertEquals(1, broken.exitCode());
    assertTrue(broken.out().startsWith("<stdin>:1 " + BROKEN + "\n  第6列"), broken.out());
    assertTrue(broken.out().contains(" 错误 N4 "), broken.out());
  }

  /**
   * Regression: a list of names with old-Mac line ends (a bare CR, as Excel for Mac saves text) was read as one name
   * holding control characters, every finding at line 1. A CR, an LF or both end a line, as they do in a CSV.
   */
  @Test
  void aListWithCarriageReturnLineEndsIsReadOneNameALine() {
    for (String end : new String[] {"\r", "\r\n", "\n"}) {
      Cli.Result r = Cli.runWithStdin(Cli.utf8(VALID + end + end + BROKEN + end), "names", "check", "--stdin");
      assertEquals(1, r.exitCode(), r.out());
      assertTrue(r.out().startsWith("<stdin>:3 " + BROKEN + "\n  第6列"), end.replace("\r", "CR") + ": " + r.out());
      assertFalse(r.out().contains("N5"), r.out());
      assertTrue(r.out().contains("检查 2 个名称"), r.out());
    }
  }

  @Test
  void warningsFailOnlyWithFailOnWarning() {
    byte[] warned = Cli.utf8("2015.07.21-纪要-区长办公会议-施瑞昶(2015第7期)\n");
    assertEquals(0, Cli.runWithStdin(warned, "names", "check", "--stdin").exitCode());
    assertEquals(1, Cli.runWithStdin(warned, "names", "check", "--stdin", "--fail-on-warning").exitCode());
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithExitTwoAndNoStackTrace() {
    Cli.Result r = Cli.run("names", "check", "--frobnicate", "x");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("zhidu names check --help"), r.err());
    assertFalse(r.err().contains("at org."), r.err());
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    Cli.Result r = Cli.run("--lang", "fr", "--version");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("'fr'"), r.err());
  }

  @Test
  void aMissingPathIsExitTwoNamingThePath() {
    Cli.Result r = Cli.run("names", "check", "no/such/folder");
    assertEquals(2, r.exitCode());
    assertEquals("no/such/folder: 错误: 文件或文件夹不存在\n", r.err());
    Cli.Result en = Cli.run("--lang", "en", "names", "check", "no/such/folder");
    assertEquals("no/such/folder: error: no such file or folder\n", en.err());
  }

  @Test
  void neitherPathsNorStdinIsExitTwo() {
    Cli.Result r = Cli.run("names", "check");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--stdin"), r.err());
  }

  @Test
  void stdinInGbkIsReadWithoutBeingTold() throws Exception {
    byte[] gbk = (BROKEN + "\n").getBytes(Charset.forName("GBK"));
    Cli.Result r = Cli.runWithStdin(gbk, "names", "check", "--stdin", "--format", "json");
    JsonNode file = JSON.readTree(r.out()).get("files").get(0);
    assertEquals(BROKEN, file.get("name").asText());
    assertEquals(VALID, file.get("suggestion").asText());
  }

  @Test
  void stdinThatIsNeitherUtf8NorGbkIsExitTwoWithTheByteOffset() {
    byte[] bad = {'a', '\n', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    Cli.Result r = Cli.runWithStdin(bad, "names", "check", "--stdin");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("第 2 字节"), r.err());
  }

  @Test
  void jsonFollowsTheContract() throws Exception {
    Cli.Result r = Cli.runWithStdin(Cli.utf8(BROKEN + ".doc\n\n" + VALID + "\n"), "names", "check", "--stdin",
        "--format", "json");
    JsonNode root = JSON.readTree(r.out());
    JsonNode first = root.get("files").get(0);
    assertTrue(first.get("path").isNull());
    assertEquals("document", first.get("kind").asText());
    assertFalse(first.get("valid").asBoolean());
    assertEquals(VALID + ".doc", first.get("suggestion").asText());
    JsonNode finding = first.get("findings").get(0);
    assertEquals("N4", finding.get("rule").asText());
    assertEquals("error", finding.get("severity").asText());
    assertEquals("〔2014〕", finding.get("fix").get("to").asText());
    assertEquals(3, root.get("files").get(1).get("line").asInt(), "blank lines are counted");
    assertEquals(2, root.get("summary").get("names").asInt());
    assertEquals(1, root.get("summary").get("valid").asInt());
  }

  @Test
  void sarifIsVersion210WithRulesAndResults() throws Exception {
    Cli.Result r = Cli.run("names", "check", "--format", "sarif", "examples/anju/archive");
    JsonNode sarif = JSON.readTree(r.out());
    assertEquals("2.1.0", sarif.get("version").asText());
    JsonNode run = sarif.get("runs").get(0);
    assertEquals(5, run.get("tool").get("driver").get("rules").size());
    JsonNode result = run.get("results").get(0);
    assertTrue(result.get("ruleId").asText().matches("N[1-5]"));
    assertTrue(result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText()
        .startsWith("examples/anju/archive/"));
  }

  @Test
  void junitIsWellFormedXmlWithOneCasePerName() throws Exception {
    Cli.Result r = Cli.run("names", "check", "--format", "junit", "examples/anju/archive");
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(38, doc.getElementsByTagName("testcase").getLength());
    assertEquals(21, doc.getElementsByTagName("failure").getLength());
  }

  @Test
  void outputGoesToTheFileGivenAndTheSummaryToStandardError(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.json");
    Cli.Result r = Cli.run("names", "check", "--format", "json", "--output", report.toString(),
        "examples/anju/archive");
    assertEquals("", r.out());
    assertTrue(r.err().contains("检查 38 个名称"), r.err());
    assertEquals(38, JSON.readTree(report.toFile()).get("files").size());
  }

  @Test
  void anOutputThatIsALinkIsWrittenThroughAndTheLinkKept(@TempDir Path dir) throws Exception {
    Path real = dir.resolve("real.json");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
    Cli.Result r = Cli.run("names", "check", "--format", "json", "--output", link.toString(), "examples/anju/archive");
    assertTrue(Files.isSymbolicLink(link), "the link is kept");
    assertEquals(38, JSON.readTree(real.toFile()).get("files").size(), r.err());
    Path dangling = Files.createSymbolicLink(dir.resolve("nowhere.json"), dir.resolve("missing/x.json"));
    Cli.Result refused = Cli.run("names", "check", "--output", dangling.toString(), "examples/anju/archive");
    assertEquals(2, refused.exitCode(), refused.err());
    assertTrue(Files.isSymbolicLink(dangling) && !Files.exists(dir.resolve("missing")));
  }

  /** Regression: --output naming a folder, or a file in no folder, failed after the work, naming a passing file. */
  @Test
  void anOutputThatIsAFolderOrInNoFolderIsRefusedBeforeTheWorkAndNamed(@TempDir Path dir) throws Exception {
    Cli.Result folder = Cli.run("calendar", "show", "2026-10", "--output", dir.toString());
    assertEquals(2, folder.exitCode(), folder.err());
    assertEquals(dir + ": 错误: [--output] 是一个文件夹，不是文件：请给出报告的文件名（如 报告.json）\n", folder.err());
    // said before the work: a missing input, met later, is not reached
    Cli.Result names = Cli.runIn(dir, new byte[0], "names", "check", "no-such-file.docx", "--output", ".");
    assertEquals(2, names.exitCode(), names.err());
    assertEquals(".: 错误: [--output] 是一个文件夹，不是文件：请给出报告的文件名（如 报告.json）\n", names.err());
    Cli.Result rota = Cli.runIn(dir, new byte[0], "rota", "generate", "--office", "missing.yaml", "--month",
        "2026-10", "-o", "missing/rota.txt");
    assertEquals(2, rota.exitCode(), rota.err());
    assertTrue(rota.err().startsWith("missing/rota.txt: 错误: [--output] 所在的 " + dir.resolve("missing")
        + " 不是已有的文件夹"), rota.err());
    Path nowhere = dir.resolve("missing/report.txt");
    Cli.Result missing = Cli.run("--lang", "en", "calendar", "show", "2026-10", "--output", nowhere.toString());
    assertEquals(2, missing.exitCode(), missing.err());
    assertEquals(nowhere + ": error: [--output] is in " + nowhere.getParent()
        + ", which is no folder that exists; no report written\n", missing.err());
    try (var left = Files.list(dir)) {
      assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".zhidu")).toList());
    }
  }

  @Test
  void aBrokenPackFileIsExitTwoWithFileLineAndColumn(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("my-pack.yaml"), "id: my-office\nextends: anju-gov-office\nnaming:\n  kinds: []\n");
    Cli.Result r = Cli.runIn(dir, Cli.utf8(VALID), "names", "check", "--stdin", "--pack", "my-pack.yaml");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("my-pack.yaml:4:3: 错误: 未知的键“kinds”"), r.err());
  }

  @Test
  void aUserPackChangesWhatIsChecked(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("my-pack.yaml"), """
        id: my-office
        extends: anju-gov-office
        naming:
          draftCategories: {rules: [N3], citation: 本办补充, open: true, values: [调研报告]}
        """);
    byte[] name = Cli.utf8("2015.08.03-调研报告-研究室-安居区县域经济发展调研3\n");
    assertTrue(Cli.runIn(dir, name, "names", "check", "--stdin").out().contains("警告 N3"));
    assertFalse(Cli.runIn(dir, name, "names", "check", "--stdin", "--pack", "my-pack.yaml").out()
        .contains("警告 N3"));
    Cli.Result explain = Cli.runIn(dir, new byte[0], "policies", "explain", "N3", "--pack", "my-pack.yaml");
    assertTrue(explain.out().contains("my-pack.yaml（规则包 my-office，覆盖内置取值）"), explain.out());
  }

  @Test
  void explainingAnUnknownRuleIsExitTwo() {
    Cli.Result r = Cli.run("policies", "explain", "N9");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("N1 N2 N3 N4 N5"), r.err());
  }
}
