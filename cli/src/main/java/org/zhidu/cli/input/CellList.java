package org.zhidu.cli.input;

import java.util.ArrayList;
import java.util.List;

/** A cell that lists several things in order (approvers, papers, invoice numbers), as offices separate them. */
public final class CellList {

  private CellList() {}

  /**
   * The items of a cell, in order: separated by 、 , ， ; ； / → or -&gt;, or a line break inside the cell (Excel's
   * Alt+Enter), blank ones dropped.
   */
  public static List<String> split(String cell) {
    List<String> out = new ArrayList<>(3);
    int from = 0;
    int n = cell.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? cell.charAt(i) : '、';
      boolean arrow = c == '-' && i + 1 < n && cell.charAt(i + 1) == '>';
      if (c == '、' || c == ',' || c == '，' || c == ';' || c == '；' || c == '/' || c == '→' || c == '\n'
          || c == '\r' || arrow) {
        String item = cell.substring(from, i).strip();
        if (!item.isEmpty()) {
          out.add(item);
        }
        from = arrow ? i + 2 : i + 1;
        i = arrow ? i + 1 : i;
      }
    }
    return out;
  }
}
