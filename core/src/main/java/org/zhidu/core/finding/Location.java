package org.zhidu.core.finding;

/**
 * Where a finding is: a file (or {@code null} for input without a file, such as standard input), a 1-based line
 * and column ({@code 0} when they do not apply), and the field or segment at fault ({@code null} when none).
 */
public record Location(String file, int line, int column, String field) {

  public static final Location NOWHERE = new Location(null, 0, 0, null);

  public Location {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column are 1-based, or 0 when absent");
    }
  }

  /** A position inside a one-line text such as a file name: column only, with the segment's role. */
  public static Location inText(int column, String field) {
    return new Location(null, 0, column, field);
  }

  public boolean hasLine() {
    return line > 0;
  }

  public boolean hasColumn() {
    return column > 0;
  }

  /** The same position in the given file and line (0 keeps it without a line). */
  public Location in(String newFile, int newLine) {
    return new Location(newFile, newLine, column, field);
  }
}
