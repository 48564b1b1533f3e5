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

  /** A number as the writers write one (-2, 0, 1234.50): Excel reads it as a number and runs nothing. */
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /**
   * A cell as CSV: a control character is shown as {@code \xNN} ({@link Visible}); a text cell beginning with = + - @
   * tab or carriage return, which a spreadsheet would run as a formula, is made text with a leading apostrophe
   * (OWASP's advice), but a number stays a number (a score of -2 is {@code -2}, which Excel adds up); quotes, commas
   * and line ends are quoted.
   */
  public static String cell(String value) {
    String v = Visible.of(value); // an ESC or a BEL from a user's file is shown, never passed on to a spreadsheet
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches()) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
        || v.startsWith("'")) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
