package org.zhidu.cli.names;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.InputException;

/** Regression: under LANG=C every Chinese file name was read as question marks, and checked and renamed so. */
class FileNameEncodingTest {

  @Test
  void aFileNameEncodingOtherThanUtf8StopsTheNamesCommandsThatReadFolders() {
    String was = System.getProperty("sun.jnu.encoding");
    try {
      System.setProperty("sun.jnu.encoding", "ANSI_X3.4-1968");
      InputException e = assertThrows(InputException.class, () -> FileNameEncoding.require(true));
      assertEquals("names.file_name_encoding", e.problem().key());
      assertDoesNotThrow(() -> FileNameEncoding.require(false), "names from standard input are not file names");
      System.setProperty("sun.jnu.encoding", "UTF-8");
      assertDoesNotThrow(() -> FileNameEncoding.require(true));
    } finally {
      if (was == null) {
        System.clearProperty("sun.jnu.encoding");
      } else {
        System.setProperty("sun.jnu.encoding", was);
      }
    }
  }
}
