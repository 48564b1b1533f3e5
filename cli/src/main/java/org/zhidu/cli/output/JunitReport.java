package org.zhidu.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.zhidu.cli.Texts;
import org.zhidu.core.finding.Finding;

/**
 * JUnit XML as GitLab, Jenkins and most CI servers show it: one test suite, one test case per checked item, a
 * failure listing its errors; warnings go to the case's system-out.
 */
public final class JunitReport {

  private JunitReport() {}

  public static void write(Writer out, String suite, List<ReportItem> items, Texts texts) throws IOException {
    int failures = 0;
    for (ReportItem item : items) {
      if (item.findings().stream().anyMatch(Finding::isError)) {
        failures++;
      }
    }
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<testsuites name=\"zhidu\" tests=\"" + items.size() + "\" failures=\"" + failures + "\">\n");
    out.write("  <testsuite name=\"" + xml(Visible.of(suite)) + "\" tests=\"" + items.size() + "\" failures=\"" + failures
        + "\" errors=\"0\" skipped=\"0\">\n");
    for (ReportItem item : items) {
      // a file's name may hold a CR or an ESC: an attribute would lose the one and a terminal obey the other
      out.write("    <testcase classname=\"" + xml(Visible.of(suite)) + "\" name=\"" + xml(Visible.of(item.label()))
          + "\"");
      StringBuilder errors = new StringBuilder();
      StringBuilder others = new StringBuilder();
      int errorCount = 0;
      for (Finding f : item.findings()) {
        String line = FindingText.line(f, texts) + "\n";
        if (f.isError()) {
          errors.append(line);
          errorCount++;
        } else {
          others.append(line);
        }
      }
      if (errorCount == 0 && others.length() == 0) {
        out.write("/>\n");
        continue;
      }
      out.write(">\n");
      if (errorCount > 0) {
        out.write("      <failure message=\"" + xml(texts.get("cli.junit_failure", errorCount)) + "\" type=\"error\">");
        out.write(xml(errors.toString()));
        out.write("</failure>\n");
      }
      if (others.length() > 0) {
        out.write("      <system-out>" + xml(others.toString()) + "</system-out>\n");
      }
      out.write("    </testcase>\n");
    }
    out.write("  </testsuite>\n</testsuites>\n");
  }

  /**
   * XML text and attribute escaping; characters XML 1.0 cannot hold (controls other than tab and line ends, U+FFFE,
   * U+FFFF, half of a surrogate pair) become U+FFFD.
   */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1));
        if (pair) {
          out.append(c).append(text.charAt(++i));
        } else {
          out.append('\uFFFD');
        }
        continue;
      }
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
