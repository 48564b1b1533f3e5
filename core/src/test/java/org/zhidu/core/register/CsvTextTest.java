package org.zhidu.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTextTest {

  /** Each record as "line:column=cell" entries. */
  private static List<List<String>> read(String text) {
    List<List<String>> out = new ArrayList<>();
    CsvText.parse(text, (cells, count, lines, columns, unterminated) -> {
      List<String> row = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        row.add(lines[i] + ":" + columns[i] + "=" + cells[i] + (unterminated && i == count - 1 ? "!" : ""));
      }
      out.add(row);
      return true;
    });
    return out;
  }

  @Test
  void cellsWithTheirLinesAndColumns() {
    assertEquals(List.of(List.of("1:1=时间", "1:4=人员"), List.of("2:1=2026-03-05", "2:12=马超")),
        read("时间,人员\n2026-03-05,马超\n"));
  }

  @Test
  void crlfBomBlankLinesAndATrailingComma() {
    assertEquals(List.of(List.of("1:1=a", "1:3=b", "1:5="), List.of("3:1=c", "3:3=d", "3:5=")),
        read("\uFEFFa,b,\r\n\r\nc,d,"));
  }

  @Test
  void quotesEscapedQuotesAndNewlinesInsideQuotes() {
    List<List<String>> rows = read("x,y\n\"他说\"\"好\"\"\",\"第一行\n第二行\"\nz,w\n");
    assertEquals(List.of("2:1=他说\"好\"", "2:11=第一行\n第二行"), rows.get(1));
    assertEquals(List.of("4:1=z", "4:3=w"), rows.get(2), "the line after a quoted newline is counted");
  }

  @Test
  void anUnclosedQuoteIsMarked() {
    assertEquals(List.of("1:1=a", "1:3=b\n!"), read("a,\"b\n").get(0));
  }

  @Test
  void stoppingEarly() {
    List<String> seen = new ArrayList<>();
    CsvText.parse("a\nb\nc\n", (cells, count, lines, columns, unterminated) -> {
      seen.add(Arrays.toString(Arrays.copyOf(cells, count)));
      return seen.size() < 2;
    });
    assertEquals(List.of("[a]", "[b]"), seen);
  }

  /** An editor's column: characters, not bytes, and a character beyond the first 65,536 (four bytes) as two. */
  @Test
  void columnsCountCharactersAndAFourByteCharacterAsTwo() {
    assertEquals(List.of(List.of("1:1=\uD840\uDC00", "1:4=b", "1:6=日期", "1:9=😀x", "1:13=z")),
        read("\uD840\uDC00,b,日期,😀x,z\n"));
  }

  @Test
  void aCellAfterALineBreakInQuotesCountsFromItsOwnLine() {
    assertEquals(List.of("1:1=a", "1:3=x\n日期", "2:5=c"), read("a,\"x\n日期\",c\n").get(0));
    assertEquals(List.of("3:1=d"), read("a,\"x\n日期\",c\nd\n").get(1));
  }

  /** A part of a file begins where a line begins: a byte-order mark is passed over only at the file's start. */
  @Test
  void aPartOfAFileIsReadFromItsFirstLine() {
    byte[] bytes = "\uFEFFh\n日期,x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<String> cells = new ArrayList<>();
    CsvText.parse(new TextPart(bytes, 5, bytes.length, 2), (c, count, lines, columns, u) -> {
      for (int i = 0; i < count; i++) {
        cells.add(lines[i] + ":" + columns[i] + "=" + c[i]);
      }
      return true;
    });
    assertEquals(List.of("2:1=日期", "2:4=x"), cells);
  }
}
