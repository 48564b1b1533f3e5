package org.zhidu.core.leave;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhidu.core.office.Person;

/**
 * One person's leave in one year.
 *
 * @param person the name
 * @param position the post
 * @param year the year
 * @param requests the requests that begin in the year
 * @param byKind the days of each kind that fall in the year
 * @param total all those days
 * @param absent the days counted as 旷工 (only where the clause says so)
 */
public record LeaveTotal(String person, String position, int year, int requests, Map<String, BigDecimal> byKind,
    BigDecimal total, BigDecimal absent) {
  /**
   * Keeps an unmodifiable copy of the days by kind, in its order.
   *
   * @param person the name
   * @param position the post
   * @param year the year
   * @param requests the requests that begin in the year
   * @param byKind the days of each kind that fall in the year
   * @param total all those days
   * @param absent the days counted as 旷工 (only where the clause says so)
   * @throws NullPointerException if {@code byKind} is {@code null}
   */
  public LeaveTotal {
    byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
  }

  /** A person's year as it is being added up. */
  static final class Tally {
    final Map<String, Long> halves = new LinkedHashMap<>();
    long absent;
    int requests;

    LeaveTotal total(Person p, int y) {
      Map<String, BigDecimal> byKind = new LinkedHashMap<>();
      long all = 0;
      for (Map.Entry<String, Long> e : halves.entrySet()) {
        byKind.put(e.getKey(), LeaveChecker.days(e.getValue()));
        all += e.getValue();
      }
      return new LeaveTotal(p.name(), p.position(), y, requests, byKind, LeaveChecker.days(all), LeaveChecker.days(absent));
    }
  }
}
