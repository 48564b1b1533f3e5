package org.zhidu.core.studio;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.zhidu.core.finding.Location;

/**
 * A studio as the overview file records it.
 *
 * @param name its name
 * @param county the county whose CPPCC runs it, or "" for the city's
 * @param group whether it is a sector's or a group's (so its application carries joint signatures)
 * @param signatures who signed the application
 * @param has what it has, by the requirement lists' names (四有: [固定场所, …])
 * @param approval the steps its application went through, in order, each with its day
 * @param assessments each year's assessment: passed or not
 * @param termEnds the day its member's term ends, or {@code null}
 * @param status 在建 (active, the default), 撤销 (revoked) or 终止 (closed)
 * @param signReturned whether the sign has been taken back
 * @param at where it was written
 */
public record Studio(String name, String county, boolean group, List<String> signatures, Map<String, Set<String>> has,
    List<Step> approval, Map<Integer, Boolean> assessments, LocalDate termEnds, Status status, boolean signReturned,
    Location at) {

  /**
   * Refuses a studio without its name or status; keeps unmodifiable copies of the lists and maps; an absent county is
   * "".
   *
   * @param name its name
   * @param county the county whose CPPCC runs it, or "" for the city's
   * @param group whether it is a sector's or a group's (so its application carries joint signatures)
   * @param signatures who signed the application
   * @param has what it has, by the requirement lists' names (四有: [固定场所, …])
   * @param approval the steps its application went through, in order, each with its day
   * @param assessments each year's assessment: passed or not
   * @param termEnds the day its member's term ends, or {@code null}
   * @param status 在建 (active, the default), 撤销 (revoked) or 终止 (closed)
   * @param signReturned whether the sign has been taken back
   * @param at where it was written
   * @throws NullPointerException if {@code name}, {@code status} or a list or map is {@code null}
   */
  public Studio {
    Objects.requireNonNull(name, "name");
    county = county == null ? "" : county;
    signatures = List.copyOf(signatures);
    has = Map.copyOf(has);
    approval = List.copyOf(approval);
    assessments = Map.copyOf(assessments);
    Objects.requireNonNull(status, "status");
  }

  /**
   * A step of the approval, with its day and where it was written.
   *
   * @param step the step, as the pack's chain names it (秘书长审核)
   * @param date the day it was taken, or {@code null} when the file gives none
   * @param at where it was written
   */
  public record Step(String step, LocalDate date, Location at) {}

  /** A studio's standing. */
  public enum Status {
    /** 运行: running (在建). */
    ACTIVE("运行"),
    /** 撤销: revoked, after consecutive failed assessments. */
    REVOKED("撤销"),
    /** 终止: closed, when its member's term ended. */
    CLOSED("终止");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    /**
     * The status as the overview file writes it.
     *
     * @return 运行, 撤销 or 终止
     */
    public String label() {
      return label;
    }

    /**
     * The status a word names, or {@code null}.
     *
     * @param word the overview file's word
     * @return the status, or {@code null} for any other word
     */
    public static Status parse(String word) {
      for (Status s : values()) {
        if (s.label.equals(word)) {
          return s;
        }
      }
      return null;
    }
  }

}
