package org.zhidu.core.calendar;

import java.time.LocalDate;

/**
 * A day of the working calendar.
 *
 * @param date the day
 * @param type what it is
 * @param name the holiday it belongs to (for a make-up day, the holiday it makes up for), or {@code null}
 */
public record Day(LocalDate date, DayType type, String name) {}
