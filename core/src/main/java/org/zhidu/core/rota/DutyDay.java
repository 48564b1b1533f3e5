package org.zhidu.core.rota;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.zhidu.core.calendar.DayType;

/**
 * One day of a rota: the duty day runs from the handover time on this date to the same time the next day (R5).
 *
 * @param date the day
 * @param type what the working calendar says the day is
 * @param duty the clerks on duty, the leader's linked clerk first on a holiday (R4); empty when nobody could be
 *     scheduled
 * @param leader who leads (带班, R2), or {@code null} when nobody could
 * @param notifier who notifies the duty person (R6), or {@code null} when not known (a rota read from a file)
 */
public record DutyDay(LocalDate date, DayType type, List<String> duty, String leader, Notifier notifier) {

  public DutyDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
    duty = List.copyOf(duty);
  }

  public boolean isHoliday() {
    return type == DayType.HOLIDAY;
  }

  public DutyDay withNotifier(Notifier n) {
    return new DutyDay(date, type, duty, leader, n);
  }
}
