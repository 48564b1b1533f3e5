package org.zhidu.core.register;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;

/**
 * How a header's cells are read against a schema, by every CSV reader ({@link Table}, {@link RegisterChecker},
 * {@link Recognition}): the widest header taken, the schema's column names indexed once (so a header is matched in
 * one pass, whatever its width), and the near miss — a column the schema does not know that is written almost as one
 * it does (次數, 次数(次), 批准人员), which would otherwise be passed over in silence and its cells read as blank.
 */
public final class HeaderNames {

  /**
   * The most columns a header may have. The widest register has a score of columns; a header of thousands is not a
   * register (a file of another kind, a line of numbers), and recognising it would cost time for nothing.
   */
  public static final int MOST_COLUMNS = 1000;

  private HeaderNames() {}

  /**
   * Refuses a header wider than {@link #MOST_COLUMNS}, at its line, with its width.
   *
   * @param file the file, for the location
   * @param line the header's line
   * @param width how many columns the header has, trailing blank cells left out
   * @throws InputException if {@code width} is above {@link #MOST_COLUMNS}
   */
  public static void requireWidth(String file, int line, int width) {
    if (width > MOST_COLUMNS) {
      throw new InputException(new Location(file, line, 1, null),
          Message.of("csv.too_wide", Integer.toString(width), Integer.toString(MOST_COLUMNS)));
    }
  }

  /**
   * The schema's columns by every header that names them (its name and aliases, as {@link Schema#normal}): a header
   * cell is then found by one look-up.
   *
   * @param schema the register's schema
   * @return a new map from each normalised name and alias to its field
   */
  public static Map<String, Field> index(Schema schema) {
    Map<String, Field> index = new HashMap<>();
    for (Field f : schema.fields()) {
      index.put(Schema.normal(f.name()), f);
      for (String alias : f.aliases()) {
        index.put(Schema.normal(alias), f);
      }
    }
    return index;
  }

  /**
   * The field of the schema a header cell the schema does not know is written almost as, or {@code null}: the same
   * after Unicode compatibility folding (NFKC: full-width letters and brackets) and with the traditional forms of the
   * characters registers' column names use made simplified (次數 → 次数), or without a bracketed unit at its end
   * (次数(次), 金额（元）), or one character away from a name or alias of three characters or more (one added, left
   * out, changed, or two swapped: 批准人员 → 批准人, amuont → amount). A cell the schema knows, or a blank one, is
   * no near miss; neither is a column that is simply extra (备注 in a register without one).
   *
   * @param header the header cell as written
   * @param index the schema's {@link #index}
   * @return the field it is a near miss of, or {@code null}
   */
  public static Field near(String header, Map<String, Field> index) {
    String written = Schema.normal(header);
    if (written.isEmpty() || index.containsKey(written)) {
      return null;
    }
    String folded = folded(written);
    for (Map.Entry<String, Field> known : index.entrySet()) {
      String name = known.getKey();
      if (folded.equals(folded(name))) {
        return known.getValue();
      }
    }
    for (Map.Entry<String, Field> known : index.entrySet()) {
      String name = known.getKey();
      if (name.codePointCount(0, name.length()) >= 3 && oneApart(written, name)) {
        return known.getValue();
      }
    }
    return null;
  }

  /**
   * The fields the header's cells are near misses of, one finding's worth each: cell index, field.
   *
   * @param column the cell's index in the header, from 0
   * @param written the cell as the header writes it
   * @param field the field it is almost written as
   */
  public record Miss(int column, String written, Field field) {}

  /**
   * The near misses of a header: each cell the schema does not know that is {@link #near} a field the header does
   * not already have.
   *
   * @param header the header's cells, in order
   * @param schema the register's schema
   * @return the near misses in header order; empty when there are none
   */
  public static List<Miss> misses(List<String> header, Schema schema) {
    Map<String, Field> index = index(schema);
    java.util.Set<Field> present = new java.util.HashSet<>();
    for (String cell : header) {
      Field f = index.get(Schema.normal(cell));
      if (f != null) {
        present.add(f);
      }
    }
    List<Miss> misses = new java.util.ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      Field f = near(header.get(c), index);
      if (f != null && !present.contains(f)) {
        misses.add(new Miss(c, header.get(c).strip(), f));
      }
    }
    return misses;
  }

  /**
   * The traditional forms of the characters column names are written with, and their simplified ones: enough for a
   * header typed on a traditional-Chinese keyboard or copied from a Hong Kong or Taiwan form.
   */
  private static final String TRADITIONAL =
      "數間時號類單員對項據備註記審簽辦結請開會議額發來電聯關門報銷費節領導稱別實際歸還內題機構處況狀態證務兩"
          + "陳銀種級規劃進細據與總計設點層經濟紀錄簡覽傳閱擬覆閱批準縣區鄉鎮門職稱參編標車輛駕駛員檔齡資產編碼價"
          + "張樣頁條約續繫統認識產歷稅態場組織現責負復標價達錢區間預續後邊質輸";
  private static final String SIMPLIFIED =
      "数间时号类单员对项据备注记审签办结请开会议额发来电联关门报销费节领导称别实际归还内题机构处况状态证务两"
          + "陈银种级规划进细据与总计设点层经济纪录简览传阅拟复阅批准县区乡镇门职称参编标车辆驾驶员档龄资产编码价"
          + "张样页条约续系统认识产历税态场组织现责负复标价达钱区间预续后边质输";

  private static final Map<Character, Character> SIMPLE = simple();

  private static Map<Character, Character> simple() {
    Map<Character, Character> map = new HashMap<>();
    for (int i = 0; i < TRADITIONAL.length(); i++) {
      map.put(TRADITIONAL.charAt(i), SIMPLIFIED.charAt(i));
    }
    return map;
  }

  /** A header as compared for a near miss: NFKC, simplified, lower case, without a bracketed unit at its end. */
  static String folded(String header) {
    String text = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ') {
        out.append(SIMPLE.getOrDefault(c, c));
      }
    }
    // a unit in brackets at the end: 次数(次), 金额（元） (NFKC has made full-width brackets ASCII)
    int close = out.length() - 1;
    if (close > 0 && out.charAt(close) == ')') {
      int open = out.lastIndexOf("(");
      if (open > 0 && close - open <= 5) {
        out.setLength(open);
      }
    }
    return out.toString();
  }

  /** Whether two texts are one edit apart: a character added, left out or changed, or two neighbours swapped. */
  static boolean oneApart(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    if (Math.abs(x.length - y.length) > 1) {
      return false;
    }
    if (x.length == y.length) {
      int first = -1;
      int differ = 0;
      for (int i = 0; i < x.length; i++) {
        if (x[i] != y[i]) {
          if (differ++ == 0) {
            first = i;
          }
        }
      }
      if (differ == 1) {
        return true;
      }
      return differ == 2 && first + 1 < x.length && x[first] == y[first + 1] && x[first + 1] == y[first]
          && java.util.Arrays.equals(x, first + 2, x.length, y, first + 2, y.length);
    }
    int[] longer = x.length > y.length ? x : y;
    int[] shorter = x.length > y.length ? y : x;
    int i = 0;
    while (i < shorter.length && shorter[i] == longer[i]) {
      i++;
    }
    return java.util.Arrays.equals(shorter, i, shorter.length, longer, i + 1, longer.length);
  }
}
