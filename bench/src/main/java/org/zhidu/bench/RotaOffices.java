package org.zhidu.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.office.Absence;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Posting;
import org.zhidu.core.office.Role;
import org.zhidu.core.office.Section;

/**
 * Offices for the rota figures: {@code clerks} clerks (one in ten with a week of leave somewhere in the year, every
 * fifth linked to a county-level leader), 6 section-level cadres and 5 county-level leaders.
 */
final class RotaOffices {

  private RotaOffices() {}

  static Office office(int clerks, int year) {
    List<Person> people = new ArrayList<>();
    LocalDate jan1 = LocalDate.of(year, 1, 1);
    for (int i = 0; i < 5; i++) {
      people.add(new Person("县领导" + i, Role.COUNTY_LEADER, List.of(), null, List.of()));
    }
    for (int i = 0; i < 6; i++) {
      people.add(new Person("科长" + i, Role.SECTION_CADRE, List.of(new Posting("综合股", jan1)), null, List.of()));
    }
    for (int i = 0; i < clerks; i++) {
      List<Absence> away = new ArrayList<>();
      if (i % 10 == 3) {
        LocalDate from = jan1.plusDays((i * 37L) % 350);
        away.add(new Absence(from, from.plusDays(6), "年休假"));
      }
      people.add(new Person("文秘" + i, Role.CLERK, List.of(new Posting("综合股", jan1)),
          i < 5 ? "县领导" + i : null, away));
    }
    return new Office("基准办公室", List.of(new Section("综合股", "科长0")), people);
  }

  /** The same office as an office file. */
  static String yaml(int clerks, int year) {
    StringBuilder out = new StringBuilder("office: 基准办公室\nsections:\n  - { name: 综合股, head: 科长0 }\npeople:\n");
    for (Person p : office(clerks, year).people()) {
      out.append("  - { name: ").append(p.name()).append(", role: ").append(p.role().label());
      if (!p.postings().isEmpty()) {
        out.append(", section: 综合股");
      }
      if (p.linkedLeader() != null) {
        out.append(", linkedLeader: ").append(p.linkedLeader());
      }
      for (Absence a : p.absences()) {
        out.append(", unavailable: [ { from: ").append(a.from()).append(", to: ").append(a.to())
            .append(", reason: ").append(a.reason()).append(" } ]");
      }
      out.append(" }\n");
    }
    return out.toString();
  }
}
