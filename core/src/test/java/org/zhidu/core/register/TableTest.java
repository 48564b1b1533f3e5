package org.zhidu.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;

class TableTest {

  /** A swap log: three required columns, two optional. */
  private static final Schema SWAPS = new Schema("R7", "调换班记录", "值班工作制度", List.of(
      field("日期", "date", true), field("原值班人员", "original", true), field("顶替人员", "replacement", true),
      field("批准人", "approvedBy", false), field("批准时间", "approvedAt", false)), List.of());

  private static Field field(String name, String alias, boolean required) {
    return new Field(name, List.of(alias), FieldType.TEXT, required, List.of());
  }

  private static Table read(String text) {
    return Table.read("swaps.csv", text, SWAPS);
  }

  @Test
  void cellsAreFoundByFieldWithTheirLineAndColumn() {
    Table t = read("日期,原值班人员,顶替人员,批准人\n2026-10-03, 张伟 ,刘洋,王芳\n");
    Table.Row row = t.rows().get(0);
    assertEquals("张伟", row.text("原值班人员"), "surrounding spaces are not part of the cell");
    assertEquals(new Location("swaps.csv", 2, 12, "原值班人员"), row.at("原值班人员"));
    assertEquals(2, row.line());
    assertEquals("", row.text("批准时间"), "an optional column the file lacks reads as empty");
    assertEquals(new Location("swaps.csv", 2, 1, "批准时间"), row.at("批准时间"));
    assertTrue(t.has("批准人"));
    assertFalse(t.has("批准时间"));
  }

  /** The runs of a large file read on two threads give the rows of the whole text, each run in order, at its lines. */
  @Test
  void aFileInRunsReadsAsTheWholeTextReadsWhateverThreadReadsEachRun() {
    StringBuilder whole = new StringBuilder("日期,原值班人员,顶替人员\n");
    List<String> runs = new java.util.ArrayList<>();
    List<Integer> firstLines = new java.util.ArrayList<>();
    runs.add(whole.toString());
    firstLines.add(1);
    int line = 2;
    for (int k = 0; k < 40; k++) {
      StringBuilder run = new StringBuilder();
      for (int i = 0; i < 25; i++) {
        run.append("2026-10-03,人").append(k * 25 + i).append(k == 7 && i == 3 ? ",多,一格\n" : ",顶替\n");
      }
      runs.add(run.toString());
      firstLines.add(line);
      line += 25;
      whole.append(run);
    }
    List<String> expected = new java.util.ArrayList<>();
    Table.read("swaps.csv", whole.toString(), SWAPS).rows().forEach(r -> expected.add(r.line() + r.text("原值班人员")));
    java.util.Map<Integer, List<String>> byRun = new java.util.concurrent.ConcurrentHashMap<>();
    List<TextPart> parts = new java.util.ArrayList<>();
    for (int k = 0; k < runs.size(); k++) {
      byte[] run = runs.get(k).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      parts.add(new TextPart(run, 0, run.length, firstLines.get(k)));
    }
    Table.Scan scan = Table.scan("swaps.csv", parts, SWAPS, k -> {
      List<String> rows = new java.util.ArrayList<>();
      byRun.put(k, rows);
      return r -> rows.add(r.line() + r.text("原值班人员"));
    }, task -> new Thread(task).start());
    List<String> seen = new java.util.ArrayList<>();
    for (int k = 0; k < runs.size(); k++) {
      seen.addAll(byRun.get(k));
    }
    assertEquals(expected, seen);
    assertEquals(1, scan.problems().size());
    assertEquals(2 + 7 * 25 + 3, scan.problems().get(0).location().line());
  }

  /** A row of a scan is read in place: kept past its turn it refuses, rather than read the next record. */
  @Test
  void aRowKeptPastItsTurnInAScanRefusesToBeRead() {
    List<Table.Row> kept = new java.util.ArrayList<>();
    List<org.zhidu.core.finding.RowPlace> places = new java.util.ArrayList<>();
    Table.scan("swaps.csv", "日期,原值班人员,顶替人员\n2026-10-03,张伟,刘洋\n2026-10-04,杨帆,黄磊\n", SWAPS, r -> {
      assertEquals(r.line() == 2 ? "张伟" : "杨帆", r.text("原值班人员"));
      kept.add(r);
      places.add(r.place());
    });
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> kept.get(0).text("原值班人员"));
    assertEquals(new Location("swaps.csv", 2, 12, "原值班人员"), places.get(0).at("原值班人员"),
        "its place() is the part to keep");
  }

  @Test
  void aHeaderMayUseTheAliasesInAnyCaseAndAnyOrder() {
    Table t = read("Replacement, ORIGINAL ,date,approvedby\n刘洋,张伟,2026-10-03,王芳\n");
    Table.Row row = t.rows().get(0);
    assertEquals("2026-10-03", row.text("日期"));
    assertEquals("张伟", row.text("原值班人员"));
    assertEquals("王芳", row.text("批准人"));
    assertEquals(new Location("swaps.csv", 2, 4, "原值班人员"), row.at("原值班人员"));
  }

  @Test
  void aMissingRequiredColumnIsAnErrorAtTheHeaderNamingItAndItsAliases() {
    InputException e = assertThrows(InputException.class, () -> read("日期,批准人\n2026-10-03,王芳\n"));
    assertEquals(new Location("swaps.csv", 1, 1, null), e.location());
    assertEquals("csv.missing_column", e.problem().key());
    assertEquals(List.of("原值班人员 / original、顶替人员 / replacement"), e.problem().args());
  }

  @Test
  void aFileSeparatedBySemicolonsOrTabsIsToldSo() {
    for (String sep : List.of(";", "\t")) {
      InputException e = assertThrows(InputException.class,
          () -> read("日期" + sep + "原值班人员" + sep + "顶替人员\n2026-10-03" + sep + "张伟" + sep + "王芳\n"));
      assertEquals("csv.missing_column_separator", e.problem().key());
    }
  }

  @Test
  void anEmptyFileIsAnError() {
    InputException e = assertThrows(InputException.class, () -> read("\uFEFF\r\n \n,,\n"));
    assertEquals("csv.empty", e.problem().key());
    assertEquals(1, e.location().line());
  }

  @Test
  void aQuotedNewlineKeepsTheLineNumbersOfWhatFollows() {
    Table t = read("日期,原值班人员,顶替人员,批准人\n2026-10-03,张伟,\"刘洋\n（代）\",王芳\n2026-10-04,李娜,赵磊,王芳\n");
    assertEquals("刘洋\n（代）", t.rows().get(0).text("顶替人员"));
    assertEquals(new Location("swaps.csv", 3, 6, "批准人"), t.rows().get(0).at("批准人"),
        "a cell after a quoted newline is on the next line");
    assertEquals(4, t.rows().get(1).line());
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstHeader() {
    Table t = read("\uFEFF日期,原值班人员,顶替人员\n2026-10-03,张伟,刘洋\n");
    assertEquals("2026-10-03", t.rows().get(0).text("日期"));
    assertEquals(new Location("swaps.csv", 2, 1, "日期"), t.rows().get(0).at("日期"));
  }

  @Test
  void crOnlyAndCrlfLineEndsAreCountedAsLines() {
    for (String end : List.of("\r", "\r\n", "\n")) {
      String text = String.join(end, "日期,原值班人员,顶替人员", "2026-10-03,张伟,\"刘" + end + "洋\"", "",
          "2026-10-04,李娜,赵磊") + end;
      Table t = read(text);
      assertEquals(2, t.rows().size(), end.replace("\r", "CR").replace("\n", "LF"));
      assertEquals(2, t.rows().get(0).line());
      assertEquals("刘" + end + "洋", t.rows().get(0).text("顶替人员"));
      assertEquals(5, t.rows().get(1).line(), "CR, CRLF and LF each end one line");
      assertEquals(new Location("swaps.csv", 5, 15, "顶替人员"), t.rows().get(1).at("顶替人员"));
    }
  }

  @Test
  void anUnclosedQuoteIsAnErrorWhereItOpens() {
    InputException e = assertThrows(InputException.class,
        () -> read("日期,原值班人员,顶替人员\n2026-10-03,张伟,刘洋\n2026-10-04,\"李娜,赵磊\n2026-10-05,a,b\n"));
    assertEquals(new Location("swaps.csv", 3, 12, "原值班人员"), e.location());
    assertEquals("csv.unterminated", e.problem().key());
  }

  @Test
  void raggedRowsAreProblemsAsTheRegistersReportThemAndAreLeftOut() {
    Table t = read("日期,原值班人员,顶替人员\n2026-10-03,张伟\n2026-10-04,李娜,赵磊,多余\n2026-10-05,a,b,,\n,,\n");
    assertEquals(1, t.rows().size(), "trailing blank cells and lines of commas are not ragged");
    assertEquals(4, t.rows().get(0).line());
    assertEquals(2, t.problems().size());
    Table.Problem few = t.problems().get(0);
    assertEquals(new Location("swaps.csv", 2, 12, "原值班人员"), few.location());
    assertEquals("csv.too_few_cells", few.message().key());
    assertEquals(List.of("2", "3"), few.message().args());
    Table.Problem many = t.problems().get(1);
    assertEquals(new Location("swaps.csv", 3, 15, "顶替人员"), many.location());
    assertEquals("csv.too_many_cells", many.message().key());
  }

  @Test
  void aFieldTheSchemaDoesNotHaveIsAMistakeOfTheCaller() {
    Table t = read("日期,原值班人员,顶替人员\n2026-10-03,张伟,刘洋\n");
    assertThrows(IllegalArgumentException.class, () -> t.rows().get(0).text("date"));
  }

  @Test
  void aFieldNamedByTwoColumnsIsRefusedAtTheSecond() {
    Schema schema = new Schema("T1", "表", "本办", List.of(
        new Field("日期", List.of("date"), FieldType.DATE, true, List.of()),
        new Field("顶替人员", List.of("replacement"), FieldType.PERSON, true, List.of())), List.of());
    InputException e = assertThrows(InputException.class,
        () -> Table.read("s.csv", "日期,顶替人员,replacement\n2026-10-01,张三,李四\n", schema));
    assertEquals("csv.column_twice", e.problem().key());
    assertEquals(1, e.location().line());
    assertEquals(9, e.location().column());
  }
}
