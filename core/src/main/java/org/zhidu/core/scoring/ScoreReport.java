package org.zhidu.core.scoring;

import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.finding.Finding;

/**
 * The scores of a period.
 *
 * @param period the quarter or year
 * @param people every person scored (county-level leaders, who are not the office's staff, are not), by rank
 * @param sections every section, by rank
 * @param commended for a year, the commendations (I6); {@code null} for a quarter
 * @param counted every event that counted, in the register's order
 * @param serious the 情节严重 events, listed apart for separate handling (I2)
 * @param findings what is wrong with the register
 */
public record ScoreReport(
    Period period,
    List<Standing> people,
    List<Standing> sections,
    Commendation commended,
    List<CountedEvent> counted,
    List<CountedEvent> serious,
    List<Finding> findings) {

  /**
   * Keeps unmodifiable copies of the lists.
   *
   * @param period the quarter or year
   * @param people every person scored (county-level leaders, who are not the office's staff, are not), by rank
   * @param sections every section, by rank
   * @param commended for a year, the commendations (I6); {@code null} for a quarter
   * @param counted every event that counted, in the register's order
   * @param serious the 情节严重 events, listed apart for separate handling (I2)
   * @param findings what is wrong with the register
   * @throws NullPointerException if {@code people}, {@code sections}, {@code counted}, {@code serious} or {@code
   *     findings} is {@code null}
   */
  public ScoreReport {
    people = List.copyOf(people);
    sections = List.copyOf(sections);
    counted = List.copyOf(counted);
    serious = List.copyOf(serious);
    findings = List.copyOf(findings);
  }

  /**
   * Every event counted for a person, or for a section (its own and its members' while they belonged to it).
   *
   * @param name a person's or a section's name
   * @return the events in the register's order; empty when none counted for that name
   */
  public List<CountedEvent> explain(String name) {
    List<CountedEvent> out = new ArrayList<>();
    for (CountedEvent e : counted) {
      if (name.equals(e.person()) || name.equals(e.section())) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Whether the register had an error, such as a row that could not be read or an unknown item.
   *
   * @return {@code true} when a finding is an error
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }
}
