package org.zhidu.core.office;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An office: its sections and people. The constructor checks what must hold for any rule to use it, and names the
 * first problem it finds with the path of the entry at fault, so a loader can point at the line.
 *
 * @param name the office's name
 * @param sections its sections
 * @param people everyone the rules concern
 * @param dutyInCharge the section-level cadre in charge of duty (值班工作分管科级干部, 值班工作制度 三 and 七(二)), who
 *     approves swaps (R7); a role of its own, not the head of 综合股; {@code null} when the office file names nobody
 * @param notice the duty phone, people's phones, 制表 and 审核, for the rota on the notice board
 */
public record Office(String name, List<Section> sections, List<Person> people, String dutyInCharge,
    Notice notice) {

  /**
   * An office that names no cadre in charge of duty.
   *
   * @param name the office's name
   * @param sections its sections
   * @param people everyone the rules concern
   */
  public Office(String name, List<Section> sections, List<Person> people) {
    this(name, sections, people, null);
  }

  /**
   * An office whose file gives no phones and no 制表 or 审核.
   *
   * @param name the office's name
   * @param sections its sections
   * @param people everyone the rules concern
   * @param dutyInCharge the section-level cadre in charge of duty, or {@code null}
   */
  public Office(String name, List<Section> sections, List<Person> people, String dutyInCharge) {
    this(name, sections, people, dutyInCharge, Notice.NONE);
  }

  /** A problem with an office: what, and where in the office's structure (people/3/linkedLeader). */
  public static final class Invalid extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** Where in the office file, as a JSON-pointer-like path. */
    private final String path;
    /** The message's key in the catalogue. */
    private final String key;
    private final transient List<String> args;

    Invalid(String path, String key, String... args) {
      super(key + " " + List.of(args) + " at " + path);
      this.path = path;
      this.key = key;
      this.args = List.of(args);
    }

    /**
     * Where: a JSON-pointer-like path into the office file, such as /people/3/linkedLeader.
     *
     * @return the path, such as {@code /people/3/linkedLeader}
     */
    public String path() {
      return path;
    }

    /**
     * The message key (office.*).
     *
     * @return a key such as {@code office.unknown_section}
     */
    public String key() {
      return key;
    }

    /**
     * The message's arguments, in placeholder order.
     *
     * @return the arguments, unmodifiable; may be empty
     */
    public List<String> args() {
      return args;
    }
  }

  /**
   * Checks the office: unique section and person names, postings to known sections, linked clerks linked to
   * county-level leaders, known people to report to, a section-level cadre in charge of duty and known section heads.
   *
   * @param name the office's name
   * @param sections its sections
   * @param people everyone the rules concern
   * @param dutyInCharge the section-level cadre in charge of duty (值班工作分管科级干部, 值班工作制度 三 and 七(二)), who approves swaps
   *     (R7); a role of its own, not the head of 综合股; {@code null} when the office file names nobody
   * @param notice what the notice board needs besides the rota: phones, 制表 and 审核 ({@code null}: none)
   * @throws NullPointerException if {@code name}, {@code sections} or {@code people} is {@code null}
   * @throws Invalid on the first problem found, with the path of the entry at fault
   */
  public Office {
    Objects.requireNonNull(name, "name");
    sections = List.copyOf(sections);
    people = List.copyOf(people);
    notice = notice == null ? Notice.NONE : notice;
    Map<String, Integer> sectionIndex = new LinkedHashMap<>();
    for (int i = 0; i < sections.size(); i++) {
      if (sectionIndex.putIfAbsent(sections.get(i).name(), i) != null) {
        throw new Invalid("/sections/" + i + "/name", "office.duplicate_section", sections.get(i).name());
      }
    }
    Map<String, Person> byName = new LinkedHashMap<>();
    for (int i = 0; i < people.size(); i++) {
      if (byName.putIfAbsent(people.get(i).name(), people.get(i)) != null) {
        throw new Invalid("/people/" + i + "/name", "office.duplicate_person", people.get(i).name());
      }
    }
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      for (int j = 0; j < p.postings().size(); j++) {
        String section = p.postings().get(j).section();
        if (!sectionIndex.containsKey(section)) {
          throw new Invalid("/people/" + i + "/postings/" + j + "/section", "office.unknown_section", section,
              p.name(), String.join("、", sectionIndex.keySet()));
        }
      }
      if (p.linkedLeader() != null) {
        Person leader = byName.get(p.linkedLeader());
        if (p.role() != Role.CLERK) {
          throw new Invalid("/people/" + i + "/linkedLeader", "office.linked_not_clerk", p.name());
        }
        if (leader == null || leader.role() != Role.COUNTY_LEADER) {
          throw new Invalid("/people/" + i + "/linkedLeader", "office.linked_not_leader", p.name(),
              p.linkedLeader());
        }
      }
    }
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      for (Map.Entry<String, String> e : p.reportsTo().entrySet()) {
        if (!byName.containsKey(e.getValue()) || e.getValue().equals(p.name())) {
          throw new Invalid("/people/" + i + "/reportsTo/" + e.getKey(), "office.unknown_reports_to", p.name(),
              e.getKey(), e.getValue());
        }
      }
    }
    if (dutyInCharge != null) {
      Person cadre = byName.get(dutyInCharge);
      if (cadre == null || cadre.role() != Role.SECTION_CADRE) {
        throw new Invalid("/dutyInCharge", "office.duty_in_charge_not_cadre", dutyInCharge);
      }
    }
    for (int i = 0; i < sections.size(); i++) {
      String head = sections.get(i).head();
      if (head != null && !byName.containsKey(head)) {
        throw new Invalid("/sections/" + i + "/head", "office.unknown_head", head, sections.get(i).name());
      }
    }
  }

  /**
   * The person of that name.
   *
   * @param personName the name as the office file writes it
   * @return the person, or empty when the office has nobody of that name
   */
  public Optional<Person> person(String personName) {
    for (Person p : people) {
      if (p.name().equals(personName)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The section of that name.
   *
   * @param sectionName the section's name, such as {@code 综合股}
   * @return the section, or empty when the office has none of that name
   */
  public Optional<Section> section(String sectionName) {
    for (Section s : sections) {
      if (s.name().equals(sectionName)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The clerks linked to a county-level leader (联系文秘人员, R4), in the order the office lists them: a leader may
   * have several, and any of them serves with the leader.
   *
   * @param leader the county-level leader's name, or {@code null}
   * @return the linked clerks; empty when the leader has none or {@code leader} is {@code null}
   */
  public List<Person> linkedClerks(String leader) {
    List<Person> out = new ArrayList<>();
    for (Person p : people) {
      if (leader != null && leader.equals(p.linkedLeader())) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The people who hold a post (as a route table names it), in the order the office lists them.
   *
   * @param position the post's word, such as {@code 秘书长} or {@code 科室工作人员}
   * @return the people whose {@link Person#position()} is exactly that word; may be empty
   */
  public List<Person> withPosition(String position) {
    List<Person> out = new ArrayList<>();
    for (Person p : people) {
      if (p.position().equals(position)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The people of a role, in the order the office lists them.
   *
   * @param role the role
   * @return the people of that role; may be empty
   */
  public List<Person> withRole(Role role) {
    List<Person> out = new ArrayList<>();
    for (Person p : people) {
      if (p.role() == role) {
        out.add(p);
      }
    }
    return out;
  }
}
