package org.zhidu.core.rota;

import java.time.LocalDate;
import org.zhidu.core.office.Absence;
import org.zhidu.core.office.Person;

/** Whether a person can be scheduled on a day (R8), and if not, why. */
final class Availability {

  private Availability() {}

  /** In the office on the day (posted, for a person with postings) and not away. */
  static boolean available(Person p, LocalDate day) {
    return inOffice(p, day) && !p.isAbsentOn(day);
  }

  static boolean inOffice(Person p, LocalDate day) {
    return p.postings().isEmpty() || p.sectionOn(day) != null;
  }

  /** The reason of the absence covering the day, as the office file gives it, or {@code null}. */
  static String absence(Person p, LocalDate day) {
    for (Absence a : p.absences()) {
      if (a.covers(day)) {
        return a.reason();
      }
    }
    return null;
  }
}
