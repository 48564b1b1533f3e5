package org.zhidu.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows of text cells printed in columns aligned by display width (a Chinese character takes two columns). */
public final class TextTable {

  private final List<String[]> rows = new ArrayList<>();

  public TextTable row(String... cells) {
    String[] shown = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      shown[i] = Visible.of(Visible.shortened(cells[i])); // names from a user's file: never a terminal's control sequence
    }
    rows.add(shown);
    return this;
  }

  public void print(PrintWriter out, String indent) {
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < row.length; i++) {
        line.append(i == row.length - 1 ? row[i] : DisplayWidth.pad(row[i], widths[i] + 2));
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
