package org.zhidu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A large batch of names with every finding listed is checked and written in parts: the report is the same, byte
 * for byte, as the one written in one go (which {@code --max-errors} beyond the findings' count takes).
 */
class NamesJsonStreamTest {

  private static final String[] NAMES = {
    "遂安府办发〔2016〕72号-通知-关于申请拨付防汛抢险经费的通知(2016.05.01).docx",
    "2015.12.14－纪要-三届38次常务会议-王建国(2015第5期).docx",
    "遂安府发[2016]254号-意见-关于开展安全生产大检查的意见(2016.01.12).pdf",
    "2015.12.24-主持词-研究室-全区经济工作会议5.docx",
    "a \"quoted\" \\ name\twith\u0001control.txt",
    "通知😀-关于放假的通知.docx",
    "",
    "   ",
    "关于申请经费的报告（2015-05-26）.docx",
  };

  @Test
  void aBatchWrittenInPartsIsTheReportWrittenInOneGo() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 9_001; i++) {
      text.append(NAMES[i % NAMES.length]).append(i % 7 == 0 ? "\r\n" : "\n");
    }
    byte[] stdin = Cli.utf8(text.toString());
    Cli.Result parts = Cli.runWithStdin(stdin, "names", "check", "--stdin", "--format", "json");
    Cli.Result whole = Cli.runWithStdin(stdin, "names", "check", "--stdin", "--format", "json",
        "--max-errors", "1000000");
    assertTrue(parts.out().contains("\"line\" : 9001"), parts.out().substring(0, 200));
    assertEquals(whole.out(), parts.out());
    assertEquals(whole.err(), parts.err());
    assertEquals(whole.exitCode(), parts.exitCode());
  }

  /** Standard input decoded part by part: parts of blank lines only, a byte-order mark, another encoding. */
  @Test
  void partsOfBlankLinesAByteOrderMarkAndGbkAreTheReportWrittenInOneGo() {
    String names = String.join("\n", java.util.Collections.nCopies(3_000, NAMES[0])) + "\n";
    String blanks = "\n".repeat(4_500);
    for (String text : new String[] {blanks + names + blanks + names + blanks, "\uFEFF" + names + blanks, blanks,
        names + "\r\n" + names}) {
      for (byte[] stdin : new byte[][] {Cli.utf8(text),
          text.replace("\uFEFF", "").getBytes(java.nio.charset.Charset.forName("GB18030"))}) {
        Cli.Result parts = Cli.runWithStdin(stdin, "names", "check", "--stdin", "--format", "json");
        Cli.Result whole = Cli.runWithStdin(stdin, "names", "check", "--stdin", "--format", "json",
            "--max-errors", "1000000");
        assertEquals(whole.out(), parts.out());
        assertEquals(whole.err(), parts.err());
        assertEquals(whole.exitCode(), parts.exitCode());
      }
    }
  }
}
