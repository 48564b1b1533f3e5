package org.zhidu.cli.output;

/**
 * Text from a user's file made safe for a terminal line: a control character (an escape that would colour the
 * terminal or move its cursor, a line break that would start a line of its own and pass for another finding) is
 * shown as {@code \xNN}, so what the file holds is seen, not obeyed.
 */
public final class Visible {

  private Visible() {}

  public static String of(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && !Character.isISOControl(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text; // nearly always
    }
    StringBuilder out = new StringBuilder(n + 8).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        out.append(String.format("\\x%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
