package org.zhidu.core.signoff;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.zhidu.core.finding.Location;

/**
 * A meeting's plan or minutes as written: which elements it fills in, and what the checks need of it.
 *
 * @param kind a plan or minutes
 * @param filled the elements written and not blank, by the words the file uses
 * @param time when the meeting is (or was), or {@code null} when the paper does not say or it cannot be read
 * @param signed when a plan was signed off (审签时间), or {@code null}
 * @param people how many people attend, or {@code null} when not said
 * @param important whether it is an important topic meeting (重要专题会议)
 * @param signInSheet whether the minutes carry the sign-in sheet (签到单)
 * @param places where each element and the paper were written; the paper's own place under ""
 */
public record MeetingPaper(Kind kind, Set<String> filled, LocalDateTime time, LocalDateTime signed, Integer people,
    boolean important, boolean signInSheet, Map<String, Location> places) {

  /**
   * Refuses a paper without its kind; keeps unmodifiable copies of the elements and places.
   *
   * @param kind a plan or minutes
   * @param filled the elements written and not blank, by the words the file uses
   * @param time when the meeting is (or was), or {@code null} when the paper does not say or it cannot be read
   * @param signed when a plan was signed off (审签时间), or {@code null}
   * @param people how many people attend, or {@code null} when not said
   * @param important whether it is an important topic meeting (重要专题会议)
   * @param signInSheet whether the minutes carry the sign-in sheet (签到单)
   * @param places where each element and the paper were written; the paper's own place under ""
   * @throws NullPointerException if {@code kind}, {@code filled} or {@code places} is {@code null}
   */
  public MeetingPaper {
    Objects.requireNonNull(kind, "kind");
    filled = Set.copyOf(filled);
    places = Map.copyOf(places);
  }

  /** A plan (会议方案, D3) or minutes (会议记录, D4). */
  public enum Kind {
    /** 会议方案, the plan of a topic meeting (D3). */
    PLAN("会议方案"),
    /** 会议记录, the minutes (D4). */
    MINUTES("会议记录");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /**
     * The kind as the clause names it.
     *
     * @return 会议方案 or 会议记录
     */
    public String label() {
      return label;
    }

    /**
     * The kind a 类型 cell names, or {@code null}.
     *
     * @param word the 类型 cell: 会议方案 or 方案, 会议记录 or 记录
     * @return the kind, or {@code null} for any other word
     */
    public static Kind parse(String word) {
      for (Kind k : values()) {
        if (k.label.equals(word) || k.label.substring(2).equals(word)) {
          return k;
        }
      }
      return null;
    }
  }

  /**
   * Where an element was written, else the paper's own place.
   *
   * @param element the element's word, as the file uses it
   * @return the element's location, the paper's own when the element has none, or {@link Location#NOWHERE}
   */
  public Location at(String element) {
    return places.getOrDefault(element, places.getOrDefault("", Location.NOWHERE));
  }
}
