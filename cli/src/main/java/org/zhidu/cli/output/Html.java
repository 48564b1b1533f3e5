package org.zhidu.cli.output;

import java.io.PrintWriter;
import org.zhidu.cli.Lang;
import org.zhidu.cli.Texts;

/**
 * One self-contained printable page (A4, Song typeface, ruled tables, shading kept in print, scaled to a phone's
 * width), and text made safe inside HTML and SVG.
 */
public final class Html {

  private Html() {}

  /** The page up to its heading: the shared style, then the page's own rules; its language that of the texts. */
  public static void begin(PrintWriter out, Texts texts, String title, String... style) {
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"" + (texts.lang() == Lang.EN ? "en" : "zh-CN") + "\">");
    out.println("<head>");
    out.println("<meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>" + escape(title) + "</title>");
    out.println("<style>");
    out.println("@page { size: A4 portrait; margin: 15mm 12mm; }");
    out.println("body { font-family: \"SimSun\", \"Songti SC\", \"Noto Serif CJK SC\", serif; font-size: 10.5pt;"
        + " -webkit-print-color-adjust: exact; print-color-adjust: exact; }");
    out.println("table { border-collapse: collapse; width: 100%; }");
    out.println("tr { page-break-inside: avoid; }");
    for (String rule : style) {
      out.println(rule);
    }
    out.println("</style>");
    out.println("</head>");
    out.println("<body>");
    out.println("<h1>" + escape(title) + "</h1>");
  }

  public static void end(PrintWriter out) {
    out.println("</body>");
    out.println("</html>");
  }

  /** Text inside HTML: markup characters as entities, a control character shown as {@code \xNN} ({@link Visible}). */
  public static String escape(String text) {
    String shown = Visible.of(text);
    StringBuilder out = new StringBuilder(shown.length() + 8);
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
