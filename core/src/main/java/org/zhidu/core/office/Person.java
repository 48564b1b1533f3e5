package org.zhidu.core.office;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person of the office.
 *
 * @param name the name, unique in the office
 * @param role what they are
 * @param postings the sections they belong to over time, in date order (empty for a county-level leader)
 * @param linkedLeader for a clerk, the county-level leader they serve (联系县级领导, R4), or {@code null}
 * @param absences the days they are away
 * @param position the post a pack's route table names (科室工作人员, 秘书长, 副主任); the role's word when the office
 *     file gives none
 * @param reportsTo who stands in each of the person's approving roles (分管科级干部 → 王建国, 分管副主任 → …), so a chain
 *     of approvers resolves to names
 */
public record Person(String name, Role role, List<Posting> postings, String linkedLeader, List<Absence> absences,
    String position, Map<String, String> reportsTo) {

  /**
   * A person whose post is the role's word and who names nobody they report to.
   *
   * @param name the name, unique in the office
   * @param role what they are
   * @param postings the sections they belong to over time, in date order (empty for a county-level leader)
   * @param linkedLeader for a clerk, the county-level leader they serve (联系县级领导, R4), or {@code null}
   * @param absences the days they are away
   */
  public Person(String name, Role role, List<Posting> postings, String linkedLeader, List<Absence> absences) {
    this(name, role, postings, linkedLeader, absences, null, Map.of());
  }

  /**
   * Refuses a person without a name or role, or whose postings do not start on later and later days; keeps unmodifiable
   * copies of the lists and the map.
   *
   * @param name the name, unique in the office
   * @param role what they are
   * @param postings the sections they belong to over time, in date order (empty for a county-level leader)
   * @param linkedLeader for a clerk, the county-level leader they serve (联系县级领导, R4), or {@code null}
   * @param absences the days they are away
   * @param position the post a pack's route table names (科室工作人员, 秘书长, 副主任); the role's word when the office file gives
   *     none
   * @param reportsTo who stands in each of the person's approving roles (分管科级干部 → 王建国, 分管副主任 → …), so a chain of
   *     approvers resolves to names
   * @throws NullPointerException if {@code name}, {@code role}, {@code postings} or {@code absences} is {@code null}
   * @throws IllegalArgumentException if a posting starts on or before the one before it
   */
  public Person {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    postings = List.copyOf(postings);
    absences = List.copyOf(absences);
    position = position == null ? role.label() : position;
    reportsTo = reportsTo == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(reportsTo));
    for (int i = 1; i < postings.size(); i++) {
      if (!postings.get(i).from().isAfter(postings.get(i - 1).from())) {
        throw new IllegalArgumentException(name + ": postings must start on later and later days");
      }
    }
  }

  /**
   * The section the person belongs to on the day, or {@code null} before their first posting.
   *
   * @param day any date
   * @return the section's name, or {@code null} when the day is before the first posting
   */
  public String sectionOn(LocalDate day) {
    String section = null;
    for (Posting p : postings) {
      if (p.from().isAfter(day)) {
        break;
      }
      section = p.section();
    }
    return section;
  }

  /**
   * The day the person joined the office (their first posting), or {@code null} when they hold none.
   *
   * @return the date of the first posting, or {@code null}
   */
  public LocalDate joined() {
    return postings.isEmpty() ? null : postings.get(0).from();
  }

  /**
   * Whether the person is away on the day (R8).
   *
   * @param day any date
   * @return {@code true} when one of the absences covers the day
   */
  public boolean isAbsentOn(LocalDate day) {
    for (Absence a : absences) {
      if (a.covers(day)) {
        return true;
      }
    }
    return false;
  }
}
