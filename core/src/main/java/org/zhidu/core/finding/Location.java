package org.zhidu.core.finding;

/**
 * Where a finding is: a file (or {@code null} for input without a file, such as standard input), a 1-based line
 * and column ({@code 0} when they do not apply), and the field or segment at fault ({@code null} when none).
 *
 * @param file the file, or {@code null} for input without a file
 * @param line the 1-based line, or {@code 0} when it does not apply
 * @param column the 1-based column, counted in characters, or {@code 0} when it does not apply
 * @param field the field (a register's column name) or segment (a name's part) at fault, or {@code null}
 */
public record Location(String file, int line, int column, String field) {

  /** A location that points nowhere: no file, no line, no column, no field, for findings about a whole input. */
  public static final Location NOWHERE = new Location(null, 0, 0, null);

  /**
   * Refuses negative lines and columns.
   *
   * @param file the file, or {@code null} for input without a file
   * @param line the 1-based line, or {@code 0} when it does not apply
   * @param column the 1-based column, counted in characters, or {@code 0} when it does not apply
   * @param field the field (a register's column name) or segment (a name's part) at fault, or {@code null}
   * @throws IllegalArgumentException if {@code line} or {@code column} is below {@code 0}
   */
  public Location {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column are 1-based, or 0 when absent");
    }
  }

  /**
   * A position inside a one-line text such as a file name: column only, with the segment's role.
   *
   * @param column the 1-based column in the text, counted in characters
   * @param field the segment's role (such as {@code 发文字号}), or {@code null}
   * @return a location without a file or line
   */
  public static Location inText(int column, String field) {
    return new Location(null, 0, column, field);
  }

  /**
   * Whether the location has a line, as a finding in a file has and a finding in a file name has not.
   *
   * @return {@code true} when {@code line} is 1 or more
   */
  public boolean hasLine() {
    return line > 0;
  }

  /**
   * Whether the location has a column.
   *
   * @return {@code true} when {@code column} is 1 or more
   */
  public boolean hasColumn() {
    return column > 0;
  }

  /**
   * The same position in the given file and line (0 keeps it without a line).
   *
   * @param newFile the file, or {@code null} for input without a file
   * @param newLine the 1-based line, or {@code 0} for none
   * @return a new location with this column and field
   */
  public Location in(String newFile, int newLine) {
    return new Location(newFile, newLine, column, field);
  }
}
