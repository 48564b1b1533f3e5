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

  /**
   * The items of the cells a register repeats (the same chain of approvers on thousands of rows), each cell split
   * once: a cache of the last cells met, one per reader thread. The lists are unmodifiable.
   */
  public static final class Splits {
    private static final int SLOTS = 16384;
    /** One for each thread, kept from one part of a register to the next as the thread's cell strings are. */
    private static final ThreadLocal<Splits> MINE = ThreadLocal.withInitial(Splits::new);
    private final String[] cells = new String[SLOTS];
    private final List<List<String>> items = new ArrayList<>(java.util.Collections.nCopies(SLOTS, null));

    /** This thread's cache. */
    public static Splits ofThisThread() {
      return MINE.get();
    }

    /** The cell's items, as {@link CellList#split} gives them. */
    public List<String> of(String cell) {
      int slot = cell.hashCode() & (SLOTS - 1);
      String seen = cells[slot];
      if (seen == cell || cell.equals(seen)) {
        return items.get(slot);
      }
      List<String> split = List.copyOf(split(cell));
      cells[slot] = cell;
      items.set(slot, split);
      return split;
    }
  }
}
