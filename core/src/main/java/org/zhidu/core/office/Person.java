package org.zhidu.core.office;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person of the office.
 *
 * @param name the name, unique in the office
 * @param role what they are
 * @param postings the sections they belong to over time, in date order (empty for a county-level leader)
 * @param linkedLeader for a clerk, the county-level leader they serve (联系县级领导, R4), or {@code null}
 * @param absences the days they are away
 */
public record Person(String name, Role role, List<Posting> postings, String linkedLeader, List<Absence> absences) {

  public Person {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    postings = List.copyOf(postings);
    absences = List.copyOf(absences);
    for (int i = 1; i < postings.size(); i++) {
      if (!postings.get(i).from().isAfter(postings.get(i - 1).from())) {
        throw new IllegalArgumentException(name + ": postings must start on later and later days");
      }
    }
  }

  /** The section the person belongs to on the day, or {@code null} before their first posting. */
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

  /** The day the person joined the office (their first posting), or {@code null} when they hold none. */
  public LocalDate joined() {
    return postings.isEmpty() ? null : postings.get(0).from();
  }

  /** Whether the person is away on the day (R8). */
  public boolean isAbsentOn(LocalDate day) {
    for (Absence a : absences) {
      if (a.covers(day)) {
        return true;
      }
    }
    return false;
  }
}
