package org.zhidu.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.zhidu.core.naming.NameAssertions.assertClean;
import static org.zhidu.core.naming.NameAssertions.assertFinding;
import static org.zhidu.core.naming.NameAssertions.assertFixedTo;
import static org.zhidu.core.naming.Policies.check;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** N5: a legal file name on Windows and Linux, compared in NFC; the extension is not part of the name. */
class N5CharactersTest {

  static final String DOC = N1DocumentTest.CLAUSE_EXAMPLE;

  @ParameterizedTest
  @CsvSource({"?,？", ":,：", "*,＊", "|,｜", "\\,＼", "/,／", "<,《", ">,》"})
  void forbiddenCharactersAreReplacedByTheirFullWidthForms(String bad, String good) {
    NameReport report = check(DOC.replace("调研", "调" + bad + "研"));
    assertFinding(report, "N5", NameProblem.FORBIDDEN_CHARACTER);
    assertFixedTo(report, DOC.replace("调研", "调" + good + "研"));
  }

  @Test
  void straightQuotesBecomeChineseQuotes() {
    assertFixedTo(check(DOC.replace("调研工作", "\"调研\"工作")), DOC.replace("调研工作", "“调研”工作"));
  }

  @Test
  void controlCharactersAreDropped() {
    NameReport report = check(DOC.replace("调研", "调\t研\u0001"));
    assertFinding(report, "N5", NameProblem.CONTROL_CHARACTER);
    assertFixedTo(report, DOC);
  }

  @ParameterizedTest
  @ValueSource(strings = {".", " ", "..", ". ", " ."})
  void trailingDotsAndSpacesAreRemoved(String tail) {
    NameReport report = check(DOC + ".doc" + tail);
    assertFinding(report, "N5", NameProblem.TRAILING_DOT_OR_SPACE);
    assertFixedTo(report, DOC + ".doc");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CON", "con.doc", "NUL.txt", "Aux", "COM1.pdf", "LPT9", "PRN .doc"})
  void windowsReservedNamesAreErrors(String name) {
    NameReport report = check(name);
    assertFinding(report, "N5", NameProblem.RESERVED_NAME);
    assertNull(report.suggestion());
  }

  @ParameterizedTest
  @ValueSource(strings = {"CONS", "COM10", "NULL.doc", "LPT.doc"})
  void namesThatOnlyLookReservedAreNot(String name) {
    NameReport report = check(name);
    assertEquals(0, report.findings().stream().filter(f -> f.message().key().equals("naming.reserved_name")).count());
  }

  @Test
  void fileNamesUpTo255BytesOfUtf8AreLegalAndOneMoreIsNot() {
    String stem = "2015.01.06-讲话-区长-";
    String version = "1";
    int fixedBytes = FileNameCharacters.utf8Length(stem + version + ".doc");
    int chineseChars = (255 - fixedBytes) / 3;
    int asciiPad = 255 - fixedBytes - chineseChars * 3;
    String atLimit = stem + "会".repeat(chineseChars) + "a".repeat(asciiPad) + version + ".doc";
    assertEquals(255, FileNameCharacters.utf8Length(atLimit));
    assertClean(check(atLimit));
    String overLimit = stem + "会".repeat(chineseChars) + "a".repeat(asciiPad + 1) + version + ".doc";
    assertEquals(256, FileNameCharacters.utf8Length(overLimit));
    assertFinding(check(overLimit), "N5", NameProblem.TOO_LONG);
  }

  @Test
  void aNameNotInNfcIsAWarningWithItsNfcForm() {
    String decomposed = Normalizer.normalize(DOC.replace("调研", "调研café"), Normalizer.Form.NFD);
    NameReport report = check(decomposed);
    assertFinding(report, "N5", NameProblem.NOT_NFC);
    assertFixedTo(report, DOC.replace("调研", "调研café"));
  }

  @Test
  void aCompatibilityIdeographIsNotNfc() {
    // U+F9F1 is a compatibility ideograph that NFC maps to U+9686 (隆)
    assertFinding(check(DOC.replace("调研", "\uF9F1")), "N5", NameProblem.NOT_NFC);
  }

  @ParameterizedTest
  @CsvSource({"a.doc,.doc", "a.DOCX,.DOCX", "a.ofd,.ofd", "a.tar.gz,.gz", "a.3.2,''", "a(2014.03.14),''", "a,''"})
  void theExtensionIsNotPartOfTheName(String fileName, String extension) {
    assertEquals(extension, check(fileName).extension());
  }

  @Test
  void anEmptyNameIsAnError() {
    assertFinding(check(""), "N5", NameProblem.EMPTY);
    assertFinding(check("   "), "N5", NameProblem.EMPTY);
  }
}
