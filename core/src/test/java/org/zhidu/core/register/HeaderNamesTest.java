package org.zhidu.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.InputException;

class HeaderNamesTest {

  /** The events register's columns, as the scores read them. */
  private static final Schema EVENTS = new Schema("I1", "内务督查登记", "内务督查制度", List.of(
      field("日期", "date", true), field("对象", "subject", true), field("事项", "item", true),
      field("次数", "count", false), field("批准人", "approvedBy", false), field("金额", "amount", false)),
      List.of());

  private static Field field(String name, String alias, boolean required) {
    return new Field(name, List.of(alias), FieldType.TEXT, required, List.of());
  }

  private static String near(String header) {
    Field f = HeaderNames.near(header, HeaderNames.index(EVENTS));
    return f == null ? null : f.name();
  }

  /**
   * Regression: a header 次數 (traditional) or 次数(次) was passed over in silence and every count read as 1. A column
   * written almost as one of the schema's is a near miss, named with the column it resembles; an extra one is not.
   */
  @Test
  void aColumnWrittenAlmostAsOneOfTheSchemasIsANearMiss() {
    assertEquals("次数", near("次數"));
    assertEquals("次数", near("次数(次)"));
    assertEquals("次数", near("次数（次）"));
    assertEquals("次数", near("ｃｏｕｎｔ"), "full-width letters, NFKC");
    assertEquals("金额", near("金额（元）"));
    assertEquals("批准人", near("批準人"));
    assertEquals("批准人", near("批准人员"), "one character added to a name of three");
    assertEquals("批准人", near("批人准"), "two neighbours swapped");
    assertEquals("次数", near("conut"), "an alias with two letters swapped");
    assertEquals("批准人", near("approvedb"), "an alias with a letter left out");
    // known columns, blank ones and extra ones are no near miss
    for (String quiet : new String[] {"次数", " 次 数 ", "COUNT", "", "备注", "序号", "依据股室", "人员", "数次"}) {
      assertNull(near(quiet), quiet);
    }
  }

  @Test
  void aNearMissIsOnlyForAColumnTheHeaderLacks() {
    List<HeaderNames.Miss> misses = HeaderNames.misses(List.of("日期", "对象", "事项", "次数(次)", "备注"), EVENTS);
    assertEquals(List.of(new HeaderNames.Miss(3, "次数(次)", EVENTS.field("次数"))), misses);
    assertEquals(List.of(), HeaderNames.misses(List.of("日期", "对象", "事项", "次数", "次数(次)"), EVENTS));
  }

  @Test
  void everyReaderWarnsOfANearMissAtItsCell() {
    Table table = Table.read("e.csv", "日期,对象,事项,次數\n2026-01-06,黄磊,迟到,5\n", EVENTS);
    assertEquals(1, table.nearMisses().size());
    Table.Problem miss = table.nearMisses().get(0);
    assertEquals("csv.column_near", miss.message().key());
    assertEquals(List.of("次數", "次数"), miss.message().args());
    assertEquals(1, miss.location().line());
    assertEquals(10, miss.location().column());
    assertEquals("", table.rows().get(0).text("次数"), "the column is still not read: said, not guessed");

    List<Finding> findings = RegisterChecker.check("e.csv", "日期,对象,事项,次数(次)\n2026-01-06,黄磊,迟到,5\n", EVENTS,
        20261123L, 0).findings();
    assertEquals(1, findings.size(), findings.toString());
    assertEquals("csv.column_near", findings.get(0).message().key());
    assertEquals(org.zhidu.core.finding.Severity.WARNING, findings.get(0).severity());
    assertEquals(List.of("次数(次)", "次数"), findings.get(0).message().args());
  }

  /**
   * Regression: recognising a header of 100,000 columns took 8 s (a million, 86 s). A header wider than
   * {@link HeaderNames#MOST_COLUMNS} is refused at its line with its width, by every reader.
   */
  @Test
  void aHeaderWiderThanTheLimitIsRefusedAtItsLineWithItsWidth() {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < HeaderNames.MOST_COLUMNS + 1; i++) {
      cells.add("c" + i);
    }
    String wide = "\n" + String.join(",", cells) + "\n";
    List<InputException> refused = List.of(
        assertThrows(InputException.class, () -> RegisterChecker.header("w.csv", wide)),
        assertThrows(InputException.class, () -> RegisterChecker.check("w.csv", wide, EVENTS, 20261123L, 0)),
        assertThrows(InputException.class, () -> Table.read("w.csv", wide, EVENTS)),
        assertThrows(InputException.class, () -> Table.scan("w.csv", wide, EVENTS, row -> { })));
    for (InputException e : refused) {
      assertEquals("csv.too_wide", e.problem().key());
      assertEquals(List.of("1001", "1000"), e.problem().args());
      assertEquals(2, e.location().line(), "the header's line, after a blank one");
    }
    // at the limit, a header is read, and recognised by one look-up a cell
    cells.remove(cells.size() - 1);
    cells.set(7, "日期");
    cells.set(500, "对象");
    cells.set(999, "事项");
    List<String> header = RegisterChecker.header("w.csv", String.join(",", cells) + "\n");
    assertEquals(1000, header.size());
    Recognition r = RegisterChecker.recognise(header, List.of(EVENTS));
    assertInstanceOf(Recognition.Recognised.class, r);
    assertTrue(Table.read("w.csv", String.join(",", cells) + "\n", EVENTS).has("事项"));
  }
}
