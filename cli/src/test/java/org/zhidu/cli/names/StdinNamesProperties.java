package org.zhidu.cli.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.zhidu.cli.input.TextDecoding;
import org.zhidu.core.finding.InputException;

/**
 * Names read from standard input line by line, each line decoded on its own, are the names of the whole text decoded
 * and cut at its line ends: the same names at the same lines, or the same refusal.
 */
class StdinNamesProperties {

  private static final Charset GB18030 = Charset.forName("GB18030");

  @Property(tries = 2_000)
  void eachLineDecodedAloneGivesWhatTheWholeTextGives(@ForAll("inputs") byte[] bytes) {
    assertEquals(expected(bytes), actual(bytes));
  }

  @Property(tries = 2_000)
  void theNamesOfThePartsInTurnAreTheNamesOfTheWhole(
      @ForAll("inputs") byte[] bytes, @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 4) int linesPerPart) {
    NameInputs.StdinParts parts = NameInputs.stdinParts(bytes, linesPerPart);
    if (parts == null) {
      return; // not UTF-8: read whole, as the property above checks
    }
    List<String> inTurn = new ArrayList<>();
    for (int k = 0; k < parts.count(); k++) {
      List<NameInput> part = parts.part(k);
      assertTrue(part.size() <= linesPerPart, "at most the lines of a part");
      part.forEach(n -> inTurn.add(n.fileName() + "@" + n.line()));
    }
    assertEquals(actual(bytes), inTurn);
    assertEquals(expectedLines(bytes), parts.lines());
  }

  /** The lines of a text, blank ones included, as a line count reads them (a last line end starts none). */
  private static int expectedLines(byte[] bytes) {
    int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
        ? 3 : 0;
    String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    return text.isEmpty() ? 0 : text.split("\r\n|\r|\n", -1).length - (text.matches("(?s).*(\r|\n)") ? 1 : 0);
  }

  @Test
  void aByteOrderMarkLineEndsOfEveryKindBlankLinesAndOtherEncodingsAreReadAsBefore() {
    for (byte[] bytes : List.of(
        utf8("\uFEFF关于印发工作规则的通知.docx\r\n\n  \n财政〔2023〕1号.pdf"),
        utf8("一.doc\n\u3000\n二.doc\r"),
        utf8("替换符\uFFFD.doc\n"),
        "关于.txt\n第二行.txt".getBytes(GB18030),
        new byte[] {'a', (byte) 0xFF, (byte) 0xFE, '\n'},
        new byte[0])) {
      assertEquals(expected(bytes), actual(bytes));
    }
    assertEquals(List.of("一.doc@1", "二.doc@3"), actual(utf8("一.doc\n\u3000\n二.doc\r")));
    assertEquals(List.of("一.doc@1", "二.doc@2", "三.doc@4"), actual(utf8("一.doc\r二.doc\r\n\r三.doc")));
  }

  @Provide
  Arbitrary<byte[]> inputs() {
    Arbitrary<String> line = Arbitraries.strings()
        .withChars("关于印发通知〔〕号-（）() .\t\r\u3000\uFFFD")
        .withCharRange('a', 'c')
        .withChars('\uD83D', '\uDE00')
        .ofMaxLength(12);
    Arbitrary<byte[]> utf8 = line.list().ofMaxSize(8).map(lines -> utf8(String.join("\n", lines)));
    Arbitrary<byte[]> withBom = utf8.map(b -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b));
    Arbitrary<byte[]> gb = line.list().ofMaxSize(8).map(lines -> String.join("\n", lines).getBytes(GB18030));
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
    return Arbitraries.oneOf(utf8, withBom, gb, raw);
  }

  /** What the whole text decoded and cut gives: each name with its line, or the refusal's message. */
  private static List<String> expected(byte[] bytes) {
    String text;
    try {
      text = TextDecoding.decode(bytes, NameInputs.STDIN);
    } catch (InputException e) {
      return List.of("refused: " + e.getMessage());
    }
    List<String> out = new ArrayList<>();
    // a line ends at LF, CR LF or a CR alone
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank() && !(i == lines.length - 1 && lines[i].isEmpty())) {
        out.add(lines[i] + "@" + (i + 1));
      }
    }
    return out;
  }

  private static List<String> actual(byte[] bytes) {
    try {
      return NameInputs.fromStdin(NameInputs.readAll(new ByteArrayInputStream(bytes))).stream()
          .map(n -> n.fileName() + "@" + n.line()).toList();
    } catch (InputException e) {
      return List.of("refused: " + e.getMessage());
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
