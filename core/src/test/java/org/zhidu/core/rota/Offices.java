package org.zhidu.core.rota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.calendar.DayMark;
import org.zhidu.core.calendar.DayType;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.calendar.YearSchedule;
import org.zhidu.core.office.Absence;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Posting;
import org.zhidu.core.office.Role;
import org.zhidu.core.office.Section;

/** Offices and calendars for rota tests. */
final class Offices {

  static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  private Offices() {}

  /** 国庆 2026: 1–7 October off, 20 September and 10 October worked (国办发明电〔2025〕7号). */
  static WorkCalendar calendar2026() {
    List<DayMark> marks = new ArrayList<>();
    for (int d = 1; d <= 7; d++) {
      marks.add(new DayMark(LocalDate.of(2026, 10, d), DayType.HOLIDAY, "国庆节"));
    }
    marks.add(new DayMark(LocalDate.of(2026, 9, 20), DayType.MAKEUP_WORKDAY, "国庆节"));
    marks.add(new DayMark(LocalDate.of(2026, 10, 10), DayType.MAKEUP_WORKDAY, "国庆节"));
    return WorkCalendar.of(List.of(new YearSchedule(2026, "test", marks)));
  }

  /** An office of {@code clerks} clerks, 4 section-level cadres and 5 county-level leaders each with a clerk. */
  static Office office(int clerks, List<List<Absence>> absences) {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      people.add(person("领导" + i, Role.COUNTY_LEADER, null, List.of(), null));
    }
    for (int i = 0; i < 4; i++) {
      people.add(person("科长" + i, Role.SECTION_CADRE, "综合股", List.of(), null));
    }
    for (int i = 0; i < clerks; i++) {
      List<Absence> away = i < absences.size() ? absences.get(i) : List.of();
      people.add(person("文秘" + i, Role.CLERK, "综合股", away, i < 5 ? "领导" + i : null));
    }
    return new Office("测试办", List.of(new Section("综合股", "科长0")), people, "科长0");
  }

  static Person person(String name, Role role, String section, List<Absence> away, String linkedLeader) {
    List<Posting> postings = section == null ? List.of() : List.of(new Posting(section, JAN_1));
    return new Person(name, role, postings, linkedLeader, away);
  }

  static Absence away(LocalDate from, LocalDate to) {
    return new Absence(from, to, "年休假");
  }

  static RotaPlan plan(Office office, LocalDate from, LocalDate to) {
    return RotaPlanner.plan(RotaRequest.of(office, calendar2026(), RotaPolicy.ANJU, from, to));
  }
}
