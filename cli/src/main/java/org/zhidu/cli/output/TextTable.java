package org.zhidu.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows of text cells printed in columns aligned by display width (a Chinese character takes two columns). */
public final class TextTable {

  private final List<String[]> rows = new ArrayList<>();
  /** What is printed under a row, from its second column on: pieces joined by a separator, cut only between them. */
  private final java.util.Map<Integer, List<String>> notes = new java.util.HashMap<>();
  private String noteSeparator = "";

  public TextTable row(String... cells) {
    String[] shown = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      shown[i] = Visible.of(Visible.shortened(cells[i])); // names from a user's file: never a terminal's control sequence
    }
    rows.add(shown);
    return this;
  }

  /**
   * Lines under the last row, starting at its second column and fitting {@link FindingText#WIDTH} columns: the
   * pieces joined by {@code separator}, a line broken only after a separator (so "迟到×1 -1" stays whole).
   */
  public TextTable note(List<String> pieces, String separator) {
    if (!pieces.isEmpty()) {
      List<String> shown = new ArrayList<>();
      pieces.forEach(p -> shown.add(Visible.of(p)));
      notes.put(rows.size() - 1, shown);
      noteSeparator = separator;
    }
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
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < row.length; i++) {
        line.append(i == row.length - 1 ? row[i] : DisplayWidth.pad(row[i], widths[i] + 2));
      }
      out.println(line.toString().stripTrailing());
      List<String> note = notes.get(r);
      if (note != null) {
        String under = indent + " ".repeat(widths[0] + 2);
        StringBuilder text = new StringBuilder(under);
        for (int i = 0; i < note.size(); i++) {
          String piece = note.get(i) + (i < note.size() - 1 ? noteSeparator : "");
          if (text.length() > under.length() && DisplayWidth.of(text + piece) > FindingText.WIDTH) {
            out.println(text.toString().stripTrailing());
            text = new StringBuilder(under);
          }
          text.append(piece);
        }
        out.println(text.toString().stripTrailing());
      }
    }
  }
}
