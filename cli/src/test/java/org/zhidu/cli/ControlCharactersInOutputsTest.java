package org.zhidu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: an ESC, a BEL or a CR from a user's file or command line reached a report raw — the github annotation's
 * file=, the JUnit name= attribute, an office's title in the rota's text, page and summary, a name in rota stats' CSV,
 * an error message quoting a refused name or a --person value. Each is now shown as \xNN, as registers check shows a
 * cell's.
 */
class ControlCharactersInOutputsTest {

  private static final String G1 = "examples/registers/broken/G1-来文来电登记.csv";

  /** No ESC, BEL, CR or NUL anywhere: the text may end its lines with CRLF (CSV), so a CR only before an LF. */
  private static void assertNoRawControls(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd = c == '\n' || c == '\t' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      assertFalse(Character.isISOControl(c) && !lineEnd,
          String.format("U+%04X at %d in %s", (int) c, i, text.substring(Math.max(0, i - 40), i)));
    }
  }

  private static Path copyWithName(Path dir, String name) throws Exception {
    Path file = dir.resolve(name);
    Files.copy(Cli.ROOT.resolve(G1), file);
    return file;
  }

  @Test
  void aFileNameWithAnEscapeIsShownInTheGithubAnnotationsFileField(@TempDir Path dir) throws Exception {
    Path file = copyWithName(dir, "G1-来文来电登记\u001b[31m.csv");
    Cli.Result r = Cli.run("registers", "check", "--type", "G1", "--format", "github", file.toString());
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.out().contains("file=" + dir + "/G1-来文来电登记\\x1B[31m.csv,line="), r.out());
    assertNoRawControls(r.out());
    assertNoRawControls(r.err());
  }

  @Test
  void aFileNameWithACarriageReturnIsShownInTheJunitNameAttribute(@TempDir Path dir) throws Exception {
    Path file = copyWithName(dir, "G1\r来文来电登记.csv");
    Cli.Result r = Cli.run("registers", "check", "--type", "G1", "--format", "junit", file.toString());
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.out().contains("name=\"" + dir + "/G1\\x0D来文来电登记.csv\""), r.out());
    assertNoRawControls(r.out());
    // and the report stays XML a CI server can read
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
  }

  private static Path office(Path dir, String title, String clerk) throws Exception {
    Path office = dir.resolve("office.yaml");
    Files.writeString(office, """
        office: "%s"
        sections: [{ name: 秘书股, head: 王建国 }]
        dutyInCharge: 王建国
        people:
          - { name: 王建国, role: 科级干部, section: 秘书股 }
          - { name: 张伟, role: 文秘人员, section: 秘书股 }
          - { name: "%s", role: 文秘人员, section: 秘书股 }
          - { name: 孙浩, role: 文秘人员, section: 秘书股 }
        """.formatted(title, clerk));
    return office;
  }

  /** An office's title with controls never reaches the rota's text, page or summary: the file is refused at it. */
  @Test
  void anOfficeTitleWithControlsIsRefusedAtItsPlaceAndShownInTheMessage(@TempDir Path dir) throws Exception {
    Path office = office(dir, "测试\\e办公室\\r", "吴敏");
    for (String format : new String[] {"text", "html", "csv"}) {
      Cli.Result r = Cli.run("rota", "generate", "--office", office.toString(), "--month", "2026-10",
          "--format", format);
      assertEquals(2, r.exitCode(), r.err());
      assertNoRawControls(r.out());
      assertNoRawControls(r.err());
      assertTrue(r.err().startsWith(office + ":1:9: "), r.err());
      assertTrue(r.err().contains("测试\\x1B办公室\\x0D"), format + ": " + r.err());
    }
  }

  /**
   * Regression: a pack's or calendar file's text (a holiday's name, a citation, a source) with a line feed and an
   * escape reached calendar show, calendar holidays, policies show and spend route raw, where "::error::" on a line
   * of its own is a workflow command in a GitHub log.
   */
  @Test
  void aCalendarFilesOrPacksTextWithControlsIsRefusedAtItsPlace(@TempDir Path dir) throws Exception {
    Path calendar = dir.resolve("calendar.yaml");
    Files.writeString(calendar, "years:\n  - year: 2027\n    source: x\n    holidays:\n"
        + "      - { name: \"元旦\\n::error::forged\\e[31m\", from: 2027-01-01 }\n");
    for (String[] command : new String[][] {
      {"calendar", "show", "2027-01", "--calendar", calendar.toString()},
      {"calendar", "holidays", "2027", "--calendar", calendar.toString(), "--format", "text"},
    }) {
      Cli.Result r = Cli.run(command);
      assertEquals(2, r.exitCode(), r.out() + r.err());
      assertTrue(r.err().startsWith(calendar + ":5:17: "), r.err());
      assertNoRawControls(r.out() + r.err());
    }
    Path pack = dir.resolve("my-pack.yaml");
    Files.writeString(pack, "id: mine\nextends: wujiang-cppcc\nname: \"我的\\r\\n::error::forged\"\n");
    Cli.Result show = Cli.run("policies", "show", pack.toString());
    assertEquals(2, show.exitCode(), show.out());
    assertTrue(show.err().startsWith(pack + ":3:7: "), show.err());
    assertNoRawControls(show.out() + show.err());
  }

  /** Regression: spend route printed its --kind as given, a line feed and an escape in it too. */
  @Test
  void aKindGivenWithControlsIsShownInTheRoute() {
    Cli.Result kind = Cli.run("spend", "route", "--kind", "会议费\n::error::forged\u001b[31m", "--amount", "100");
    assertNoRawControls(kind.out() + kind.err());
    assertFalse((kind.out() + kind.err()).contains("\n::error"), kind.out());
    assertTrue(kind.out().contains("会议费\\x0A::error::forged\\x1B[31m"), kind.out());
  }

  @Test
  void aNameWithControlsInARotaIsShownInRotaStatsCsv(@TempDir Path dir) throws Exception {
    Path rota = dir.resolve("rota.csv");
    Files.writeString(rota, "日期,星期,类型,值班人员,带班领导,通知人\n"
        + "2026-10-08,星期四,工作日,张\u001b伟,,\n2026-10-09,星期五,工作日,孙\u0007浩,,\n");
    Cli.Result r = Cli.run("rota", "stats", rota.toString(), "--format", "csv");
    assertNoRawControls(r.out());
    assertNoRawControls(r.err());
    assertTrue(r.out().contains("张\\x1B伟"), r.out());
    assertTrue(r.out().contains("孙\\x07浩"), r.out());
  }

  @Test
  void anErrorMessageQuotingARefusedNameOrAPersonShowsItsControls(@TempDir Path dir) throws Exception {
    Cli.Result refused = Cli.run("rota", "generate", "--office", office(dir, "x", "吴\\a敏").toString(),
        "--month", "2026-10");
    assertEquals(2, refused.exitCode(), refused.err());
    assertTrue(refused.err().contains("吴\\x07敏"), refused.err());
    assertNoRawControls(refused.err());

    Cli.Result person = Cli.run("rota", "generate", "--office", office(dir, "x", "吴敏").toString(),
        "--month", "2026-10", "--format", "ics", "--person", "张\u001b[2J伟");
    assertEquals(2, person.exitCode(), person.err());
    assertTrue(person.err().contains("张\\x1B[2J伟"), person.err());
    assertNoRawControls(person.err());
  }
}
