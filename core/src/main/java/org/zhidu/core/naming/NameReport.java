package org.zhidu.core.naming;

import java.util.List;
import java.util.Objects;
import org.zhidu.core.finding.Finding;

/**
 * The result of checking one file name.
 *
 * @param fileName the file name as given, extension included
 * @param extension the extension with its dot (".docx"), or "" when there is none
 * @param kind the kind recognised, or {@code null}
 * @param segments the parse, segment by segment, when asked for with {@link NameChecker#explain}; else empty
 * @param findings every problem found, in the order of the name
 * @param document the parsed name when every part could be read, or {@code null}
 * @param suggestion the corrected file name (extension kept) when every error is fixable and the fix changes
 *     the name; {@code null} otherwise
 */
public record NameReport(
    String fileName,
    String extension,
    NameKind kind,
    List<Segment> segments,
    List<Finding> findings,
    DocumentName document,
    String suggestion) {

  /**
   * Refuses a report without its file name or extension; keeps unmodifiable copies of the lists.
   *
   * @param fileName the file name as given, extension included
   * @param extension the extension with its dot (".docx"), or "" when there is none
   * @param kind the kind recognised, or {@code null}
   * @param segments the parse, segment by segment, when asked for with {@link NameChecker#explain}; else empty
   * @param findings every problem found, in the order of the name
   * @param document the parsed name when every part could be read, or {@code null}
   * @param suggestion the corrected file name (extension kept) when every error is fixable and the fix changes the
   *     name; {@code null} otherwise
   * @throws NullPointerException if {@code fileName}, {@code extension}, {@code segments} or {@code findings} is {@code
   *     null}
   */
  public NameReport {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(extension, "extension");
    segments = List.copyOf(segments);
    findings = List.copyOf(findings);
  }

  /**
   * The file name without its extension, as given.
   *
   * @return {@code fileName} less its extension, such as {@code 2015.05.26-纪要-三届30次常务会议-施瑞昶(2015第4期)}
   */
  public String name() {
    int dot = NameChecker.extensionStart(fileName);
    return dot < 0 ? fileName : fileName.substring(0, dot);
  }

  /**
   * True when no finding is an error.
   *
   * @return {@code true} when the findings hold no error (warnings and notes allowed)
   */
  public boolean valid() {
    for (Finding f : findings) {
      if (f.isError()) {
        return false;
      }
    }
    return true;
  }
}
