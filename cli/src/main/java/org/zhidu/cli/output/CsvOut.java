package org.zhidu.cli.output;

import java.io.PrintWriter;

/**
 * CSV as Excel opens it: a byte-order mark so that UTF-8 is recognised, CRLF line ends, and every cell a spreadsheet
 * would take for a formula made inert.
 */
public final class CsvOut {

  private CsvOut() {}

  public static void start(PrintWriter out) {
    out.print('\uFEFF');
  }

  public static void row(PrintWriter out, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.print(',');
      }
      out.print(cell(cells[i]));
    }
    out.print("\r\n");
  }

  /**
   * A cell as CSV: a control character is shown as {@code \xNN} ({@link Visible}); a leading = + - @ tab or carriage
   * return, which a spreadsheet would run as a formula, is made text with a leading apostrophe (OWASP's advice);
   * quotes, commas and line ends are quoted.
   */
  public static String cell(String value) {
    String v = Visible.of(value); // an ESC or a BEL from a user's file is shown, never passed on to a spreadsheet
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
        || v.startsWith("'")) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
