package org.zhidu.core.surge;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;

/**
 * Who is drawn to sudden work at a moment (U1), deterministically: the people of the pack's posts in the office
 * file's order, those on duty and in residence first after hours; never someone away, someone already on heavy or
 * urgent work, or, in working hours, the last person at the post of a section that keeps one.
 *
 * @param at the moment
 * @param workingTime whether it falls in working hours on a working day (X-WORKDAY)
 * @param drawn who is drawn, in order, and why
 * @param left who is not, and why
 * @param findings what the rule cannot be met for
 */
public record SurgeDraw(LocalDateTime at, boolean workingTime, List<Choice> drawn, List<Choice> left,
    List<Finding> findings) {

  /**
   * Keeps unmodifiable copies of the lists.
   *
   * @param at the moment
   * @param workingTime whether it falls in working hours on a working day (X-WORKDAY)
   * @param drawn who is drawn, in order, and why
   * @param left who is not, and why
   * @param findings what the rule cannot be met for
   * @throws NullPointerException if {@code drawn}, {@code left} or {@code findings} is {@code null}
   */
  public SurgeDraw {
    drawn = List.copyOf(drawn);
    left = List.copyOf(left);
    findings = List.copyOf(findings);
  }

  /** Why someone is drawn or left. */
  public enum Reason {
    /** Drawn: on duty that day (after hours). */
    ON_DUTY,
    /** Drawn: in residence (after hours). */
    RESIDENT,
    /** Drawn: free. */
    AVAILABLE,
    /** Left: away that day, or not yet posted. */
    AWAY,
    /** Left: already on heavy or urgent work. */
    BUSY,
    /** Left: the last person at the post of a section that keeps one (working hours). */
    KEEPS_POST,
    /** Left: enough people were drawn before. */
    NOT_NEEDED
  }

  /**
   * One person's outcome.
   *
   * @param person the name
   * @param section their section that day, or "" when none
   * @param reason why
   */
  public record Choice(String person, String section, Reason reason) {}

  /**
   * The draw.
   *
   * @param office the office file, for posts, sections and absences
   * @param calendar the working calendar, to tell working hours
   * @param policy the pack's posts, kept sections and working hours
   * @param at the moment of the sudden work
   * @param count how many people are wanted; 0 for everyone who may be drawn
   * @param busy who is on heavy or urgent work
   * @param onDuty who is on duty at the moment (from the rota)
   * @param resident who is in residence (驻勤)
   * @return who is drawn and who is left, with their reasons, and the findings
   * @throws org.zhidu.core.calendar.YearNotAnnouncedException when the day is in a year the calendar does not know
   */
  public static SurgeDraw of(Office office, WorkCalendar calendar, SurgePolicy policy, LocalDateTime at, int count,
      Set<String> busy, Set<String> onDuty, Set<String> resident) {
    LocalDate day = at.toLocalDate();
    boolean working = calendar.isWorkday(day) && !at.toLocalTime().isBefore(policy.from())
        && at.toLocalTime().isBefore(policy.to());
    List<Choice> left = new ArrayList<>();
    List<Person> free = new ArrayList<>();
    Map<String, Integer> atPost = new HashMap<>();
    for (Person p : office.people()) {
      if (!policy.roles().contains(p.position()) && !policy.roles().contains(p.role().label())) {
        continue;
      }
      String section = p.sectionOn(day) == null ? "" : p.sectionOn(day);
      if (p.sectionOn(day) == null && !p.postings().isEmpty() || p.isAbsentOn(day)) {
        left.add(new Choice(p.name(), section, Reason.AWAY));
      } else if (busy.contains(p.name())) {
        left.add(new Choice(p.name(), section, Reason.BUSY));
      } else {
        free.add(p);
        atPost.merge(section, 1, Integer::sum);
      }
    }
    List<Finding> findings = new ArrayList<>();
    if (working) {
      for (String keep : policy.keep()) {
        if (office.section(keep).isEmpty()) {
          findings.add(SurgeProblem.NO_SUCH_SECTION.at(Location.NOWHERE, keep));
        } else if (atPost.getOrDefault(keep, 0) == 0) {
          findings.add(SurgeProblem.SECTION_UNCOVERED.at(Location.NOWHERE, keep));
        }
      }
    }
    // after hours, those on duty and in residence first; each group in the office file's order
    List<Person> order = new ArrayList<>();
    if (!working) {
      free.stream().filter(p -> onDuty.contains(p.name())).forEach(order::add);
      free.stream().filter(p -> !onDuty.contains(p.name()) && resident.contains(p.name())).forEach(order::add);
    }
    free.stream().filter(p -> !order.contains(p)).forEach(order::add);
    List<Choice> drawn = new ArrayList<>();
    for (Person p : order) {
      String section = p.sectionOn(day) == null ? "" : p.sectionOn(day);
      if (count > 0 && drawn.size() >= count) {
        left.add(new Choice(p.name(), section, Reason.NOT_NEEDED));
      } else if (working && policy.keep().contains(section) && atPost.get(section) <= 1) {
        left.add(new Choice(p.name(), section, Reason.KEEPS_POST));
      } else {
        atPost.merge(section, -1, Integer::sum);
        Reason why = working ? Reason.AVAILABLE : onDuty.contains(p.name()) ? Reason.ON_DUTY
            : resident.contains(p.name()) ? Reason.RESIDENT : Reason.AVAILABLE;
        drawn.add(new Choice(p.name(), section, why));
      }
    }
    if (count > 0 && drawn.size() < count) {
      findings.add(SurgeProblem.SHORT.at(Location.NOWHERE, Integer.toString(count), Integer.toString(drawn.size())));
    }
    return new SurgeDraw(at, working, drawn, left, findings);
  }
}
