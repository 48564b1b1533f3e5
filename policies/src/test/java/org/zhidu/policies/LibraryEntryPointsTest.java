package org.zhidu.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.office.Office;
import org.zhidu.core.register.CsvText;
import org.zhidu.core.register.Recognition;
import org.zhidu.core.register.RegisterChecker;
import org.zhidu.core.register.RegisterReport;
import org.zhidu.core.register.Schema;
import org.zhidu.policies.calendar.HolidayData;
import org.zhidu.policies.office.OfficeLoader;
import org.zhidu.policies.register.Registers;
import org.zhidu.policies.scoring.EventsRegister;

/**
 * The entry points a Java program uses without the command line: packs, office files, calendars, registers and the
 * events register from a path, a stream, a reader or rows in memory, each giving what the text itself gives.
 */
class LibraryEntryPointsTest {

  private static final String MY_PACK = """
      id: my-office
      extends: anju-gov-office
      naming:
        draftCategories:
          rules: [N3]
          citation: 本办 2016 年补充规定
          open: true
          values: [讲话, 致辞, 调研报告]
      """;


  @Test
  void aUsersPackReadsTheSameFromAPathAStreamAndItsText(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("my-office.yaml");
    Files.write(file, MY_PACK.getBytes(Charset.forName("GB18030")));
    Pack fromText = PackLoader.fromYaml("my-office.yaml", MY_PACK);
    Pack fromPath = PackLoader.fromPath(file, "my-office.yaml");
    Pack fromStream = PackLoader.fromStream("my-office.yaml",
        new ByteArrayInputStream(MY_PACK.getBytes(StandardCharsets.UTF_8)));
    assertEquals(java.util.Set.of("讲话", "致辞", "调研报告"), java.util.Set.copyOf(fromText.naming().draftCategories()));
    assertEquals(fromText.naming(), fromPath.naming());
    assertEquals(fromText.naming(), fromStream.naming());
    assertEquals("my-office", fromPath.id());
    assertEquals(file.toString(), PackLoader.fromPath(file).origin().file());
  }

  @Test
  void aPackThatIsAFolderOrMissingIsAnInputError(@TempDir Path dir) {
    InputException folder = assertThrows(InputException.class, () -> PackLoader.fromPath(dir, "packs"));
    assertEquals("pack.is_folder", folder.problem().key());
    InputException missing = assertThrows(InputException.class,
        () -> PackLoader.fromPath(dir.resolve("none.yaml"), "none.yaml"));
    assertEquals("input.not_found", missing.problem().key());
    assertEquals("none.yaml", missing.location().file());
  }

  @Test
  void bytesThatAreNeitherUtf8NorGb18030AreRefusedAtTheirOffset() {
    byte[] bad = {'i', 'd', ':', ' ', (byte) 0x80, (byte) 0xFF, (byte) 0xFF};
    InputException e = assertThrows(InputException.class,
        () -> PackLoader.fromStream("bad.yaml", new ByteArrayInputStream(bad)));
    assertEquals("input.encoding", e.problem().key());
    assertEquals(List.of("4"), e.problem().args());
  }

  /**
   * Regression: bytes that are no text were told by their offset alone, with no line and column, unlike every other
   * error in an input. They are at the line and column where they start (a line ended by LF, CR LF or a CR alone; the
   * column counted in characters, as every column is), the offset still given.
   */
  @Test
  void bytesThatAreNeitherUtf8NorGb18030AreAtTheirLineAndColumn() {
    byte[] bad = "name: x\r\nsections:\r  - 综合股\n  - 秘书".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(bad, bad.length + 3);
    bytes[bad.length] = (byte) 0x80;
    bytes[bad.length + 1] = (byte) 0xFF;
    bytes[bad.length + 2] = (byte) 0xFF;
    InputException e = assertThrows(InputException.class, () -> TextInput.decode(bytes, "bad.yaml"));
    assertEquals("input.encoding", e.problem().key());
    assertEquals(List.of(Integer.toString(bad.length)), e.problem().args());
    assertEquals(4, e.location().line());
    assertEquals(7, e.location().column());
  }

  @Test
  void aReaderLosesItsBom() {
    assertEquals("日期", TextInput.read(new StringReader("\uFEFF日期")));
  }

  @Test
  void theOfficeAndTheCalendarReadFromTheirFiles() {
    Office office = OfficeLoader.load(Examples.of("examples/anju/office.yaml"));
    assertEquals(office, OfficeLoader.load("office.yaml", TextInput.read(Examples.of("examples/anju/office.yaml"), "x")));
    assertFalse(office.people().isEmpty());
    WorkCalendar builtIn = HolidayData.builtInCalendar();
    assertEquals(DayType.HOLIDAY, builtIn.dayType(LocalDate.of(2026, 10, 1)));
    assertFalse(builtIn.isAnnounced(2027));
    WorkCalendar withFile = HolidayData.calendar(Examples.of("examples/calendar/calendar-2027.yaml"));
    assertTrue(withFile.isAnnounced(2027));
    assertEquals(DayType.HOLIDAY, withFile.dayType(LocalDate.of(2027, 2, 8)));
  }

  @Test
  void theEventsRegisterReadsTheSameFromAPathAReaderAndAStream() throws IOException {
    Path file = Examples.of("examples/anju/events-2026.csv");
    String text = Files.readString(file);
    EventsRegister.Read fromPath = EventsRegister.read(file, "events.csv");
    EventsRegister.Read fromReader = EventsRegister.read("events.csv", new StringReader(text));
    EventsRegister.Read fromStream = EventsRegister.read("events.csv",
        new ByteArrayInputStream(text.getBytes(Charset.forName("GB18030"))));
    assertTrue(fromPath.events().size() > 100, "the example's events");
    assertEquals(fromPath.events().size(), fromReader.events().size());
    assertEquals(fromPath.events().size(), fromStream.events().size());
    assertEquals(fromPath.allFindings(), fromReader.allFindings());
    assertEquals(fromPath.allFindings(), fromStream.allFindings());
    for (int i = 0; i < fromPath.events().size(); i++) {
      assertEquals(fromPath.events().get(i).item(), fromStream.events().get(i).item());
      assertEquals(fromPath.events().get(i).where().at("事项"), fromStream.events().get(i).where().at("事项"));
    }
  }

  @Test
  void aRegisterChecksTheSameFromAFileAReaderAStreamAndRowsInMemory_G3() throws IOException {
    Pack pack = PackLoader.builtIn(BuiltInPacks.DEFAULT);
    Schema g3 = Registers.schema(pack, "g3").orElseThrow();
    assertTrue(Registers.schema(pack, "G99").isEmpty());
    Path file = Examples.of("examples/registers/broken/G3-印章出借登记.csv");
    String text = Files.readString(file);
    LocalDate asOf = LocalDate.of(2026, 11, 23);
    RegisterReport fromText = Registers.check("G3.csv", text, g3, asOf);
    assertFalse(fromText.findings().isEmpty(), "the broken example has findings");
    assertTrue(fromText.findings().stream().allMatch(f -> f.ruleId().equals("G3")));
    assertEquals(fromText.findings(), Registers.check("G3.csv", new StringReader(text), g3, asOf).findings());
    assertEquals(fromText.findings(), Registers.check("G3.csv",
        new ByteArrayInputStream(text.getBytes(Charset.forName("GB18030"))), g3, asOf).findings());
    assertEquals(fromText.findings().size(), Registers.check(file, g3, asOf).findings().size());
    assertTrue(Registers.recognise("G3.csv", text, pack.registers()) instanceof Recognition.Recognised r
        && r.schema().equals(g3));

    List<List<String>> records = new ArrayList<>();
    CsvText.parse(text, (cells, count, lines, columns, unterminated) ->
        records.add(List.of(java.util.Arrays.copyOf(cells, count))));
    RegisterReport fromRows = RegisterChecker.check("G3.csv", records.get(0), records.subList(1, records.size()),
        g3, asOf);
    assertEquals(fromText.rows(), fromRows.rows());
    assertEquals(lineRuleField(fromText.findings()), lineRuleField(fromRows.findings()));
  }

  @Test
  void rowsInMemoryWithCommasQuotesAndNullsAreReadAsTheirCells_G3() {
    Schema g3 = Registers.schema(PackLoader.builtIn(BuiltInPacks.DEFAULT), "G3").orElseThrow();
    List<String> header = List.of("出借时间", "出借事由", "借出人员", "归还时间");
    List<List<String>> rows = List.of(
        java.util.Arrays.asList("2026-11-02 08:30", "外出, \"签订\"协议", "吴敏", "2026-11-02 17:00"),
        java.util.Arrays.asList("2026-11-20 08:30", "外出签订协议", "吴敏", null));
    RegisterReport report = RegisterChecker.check("G3", header, rows, g3, LocalDate.of(2026, 11, 23));
    assertEquals(2, report.rows());
    // the second row's seal is not back by the as-of day (G3), at its line: header 1, rows 2 and 3
    assertEquals(List.of("3 G3 归还时间"), lineRuleField(report.findings()));
  }

  private static List<String> lineRuleField(List<Finding> findings) {
    return findings.stream().map(f -> f.location().line() + " " + f.ruleId() + " " + f.location().field()).toList();
  }
}
