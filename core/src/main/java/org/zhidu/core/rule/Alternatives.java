package org.zhidu.core.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * A word of a pack that names alternatives joined by 或, as the documents write them: "会议方案或会议通知" is 会议方案
 * or 会议通知, "分管后勤科级干部或分管小车班科级干部" either cadre. Any one of them will do.
 */
public final class Alternatives {

  private Alternatives() {}

  /**
   * The alternatives a word names, in order; the word itself when it names none.
   *
   * @param word a pack's word, such as {@code 会议方案或会议通知}; never {@code null}
   * @return the stripped alternatives without blanks, or a one-element list of {@code word} itself; unmodifiable
   */
  public static List<String> of(String word) {
    List<String> out = new ArrayList<>();
    for (String part : word.split("或")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out.isEmpty() ? List.of(word) : List.copyOf(out);
  }
}
