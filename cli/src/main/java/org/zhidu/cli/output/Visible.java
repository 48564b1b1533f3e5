package org.zhidu.cli.output;

/**
 * Text from a user's file made safe for a terminal line: a control character (an escape that would colour the
 * terminal or move its cursor, a line break that would start a line of its own and pass for another finding) is
 * shown as {@code \xNN}, so what the file holds is seen, not obeyed; so is a character that reorders or breaks the
 * line without showing (bidirectional controls, U+2028, U+2029).
 */
public final class Visible {

  private Visible() {}

  private static boolean hidden(char c) {
    int type = Character.getType(c);
    return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
  }

  /** The text with every character that would act rather than show written as \\xNN or \\uNNNN. */
  public static String of(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && !hidden(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text; // nearly always
    }
    StringBuilder out = new StringBuilder(n + 8).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (hidden(c)) {
        out.append(c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The most characters of a user's text a message or a table shows. */
  public static final int MOST = 200;

  /**
   * The text cut after {@link #MOST} characters, with how many more there were ("…(+99800)"): a cell of a hundred
   * thousand characters is named, not printed whole in every line that mentions it.
   */
  public static String shortened(String text) {
    if (text.length() <= MOST) {
      return text;
    }
    int cut = Character.isHighSurrogate(text.charAt(MOST - 1)) ? MOST - 1 : MOST;
    return text.substring(0, cut) + "…(+" + (text.length() - cut) + ")";
  }
}
