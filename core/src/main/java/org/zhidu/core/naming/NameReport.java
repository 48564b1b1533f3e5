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

  public NameReport {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(extension, "extension");
    segments = List.copyOf(segments);
    findings = List.copyOf(findings);
  }

  /** The file name without its extension, as given. */
  public String name() {
    int dot = NameChecker.extensionStart(fileName);
    return dot < 0 ? fileName : fileName.substring(0, dot);
  }

  /** True when no finding is an error. */
  public boolean valid() {
    for (Finding f : findings) {
      if (f.isError()) {
        return false;
      }
    }
    return true;
  }
}
