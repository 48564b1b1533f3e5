package org.zhidu.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The options every command shares (issue 10), tried on every command as a user types them: --max-errors,
 * where the summary goes, --output's permissions and its refusal to replace an input, picocli's own words in
 * both languages, nested help, and --assume-no-holidays.
 */
class SharedOptionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OFFICE = "examples/anju/office.yaml";
  private static final String EVENTS = "examples/anju/events-2026.csv";
  private static final String ROTA = "examples/anju/rota/rota-2026-10-edited.csv";
  private static final String SWAPS = "examples/anju/rota/swaps-2026-10.csv";
  private static final String G1 = "examples/registers/broken/G1-来文来电登记.csv";
  private static final String G2 = "examples/registers/broken/G2-用印登记.csv";
  private static final byte[] BROKEN_NAMES = Cli.utf8(
      "遂安府办函[2014]19号-通知-关于做好2014年度调研工作的通知(2014.03.14)\n"
          + "遂安府办函[2014]20号-通知-关于做好2014年度调研工作的通知(2014.03.14)\n"
          + "遂安府办函[2014]21号-通知-关于做好2014年度调研工作的通知(2014.03.14)\n");

  /** A finding line in any text report: {@code path:line:col: severity RULE message}, the place when known. */
  /** A finding's entry under its file's heading: "  12:3 错误 G2 …" (the place may be absent). */
  private static final Pattern FINDING = Pattern.compile("(?m)^ *(\\S+ +)?(错误|警告|提示) [A-Z][\\w-]* ");

  /** A command line that reports findings, with what it reads on standard input. */
  record Run(String name, byte[] stdin, List<String> args) {

    Cli.Result with(String... more) {
      List<String> all = new ArrayList<>(args);
      all.addAll(Arrays.asList(more));
      return Cli.runWithStdin(stdin, all.toArray(String[]::new));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Run> checkingCommands() {
    return Stream.of(
        new Run("names check", BROKEN_NAMES, List.of("names", "check", "--stdin")),
        new Run("registers check", new byte[0], List.of("registers", "check", G1, G2)),
        new Run("rota check", new byte[0], List.of("rota", "check", "--office", OFFICE, ROTA, "--swaps", SWAPS)),
        new Run("rota stats", new byte[0], List.of("rota", "stats", ROTA, "--swaps", SWAPS, "--office", OFFICE)),
        new Run("score", new byte[0], List.of("score", "--office", OFFICE, "--events", EVENTS, "--period", "2026")));
  }

  /** The one-line summary, wherever the command put it ("…：N 个错误，M 个警告。"), or "" when it has none. */
  private static String summaryLine(Cli.Result r) {
    for (String text : List.of(r.out(), r.err())) {
      for (String line : text.split("\n")) {
        if (line.contains("个错误") && !FINDING.matcher(line).find()) {
          return line;
        }
      }
    }
    return "";
  }

  private static int findingLines(String text) {
    Matcher m = FINDING.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  // ---- --max-errors ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("checkingCommands")
  void maxErrorsListsAtMostNFindingsAndSaysTheCountsArePartial(Run run) {
    Cli.Result all = run.with();
    assertTrue(findingLines(all.out()) > 2, all.out());
    assertFalse(all.err().contains("--max-errors"), all.err());

    Cli.Result two = run.with("--max-errors", "2");
    assertEquals(2, findingLines(two.out()), two.out());
    assertTrue(two.err().contains("已达到 --max-errors 2") && two.err().contains("只列出了前 2 条"), two.err());
    assertEquals(all.exitCode(), two.exitCode());
    if (run.name().equals("registers check")) {
      // the checker stops once past the limit: the counts are partial, and said to be
      assertTrue(two.err().contains("计数不完整"), two.err());
    } else {
      // the checks ran to the end: the counts are those of every finding, only the list is cut
      assertEquals(summaryLine(all), summaryLine(two));
      assertTrue(two.err().contains("共发现"), two.err());
    }

    Cli.Result none = run.with("--max-errors", "0");
    assertEquals(findingLines(all.out()), findingLines(none.out()));
    assertFalse(none.err().contains("已达到"), none.err());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checkingCommands")
  void maxErrorsAtLeastTheNumberOfFindingsIsNotPartial(Run run) {
    int total = findingLines(run.with().out());
    Cli.Result enough = run.with("--max-errors", Integer.toString(total));
    assertEquals(total, findingLines(enough.out()));
    assertFalse(enough.err().contains("已达到"), enough.err());
  }

  @Test
  void maxErrorsCountsAcrossAllFiles() throws Exception {
    Cli.Result first = Cli.run("registers", "check", G1);
    int inFirst = findingLines(first.out());
    Cli.Result r = Cli.run("registers", "check", "--max-errors", Integer.toString(inFirst + 1), "--format", "json",
        G1, G2);
    JsonNode files = JSON.readTree(r.out()).get("files");
    assertEquals(inFirst, files.get(0).get("findings").size());
    assertEquals(1, files.get(1).get("findings").size());
    assertTrue(r.err().contains("计数不完整"), r.err());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checkingCommands")
  void everyCheckTakesTheCalendarOptionsAndReportsABrokenCalendarFile(Run run, @TempDir Path dir) throws Exception {
    Path broken = dir.resolve("calendar.yaml");
    Files.writeString(broken, "years: []\n");
    Cli.Result r = run.with("--calendar", broken.toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains(broken + ":1:") && r.err().contains("日历文件须在 years 下至少列出一年"), r.err());
    Cli.Result good = run.with("--calendar", Cli.ROOT.resolve("examples/calendar/calendar-2027.yaml").toString(),
        "--assume-no-holidays");
    assertEquals(run.with().exitCode(), good.exitCode(), good.err());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checkingCommands")
  void aNegativeMaxErrorsIsAUsageError(Run run) {
    Cli.Result r = run.with("--max-errors", "-1");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("--max-errors 的值 '-1' 无效：应为 0 或正整数"), r.err());
    assertEquals("", r.out());
    Cli.Result en = run.with("--lang", "en", "--max-errors", "-1");
    assertTrue(en.err().contains("invalid value '-1' for --max-errors: expected 0 or a positive whole number"),
        en.err());
  }

  // ---- where the summary goes ----

  @ParameterizedTest(name = "{0} --format {1}")
  @MethodSource("machineFormats")
  void theSummaryGoesToStandardErrorWhenTheReportIsNotPlainText(Run run, String format) {
    Cli.Result r = run.with("--format", format);
    assertTrue(r.exitCode() <= 1, r.err());
    assertTrue(r.err().contains("个错误") && r.err().contains("个警告"), r.err());
    assertFalse(r.out().contains("个警告。"), r.out());
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> machineFormats() {
    List<org.junit.jupiter.params.provider.Arguments> out = new ArrayList<>();
    for (Run run : checkingCommands().toList()) {
      List<String> formats = switch (run.name()) {
        case "score" -> List.of("json", "csv", "html");
        case "rota stats" -> List.of("json", "csv");
        default -> List.of("json", "sarif", "junit", "github");
      };
      for (String f : formats) {
        out.add(org.junit.jupiter.params.provider.Arguments.of(run, f));
      }
    }
    Run generate = new Run("rota generate", new byte[0],
        List.of("rota", "generate", "--office", OFFICE, "--month", "2026-10"));
    for (String f : List.of("json", "csv", "ics", "html")) {
      out.add(org.junit.jupiter.params.provider.Arguments.of(generate, f));
    }
    return out.stream();
  }

  @Test
  void aPlainTextReportOnStandardOutputEndsWithTheSummary() {
    Cli.Result names = Cli.runWithStdin(BROKEN_NAMES, "names", "check", "--stdin");
    assertTrue(names.out().strip().endsWith("3 个错误，0 个警告。"), names.out());
    assertFalse(names.err().contains("个错误"), names.err());
    Cli.Result rota = Cli.run("rota", "check", "--office", OFFICE, ROTA);
    assertTrue(rota.out().strip().endsWith("个警告。"), rota.out());
    assertEquals("", rota.err());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checkingCommands")
  void withOutputTheSummaryGoesToStandardErrorAndNotIntoTheFile(Run run, @TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.txt");
    Cli.Result r = run.with("--output", report.toString());
    assertEquals("", r.out());
    assertTrue(r.err().contains("个错误") && r.err().contains("个警告"), r.err());
    String written = Files.readString(report);
    assertTrue(findingLines(written) > 0, written);
    assertFalse(written.contains("个警告。"), written);
  }

  // ---- --output ----

  /** Regression: @FOLDER printed picocli's stack trace. */
  @Test
  void anArgumentFileThatIsAFolderIsAUsageError(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("args"));
    Cli.Result r = Cli.runIn(dir, new byte[0], "names", "check", "@args");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("无法读取参数文件 args"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    Files.writeString(dir.resolve("list"), "--stdin\n");
    assertEquals(0, Cli.runIn(dir, new byte[0], "names", "check", "@" + dir.resolve("list")).exitCode(),
        "a real one still works");
  }

  @Test
  void outputFilesGetTheUsualPermissions(@TempDir Path dir) throws Exception {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
    // what a file made the ordinary way gets here (0644 under umask 022), without execute bits
    Path ordinary = Files.createFile(dir.resolve("ordinary"));
    Set<PosixFilePermission> expected = Files.getPosixFilePermissions(ordinary);
    expected.retainAll(PosixFilePermissions.fromString("rw-r--r--"));
    String[][] commands = {
      {"registers", "check", G1, "-o"},
      {"calendar", "show", "2026-10", "--format", "ics", "-o"},
      {"rota", "generate", "--office", OFFICE, "--month", "2026-10", "--format", "csv", "--output"},
      {"score", "--office", OFFICE, "--events", EVENTS, "--period", "2026", "--format", "html", "--output"},
      {"policies", "show", "anju-gov-office", "--output"},
    };
    for (String[] command : commands) {
      Path report = dir.resolve(command[0] + "-report");
      List<String> args = new ArrayList<>(Arrays.asList(command));
      args.add(report.toString());
      Cli.Result r = Cli.run(args.toArray(String[]::new));
      assertTrue(r.exitCode() <= 1, r.err());
      assertEquals(expected, Files.getPosixFilePermissions(report), String.join(" ", command));
      assertTrue(Files.getPosixFilePermissions(report).contains(PosixFilePermission.OTHERS_READ)
          || !expected.contains(PosixFilePermission.OTHERS_READ));
    }
  }

  @Test
  void outputNamingAnInputIsRefusedAndTheInputIsKept(@TempDir Path dir) throws Exception {
    Path register = copy(G1, dir);
    Path events = copy(EVENTS, dir);
    Path rota = copy(ROTA, dir);
    Path office = copy(OFFICE, dir);
    Path name = Files.writeString(dir.resolve("遂安府办函[2014]19号-通知-关于做好2014年度调研工作的通知(2014.03.14).docx"),
        "x");
    Path calendar = copy("examples/calendar/calendar-2027.yaml", dir);
    String[][] commands = {
      {"registers", "check", register.toString(), "--output", register.toString()},
      {"names", "check", name.toString(), "-o", name.toString()},
      {"score", "--office", office.toString(), "--events", events.toString(), "--period", "2026", "--format", "csv",
          "--output", events.toString()},
      {"rota", "check", "--office", office.toString(), rota.toString(), "--output", office.toString()},
      {"rota", "stats", rota.toString(), "-o", rota.toString()},
      {"rota", "generate", "--office", office.toString(), "--month", "2026-11", "--keep", rota.toString(),
          "--output", rota.toString()},
      {"calendar", "holidays", "2027", "--calendar", calendar.toString(), "-o", calendar.toString()},
    };
    for (String[] command : commands) {
      Path target = Path.of(command[command.length - 1]);
      byte[] before = Files.readAllBytes(target);
      Cli.Result r = Cli.run(command);
      assertEquals(2, r.exitCode(), String.join(" ", command) + "\n" + r.err());
      assertTrue(r.err().contains("--output 指向本命令的输入文件 " + target), r.err());
      assertArrayEquals(before, Files.readAllBytes(target), String.join(" ", command));
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".zhidu-report-")));
    }
    Cli.Result en = Cli.run("--lang", "en", "registers", "check", register.toString(), "-o", register.toString());
    assertTrue(en.err().contains("--output names " + register + ", an input of this command"), en.err());
  }

  /**
   * Regression: names check of a folder with --output naming one of the documents in it replaced that document with
   * the report (only the paths given were counted as inputs, not the files found in them).
   */
  @Test
  void outputNamingADocumentOfACheckedFolderIsRefusedAndTheDocumentIsKept(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("归档/2015"));
    Path document = Files.writeString(folder.resolve("2015-09-08-纪要-三届35次常务会议-施瑞昶（2015年第9期）.doc"), "正文");
    Files.writeString(folder.resolve("2015.12.01-纪要-三届40次常务会议-施瑞昶(2015第4期).doc"), "x");
    for (String[] command : new String[][] {
      {"names", "check", dir.resolve("归档").toString(), "-r", "-o", document.toString()},
      {"names", "check", folder.toString(), "--format", "json", "--output", document.toString()},
      {"names", "check", folder + "/", "-o", folder + "/./" + document.getFileName()},
    }) {
      Cli.Result r = Cli.run(command);
      assertEquals(2, r.exitCode(), String.join(" ", command) + "\n" + r.err());
      assertTrue(r.err().contains("--output 指向本命令的输入文件"), r.err());
      assertEquals("正文", Files.readString(document), String.join(" ", command));
    }
    // a new file in the folder is no input: the report may go there
    Path report = folder.resolve("report.txt");
    Cli.Result r = Cli.run("names", "check", folder.toString(), "-o", report.toString());
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(Files.readString(report).contains("2015-09-08-纪要"));
  }

  /**
   * Regression: a report that could not be written (standard output or --output on a full disk) was a success, exit
   * 0, the print writer having kept the failure to itself. It is exit 3, said in words, naming the file.
   */
  @Test
  void aReportThatCannotBeWrittenIsAFailureSaidInWords() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full) && Files.isWritable(full), "no /dev/full here");
    String good = "examples/registers/good/G1-来文来电登记.csv";

    Cli.Result toFile = Cli.run("registers", "check", G1, "-o", full.toString());
    assertEquals(ExitCode.INTERNAL, toFile.exitCode(), toFile.err());
    assertTrue(toFile.err().contains("无法写出报告 /dev/full：设备已满"), toFile.err());
    assertFalse(toFile.err().contains("Exception"), toFile.err());
    Cli.Result json = Cli.run("--lang", "en", "registers", "check", good, "--format", "json", "--output", "/dev/full");
    assertEquals(ExitCode.INTERNAL, json.exitCode(), json.err());
    assertTrue(json.err().contains("cannot write the report /dev/full: the device is full"), json.err());

    // standard output sent to the full device, as a shell's > /dev/full does: even the summary alone is a report
    for (String register : new String[] {good, G1}) {
      java.io.StringWriter err = new java.io.StringWriter();
      int code;
      try (var device = new java.io.FileOutputStream(full.toFile())) {
        org.zhidu.cli.output.ReportWriter out = new org.zhidu.cli.output.ReportWriter(
            new java.io.OutputStreamWriter(device, java.nio.charset.StandardCharsets.UTF_8));
        code = Main.run(new String[] {"registers", "check", register}, out, new java.io.PrintWriter(err),
            java.io.InputStream.nullInputStream(), Cli.CLOCK, Cli.ROOT, true);
      }
      assertEquals(ExitCode.INTERNAL, code, err.toString());
      assertTrue(err.toString().contains("无法把报告写到标准输出：设备已满"), err.toString());
    }
  }

  @Test
  void aReaderThatStopsReadingEndsTheReportQuietlyWithTheRunsOwnExitCode() {
    // what `zhidu … | head -1` meets once head has gone: the pipe's writes fail as "Broken pipe"
    java.io.OutputStream gone = new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("Broken pipe");
      }
    };
    java.io.StringWriter err = new java.io.StringWriter();
    org.zhidu.cli.output.ReportWriter out = new org.zhidu.cli.output.ReportWriter(
        new java.io.OutputStreamWriter(gone, java.nio.charset.StandardCharsets.UTF_8));
    int code = Main.run(new String[] {"registers", "check", G1}, out, new java.io.PrintWriter(err),
        java.io.InputStream.nullInputStream(), Cli.CLOCK, Cli.ROOT, true);
    assertEquals(ExitCode.FINDINGS, code, err.toString());
    assertFalse(err.toString().contains("无法把报告写到标准输出"), err.toString());
    assertTrue(org.zhidu.cli.output.ReportWriter.readerGone(out));
  }

  private static Path copy(String example, Path dir) throws Exception {
    Path from = Cli.ROOT.resolve(example);
    return Files.copy(from, dir.resolve(from.getFileName()), StandardCopyOption.REPLACE_EXISTING);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyReportingCommand")
  void everyCommandThatReportsHasTheOptionsThatApply(String command, List<String> options) {
    List<String> args = new ArrayList<>(Arrays.asList(command.split(" ")));
    args.add("--help");
    String help = Cli.run(args.toArray(String[]::new)).out();
    for (String option : options) {
      assertTrue(help.contains(option), command + " lacks " + option + "\n" + help);
    }
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> everyReportingCommand() {
    List<String> findings = List.of("--format=text|json|sarif|junit|github", "-o, --output=FILE",
        "--fail-on-warning", "--max-errors=N", "--pack=ID|FILE");
    List<String> ownFormat = List.of("-o, --output=FILE", "--fail-on-warning", "--max-errors=N", "--pack=ID|FILE");
    List<String> calendar = List.of("-o, --output=FILE", "--calendar=FILE", "--assume-no-holidays");
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("names check", findings),
        org.junit.jupiter.params.provider.Arguments.of("registers check", findings),
        org.junit.jupiter.params.provider.Arguments.of("rota check", concat(findings, calendar, List.of("--office"))),
        org.junit.jupiter.params.provider.Arguments.of("rota stats", concat(ownFormat, calendar)),
        org.junit.jupiter.params.provider.Arguments.of("signoff check",
            concat(findings, calendar, List.of("--office"))),
        org.junit.jupiter.params.provider.Arguments.of("score", concat(ownFormat, List.of("--office"))),
        org.junit.jupiter.params.provider.Arguments.of("rota generate",
            concat(calendar, List.of("--pack=ID|FILE", "--office"))),
        org.junit.jupiter.params.provider.Arguments.of("calendar show", calendar),
        org.junit.jupiter.params.provider.Arguments.of("calendar workdays", calendar),
        org.junit.jupiter.params.provider.Arguments.of("calendar due", calendar),
        org.junit.jupiter.params.provider.Arguments.of("calendar holidays", calendar),
        org.junit.jupiter.params.provider.Arguments.of("names explain", List.of("-o, --output=FILE", "--pack")),
        org.junit.jupiter.params.provider.Arguments.of("policies show", List.of("-o, --output=FILE")),
        org.junit.jupiter.params.provider.Arguments.of("policies explain", List.of("-o, --output=FILE", "--pack")),
        org.junit.jupiter.params.provider.Arguments.of("policies list", List.of("-o, --output=FILE")));
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> out = new ArrayList<>();
    for (List<String> l : lists) {
      out.addAll(l);
    }
    return out;
  }

  @Test
  void rotaCheckWritesSarifJunitAndGithubThroughTheSharedReport() throws Exception {
    Cli.Result sarif = Cli.run("rota", "check", "--office", OFFICE, ROTA, "--format", "sarif");
    JsonNode run = JSON.readTree(sarif.out()).get("runs").get(0);
    assertTrue(run.get("results").size() > 2, sarif.out());
    assertTrue(run.get("tool").get("driver").get("rules").size() > 0, sarif.out());
    Cli.Result github = Cli.run("rota", "check", "--office", OFFICE, ROTA, "--format", "github");
    assertTrue(github.out().startsWith("::error file=" + ROTA + ",line="), github.out());
    Cli.Result junit = Cli.run("rota", "check", "--office", OFFICE, ROTA, "--format", "junit");
    assertTrue(junit.out().contains("<testcase classname=\"zhidu rota check\" name=\"" + ROTA + "\">"),
        junit.out());
    assertEquals(1, sarif.exitCode());
  }

  // ---- picocli in the user's language ----

  @Test
  void aMissingParameterIsToldInChineseAndInEnglish() {
    Cli.Result zh = Cli.run("rota", "check");
    assertEquals(2, zh.exitCode());
    assertEquals("zhidu：缺少必需的参数：--office、ROTA.csv\n用 “zhidu rota check --help” 查看用法。\n", zh.err());
    Cli.Result en = Cli.run("--lang", "en", "rota", "check");
    assertEquals("zhidu: missing required parameter: --office, ROTA.csv\nSee \"zhidu rota check --help\".\n",
        en.err());
  }

  @Test
  void aFolderGivenAsAPackIsToldAsSuch(@TempDir Path dir) {
    Cli.Result r = Cli.run("policies", "show", dir.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains(dir + ": 错误: 这是一个文件夹，不是规则包文件"), r.err());
  }

  @Test
  void aMisspeltCommandOrOptionIsToldTheNearestOnes() {
    Cli.Result zh = Cli.run("names", "chek");
    assertEquals(2, zh.exitCode());
    assertTrue(zh.err().contains("无法识别的参数：'chek'（是不是要输入：check？）"), zh.err());
    Cli.Result en = Cli.run("--lang", "en", "names", "check", "--max-error", "3", "x");
    assertEquals(2, en.exitCode());
    assertTrue(en.err().contains("unknown argument: '--max-error' (did you mean: --max-errors?)"), en.err());
  }

  @Test
  void anUnmatchedArgumentIsToldInChineseAndInEnglish() {
    Cli.Result zh = Cli.run("calendar", "show", "2026-10", "extra");
    assertEquals(2, zh.exitCode());
    assertTrue(zh.err().startsWith("zhidu：无法识别的参数：'extra'\n"), zh.err());
    Cli.Result en = Cli.run("--lang", "en", "calendar", "show", "2026-10", "extra");
    assertTrue(en.err().startsWith("zhidu: unknown argument: 'extra'\n"), en.err());
    assertFalse(zh.err().contains("Unmatched") || en.err().contains("Unmatched"));
  }

  @Test
  void anInvalidValueListsTheAcceptedValuesInLowerCaseAndAnyCaseIsAccepted() {
    Cli.Result zh = Cli.run("registers", "check", G1, "--format", "xml");
    assertEquals(2, zh.exitCode());
    assertTrue(zh.err().startsWith("zhidu：--format 的值 'xml' 无效：应为 text|json|sarif|junit|github 之一"),
        zh.err());
    Cli.Result en = Cli.run("--lang", "en", "score", "--office", OFFICE, "--events", EVENTS, "--period", "2026",
        "--format", "pdf");
    assertTrue(en.err().startsWith("zhidu: invalid value 'pdf' for --format: expected one of text|json|csv|html"),
        en.err());
    assertFalse(zh.err().contains("TEXT") || en.err().contains("TEXT") || en.err().contains("Invalid value"));
    Cli.Result date = Cli.run("calendar", "due", "2026-02-30", "3");
    assertTrue(date.err().startsWith("zhidu：D 的值 '2026-02-30' 无效：应为日期 yyyy-mm-dd"), date.err());
    assertEquals(1, Cli.run("registers", "check", G1, "--format", "JSON").exitCode());
    assertEquals(1, Cli.run("registers", "check", G1, "--format", "Sarif").exitCode());
  }

  @Test
  void shellCompletionOffersEnumValuesInLowerCase() {
    String script = Cli.run("generate-completion").out();
    assertTrue(script.contains("(\"text\" \"json\" \"sarif\" \"junit\" \"github\")"), script);
    assertTrue(script.contains("(\"zh\" \"en\")"), script);
    assertFalse(script.contains("\"SARIF\"") || script.contains("\"TEXT\"") || script.contains("\"ZH\""), script);
  }

  @Test
  void helpHeadingsAndStandardOptionsSpeakTheChosenLanguage() {
    String zh = Cli.run("--help").out();
    for (String text : List.of("用法：", "命令：", "选项：", "显示帮助并退出。", "显示版本并退出。")) {
      assertTrue(zh.contains(text), text + "\n" + zh);
    }
    String en = Cli.run("--lang", "en", "--help").out();
    for (String text : List.of("Usage:", "Commands:", "Options:", "Show this help message and exit.",
        "Print version information and exit.")) {
      assertTrue(en.contains(text), text + "\n" + en);
    }
    assertFalse(zh.contains("Usage:") || zh.contains("Commands:") || zh.contains("Options:"), zh);
  }

  @Test
  void theHelpCommandAndCompletionHelpSpeakTheChosenLanguage() {
    Cli.Result help = Cli.run("help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("命令：") && help.out().contains("names"), help.out());
    assertTrue(Cli.run("--lang", "en", "help").out().contains("Commands:"));
    String completion = Cli.run("generate-completion", "--help").out();
    assertTrue(completion.contains("生成 bash/zsh 命令补全脚本") && completion.contains("Tab 补全"), completion);
    assertFalse(completion.contains("Generate bash/zsh completion script for"), completion);
    String completionEn = Cli.run("--lang", "en", "generate-completion", "--help").out();
    assertTrue(completionEn.contains("Tab completion") && completionEn.contains("Usage:"), completionEn);
    String helpOfHelp = Cli.run("help", "--help").out();
    assertTrue(helpOfHelp.contains("显示某个命令的帮助") && helpOfHelp.contains("COMMAND"), helpOfHelp);
  }

  @Test
  void helpShowsTheHelpOfANestedCommand() {
    Cli.Result nested = Cli.run("help", "names", "check");
    assertEquals(0, nested.exitCode());
    assertEquals(Cli.run("names", "check", "--help").out(), nested.out());
    assertNotEquals(Cli.run("help", "names").out(), nested.out());
    assertTrue(nested.out().contains("--recursive"), nested.out());
    Cli.Result en = Cli.run("--lang", "en", "help", "rota", "generate");
    assertEquals(Cli.run("--lang", "en", "rota", "generate", "--help").out(), en.out());
    Cli.Result unknown = Cli.run("help", "names", "nope");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("没有这个命令：zhidu names nope"), unknown.err());
  }

  // ---- calendar ----

  @Test
  void holidaysOfAYearNotAnnouncedWorkWithAssumeNoHolidays() throws Exception {
    Cli.Result refused = Cli.run("calendar", "holidays", "2027");
    assertEquals(2, refused.exitCode());
    Cli.Result assumed = Cli.run("calendar", "holidays", "2027", "--assume-no-holidays");
    assertEquals(0, assumed.exitCode(), assumed.err());
    assertTrue(assumed.out().startsWith("2027 年节假日安排："), assumed.out());
    assertTrue(assumed.out().contains("按只有周末计算"), assumed.out());
    JsonNode json = JSON.readTree(Cli.run("calendar", "holidays", "2027", "--assume-no-holidays", "--format",
        "json").out());
    assertEquals(0, json.get("holidays").size());
  }
}
