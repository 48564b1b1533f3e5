package org.zhidu.policies.office;

import org.zhidu.core.finding.InvalidValue;
import java.util.List;
import java.util.Map;

/**
 * An office file as written in YAML; examples/anju/office.yaml shows every part.
 *
 * @param office the office's name
 * @param sections its sections, each with its head
 * @param people everyone the rules concern
 * @param dutyInCharge the section-level cadre in charge of duty (值班工作分管科级干部, 值班工作制度 三 and 七(二)), who
 *     approves swaps (R7); optional
 * @param dutyPhone the duty room's phone (值班电话), printed on the rota; optional
 * @param preparedBy who draws up the rota (制表), printed at its foot; optional
 * @param reviewedBy who checks it (审核), printed at its foot; optional
 */
public record OfficeFile(
    String office, List<SectionEntry> sections, List<PersonEntry> people, String dutyInCharge, String dutyPhone,
    String preparedBy, String reviewedBy) {

  /**
   * Refuses an office without its name; keeps unmodifiable copies of the lists (absent ones are empty).
   *
   * @param office the office's name
   * @param sections its sections, each with its head
   * @param people everyone the rules concern
   * @param dutyInCharge the section-level cadre in charge of duty (值班工作分管科级干部, 值班工作制度 三 and 七(二)), who approves swaps
   *     (R7); optional
   * @param dutyPhone the duty room's phone (值班电话), printed on the rota; optional
   * @param preparedBy who draws up the rota (制表), printed at its foot; optional
   * @param reviewedBy who checks it (审核), printed at its foot; optional
   * @throws InvalidValue if {@code office} is blank
   */
  public OfficeFile {
    if (office == null || office.isBlank()) {
      throw new InvalidValue("office.needs_name");
    }
    sections = sections == null ? List.of() : List.copyOf(sections);
    people = people == null ? List.of() : List.copyOf(people);
  }

  /**
   * A section: its name and, optionally, its head.
   *
   * @param name the section's name, unique in the office
   * @param head the person at its head, or {@code null}
   */
  public record SectionEntry(String name, String head) {
    /**
     * Refuses a section without its name.
     *
     * @param name the section's name, unique in the office
     * @param head the person at its head, or {@code null}
     * @throws InvalidValue if {@code name} is blank
     */
    public SectionEntry {
      if (name == null || name.isBlank()) {
        throw new InvalidValue("office.section_needs_name");
      }
    }
  }

  /**
   * A person. {@code section} is shorthand for one posting from {@code since}; {@code postings} lists moves.
   *
   * @param name the name
   * @param role 文秘人员 (clerk), 科级干部 (section-cadre), 县级领导 (county-leader), 办公室主任 (director),
   *     驾驶员 (driver) or 工作人员 (staff)
   * @param section the section, for one posting
   * @param since the day that posting began (default: the earliest day anything is computed for)
   * @param postings the sections over time: {@code {section, from}} in date order
   * @param linkedLeader for a clerk, the county-level leader they serve (a leader may have several such clerks)
   * @param unavailable absences: {@code {from, to, reason}}
   * @param position the post a pack's route table names (科室工作人员, 秘书长, 副主任); optional, the role's word by
   *     default; with a position the role may be left out (工作人员)
   * @param reportsTo who stands in each approving role for this person: {@code {分管副主任: 李四}}; optional
   * @param phone the person's phone, printed beside their name on the rota (a leader's, for the duty person to
   *     reach them); optional
   */
  public record PersonEntry(
      String name,
      String role,
      String section,
      String since,
      List<PostingEntry> postings,
      String linkedLeader,
      List<AbsenceEntry> unavailable,
      String position,
      Map<String, String> reportsTo,
      String phone) {

    /**
     * Refuses a person without a name, without a role or post, with a blank post, or with both a section and postings;
     * keeps unmodifiable copies of the lists (absent ones are empty) and an absent reportsTo as empty.
     *
     * @param name the name
     * @param role 文秘人员 (clerk), 科级干部 (section-cadre), 县级领导 (county-leader), 办公室主任 (director), 驾驶员 (driver) or 工作人员
     *     (staff)
     * @param section the section, for one posting
     * @param since the day that posting began (default: the earliest day anything is computed for)
     * @param postings the sections over time: {@code {section, from}} in date order
     * @param linkedLeader for a clerk, the county-level leader they serve (a leader may have several such clerks)
     * @param unavailable absences: {@code {from, to, reason}}
     * @param position the post a pack's route table names (科室工作人员, 秘书长, 副主任); optional, the role's word by default;
     *     with a position the role may be left out (工作人员)
     * @param reportsTo who stands in each approving role for this person: {@code {分管副主任: 李四}}; optional
     * @param phone the person's phone, printed beside their name on the rota (a leader's, for the duty person to reach
     *     them); optional
     * @throws InvalidValue on the first of those problems
     */
    public PersonEntry {
      if (name == null || name.isBlank()) {
        throw new InvalidValue("office.person_needs_name");
      }
      if (role == null && position == null) {
        throw new InvalidValue("office.person_needs_role", name);
      }
      if (position != null && position.isBlank()) {
        throw new InvalidValue("office.blank_position", name);
      }
      reportsTo = reportsTo == null ? Map.of() : reportsTo;
      if (section != null && postings != null) {
        throw new InvalidValue("office.section_or_postings", name);
      }
      postings = postings == null ? List.of() : List.copyOf(postings);
      unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
    }
  }

  /**
   * A posting: the section and the first day in it.
   *
   * @param section the section's name
   * @param from the first day in it, as yyyy-mm-dd
   */
  public record PostingEntry(String section, String from) {
    /**
     * Refuses a posting without its section.
     *
     * @param section the section's name
     * @param from the first day in it, as yyyy-mm-dd
     * @throws InvalidValue if {@code section} is blank
     */
    public PostingEntry {
      if (section == null || section.isBlank()) {
        throw new InvalidValue("office.posting_needs_section");
      }
    }
  }

  /**
   * An absence: first and last day, both included, and why.
   *
   * @param from the first day away, as yyyy-mm-dd
   * @param to the last day away, as yyyy-mm-dd
   * @param reason why, as the office writes it
   */
  public record AbsenceEntry(String from, String to, String reason) {}
}
