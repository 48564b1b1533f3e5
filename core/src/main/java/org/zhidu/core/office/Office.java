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
 */
public record Office(String name, List<Section> sections, List<Person> people) {

  /** A problem with an office: what, and where in the office's structure (people/3/linkedLeader). */
  public static final class Invalid extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String key;
    private final transient List<String> args;

    Invalid(String path, String key, String... args) {
      super(key + " " + List.of(args) + " at " + path);
      this.path = path;
      this.key = key;
      this.args = List.of(args);
    }

    /** Where: a JSON-pointer-like path into the office file, such as /people/3/linkedLeader. */
    public String path() {
      return path;
    }

    /** The message key (office.*). */
    public String key() {
      return key;
    }

    public List<String> args() {
      return args;
    }
  }

  public Office {
    Objects.requireNonNull(name, "name");
    sections = List.copyOf(sections);
    people = List.copyOf(people);
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
    for (int i = 0; i < sections.size(); i++) {
      String head = sections.get(i).head();
      if (head != null && !byName.containsKey(head)) {
        throw new Invalid("/sections/" + i + "/head", "office.unknown_head", head, sections.get(i).name());
      }
    }
  }

  public Optional<Person> person(String personName) {
    for (Person p : people) {
      if (p.name().equals(personName)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  public Optional<Section> section(String sectionName) {
    for (Section s : sections) {
      if (s.name().equals(sectionName)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The people of a role, in the order the office lists them. */
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
