package org.zhidu.core.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.calendar.YearNotAnnouncedException;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.finding.Severity;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Role;
import org.zhidu.core.office.Section;

/**
 * Totals the inspection scores of a quarter or a year (内务督查制度 三、四; I1–I6). Every event that cannot count is
 * a finding, never a silent drop.
 *
 * <p>Pure and stateless: any number of threads may score at once, sharing one office, policy, calendar and event list.
 */
public final class Scorer {

  private Scorer() {}

  /**
   * The scores of a period, without a working calendar: a leader's task's dates are not judged.
   *
   * @param office the sections and people, with their postings
   * @param policy the pack's items and numbers
   * @param events the events register's rows, in order
   * @param period the quarter or year scored
   * @return the standings, the events counted and the findings
   */
  public static ScoreReport score(Office office, ScoringPolicy policy, List<ScoreEvent> events, Period period) {
    return score(office, policy, events, period, null);
  }

  /**
   * The scores of a period.
   *
   * @param office the sections and people, with their postings
   * @param policy the pack's items and numbers
   * @param events the events register's rows, in order
   * @param period the quarter or year scored
   * @param calendar the working calendar, to count a leader's task in working days (X-WORKDAY); {@code null} when
   *     none is at hand, and a task's dates are then not judged (a warning says so)
   * @return the standings of people and sections, the commendations for a year, the events counted and the findings
   */
  public static ScoreReport score(Office office, ScoringPolicy policy, List<ScoreEvent> events, Period period,
      WorkCalendar calendar) {
    List<Person> people = new ArrayList<>();
    for (Person p : office.people()) {
      if (p.role() != Role.COUNTY_LEADER) {
        people.add(p);
      }
    }
    int quarters = period instanceof Period.Year ? 4 : 1;
    Map<String, Tally> personTally = new LinkedHashMap<>();
    for (Person p : people) {
      personTally.put(p.name(), new Tally(quarters));
    }
    Map<String, Tally> sectionTally = new LinkedHashMap<>();
    for (Section s : office.sections()) {
      sectionTally.put(s.name(), new Tally(quarters));
    }
    List<Finding> findings = new ArrayList<>();
    List<CountedEvent> counted = new ArrayList<>();
    List<CountedEvent> serious = new ArrayList<>();
    Map<String, ScoreEvent> seen = new HashMap<>();
    Map<String, Person> personByName = new HashMap<>();
    office.people().forEach(p -> personByName.put(p.name(), p));
    Map<String, Section> sectionByName = new HashMap<>();
    office.sections().forEach(s -> sectionByName.put(s.name(), s));
    Map<String, ScoringItem> itemByName = new HashMap<>();
    policy.items().forEach(i -> itemByName.put(i.name(), i));
    Map<ScoreEvent, Integer> allowed = onceAYear(events, policy, period.year(), personByName, sectionByName);
    int otherQuarters = 0;
    for (ScoreEvent e : events) {
      // a row's findings belong to the period of its date: rows of other quarters are only counted
      if (e.date().getYear() != period.year()) {
        findings.add(ScoreProblem.OUTSIDE_YEAR.at(e.where().at("日期"), e.date().toString(),
            Integer.toString(period.year())));
        continue;
      }
      if (!period.contains(e.date())) {
        otherQuarters++;
        continue;
      }
      ScoreEvent first = seen.putIfAbsent(e.content(), e);
      if (first != null) {
        findings.add(ScoreProblem.DUPLICATE.at(e.where().at("事项"),
            Integer.toString(first.where().at("事项").line())));
      }
      ScoringItem item = itemByName.get(e.item());
      if (item == null) {
        findings.add(ScoreProblem.UNKNOWN_ITEM.at(e.where().at("事项"), e.item()));
        continue;
      }
      if (e.count() < 1) {
        findings.add(ScoreProblem.BAD_COUNT.at(item.rule(), e.where().at("次数"),
            Integer.toString(e.count())));
        continue;
      }
      if (!policy.maxCount().allowsAtMost(e.count())) {
        findings.add(ScoreProblem.COUNT_TOO_LARGE.at(item.rule(), e.where().at("次数"),
            Integer.toString(e.count()), Integer.toString(policy.maxCount().lastAllowed())));
        continue;
      }
      Person person = personByName.get(e.subject());
      Section section = person == null ? sectionByName.get(e.subject()) : null;
      if (person != null && person.role() == Role.COUNTY_LEADER) {
        findings.add(ScoreProblem.NOT_STAFF.at(e.where().at("对象"), e.subject()));
        continue;
      }
      if (person == null && section == null) {
        findings.add(ScoreProblem.UNKNOWN_SUBJECT.at(e.where().at("对象"), e.subject()));
        continue;
      }
      if (person != null && person.joined() != null && e.date().isBefore(person.joined())) {
        findings.add(ScoreProblem.BEFORE_JOINED.at(e.where().at("日期"), e.subject(),
            e.date().toString(), person.joined().toString()));
        continue;
      }
      if (!taskCounts(e, item, policy, calendar, findings)) {
        continue;
      }
      int times = e.count();
      Integer allowance = allowed.get(e);
      if (allowance != null && allowance < times) {
        findings.add(ScoreProblem.ONCE_A_YEAR.at(item.rule(), e.where().at("次数"), e.subject(), e.item(),
            Integer.toString(period.year()), Integer.toString(times - allowance)));
        times = allowance;
        if (times == 0) {
          continue;
        }
      }
      checkEvidence(e, item, policy, findings);
      boolean isSerious = e.serious();
      if (isSerious && !policy.seriousItems().contains(item.name())) {
        findings.add(ScoreProblem.SERIOUS_NOT_ALLOWED.at(item.rule(), e.where().at("情节严重"), e.item(),
            String.join("、", policy.seriousItems())));
        isSerious = false;
      }
      String sectionName = person != null ? person.sectionOn(e.date()) : section.name();
      int quarter = quarters == 1 ? 0 : Period.quarterOf(e.date()).quarter() - 1;
      long product = (long) times * item.points();
      Tally personSum = person == null ? null : personTally.get(person.name());
      Tally sectionSum = sectionName == null ? null : sectionTally.get(sectionName);
      if (!Tally.fits(product, times, item, quarter, policy.base(), personSum, sectionSum)) {
        // a pack's own points and counts (bounded, but by the pack) could take a total past what an int holds
        findings.add(ScoreProblem.POINTS_OUT_OF_RANGE.at(item.rule(), e.where().at("次数"), e.subject(), e.item(),
            Long.toString(product), Integer.toString(Integer.MIN_VALUE), Integer.toString(Integer.MAX_VALUE)));
        continue;
      }
      int points = (int) product;
      CountedEvent c = new CountedEvent(e, item, points, person == null ? null : person.name(), sectionName);
      counted.add(c);
      if (isSerious) {
        serious.add(c);
        findings.add(ScoreProblem.SERIOUS.at(item.rule(), e.where().at("情节严重"),
            e.date().toString(), e.subject(), e.item()));
      }
      if (personSum != null) {
        personSum.add(item, times, points, quarter);
      }
      if (sectionSum != null) {
        sectionSum.add(item, times, points, quarter);
      }
    }
    if (otherQuarters > 0) {
      findings.add(ScoreProblem.OTHER_QUARTERS.at(Location.NOWHERE,
          Integer.toString(otherQuarters), period.id()));
    }
    List<Standing> personStandings = new ArrayList<>();
    for (Person p : people) {
      personStandings.add(personTally.get(p.name()).standing(p.name(), p.sectionOn(period.to()), policy));
    }
    List<Standing> sectionStandings = new ArrayList<>();
    for (Section s : office.sections()) {
      sectionStandings.add(sectionTally.get(s.name()).standing(s.name(), s.head(), policy));
    }
    personStandings = ranked(personStandings);
    sectionStandings = ranked(sectionStandings);
    Commendation commended = period instanceof Period.Year
        ? Commendations.of(sectionStandings, personStandings, policy, findings) : null;
    return new ScoreReport(period, personStandings, sectionStandings, commended, counted, serious, findings);
  }

  /**
   * I2 (once a year): how many times each row of an item the pack scores at most once a year may count, the
   * year's rows of a subject taken in date order (the register's order on the same day). Rows that cannot count
   * for another reason are left out.
   */
  private static Map<ScoreEvent, Integer> onceAYear(List<ScoreEvent> events, ScoringPolicy policy, int year,
      Map<String, Person> people, Map<String, Section> sections) {
    Map<ScoreEvent, Integer> allowed = new IdentityHashMap<>();
    if (policy.onceAYear().isEmpty()) {
      return allowed;
    }
    List<ScoreEvent> rows = new ArrayList<>();
    for (ScoreEvent e : events) {
      Person p = people.get(e.subject());
      boolean scored = p != null ? p.role() != Role.COUNTY_LEADER && (p.joined() == null
          || !e.date().isBefore(p.joined())) : sections.containsKey(e.subject());
      if (e.date().getYear() == year && e.count() >= 1 && scored && policy.onceAYear().contains(e.item())) {
        rows.add(e);
      }
    }
    rows.sort(Comparator.comparing(ScoreEvent::date));
    Map<String, Integer> left = new HashMap<>();
    for (ScoreEvent e : rows) {
      String key = e.subject() + "\u0000" + e.item();
      int remaining = left.getOrDefault(key, 1);
      int times = Math.min(remaining, e.count());
      left.put(key, remaining - times);
      allowed.put(e, times);
    }
    return allowed;
  }

  /**
   * I2 (三(五)): a leader's task counts as a 工作失误 only when it was not finished within the pack's working days
   * (2, the last of them in time), counted with the working calendar from the day after it was assigned (X-WORKDAY).
   * A row without the two dates is taken as the register judged it.
   *
   * @return whether the row counts
   */
  private static boolean taskCounts(ScoreEvent e, ScoringItem item, ScoringPolicy policy, WorkCalendar calendar,
      List<Finding> findings) {
    if (!item.name().equals(policy.overdueTask()) || (e.assigned() == null && e.finished() == null)) {
      return true;
    }
    if (e.assigned() == null || e.finished() == null) {
      findings.add(ScoreProblem.TASK_DATES_INCOMPLETE.at(item.rule(),
          e.where().at(e.assigned() == null ? "交办日期" : "办结日期"), e.item()));
      return true;
    }
    if (e.finished().isBefore(e.assigned())) {
      findings.add(ScoreProblem.TASK_FINISHED_BEFORE_ASSIGNED.at(item.rule(), e.where().at("办结日期"),
          e.finished().toString(), e.assigned().toString()));
      return false;
    }
    if (calendar == null) {
      findings.add(ScoreProblem.TASK_NO_CALENDAR.at(item.rule(), e.where().at("办结日期"),
          Integer.toString(e.finished().getYear())));
      return true;
    }
    int workdays;
    try {
      workdays = calendar.countWorkdays(e.assigned(), e.finished());
    } catch (YearNotAnnouncedException unknown) {
      findings.add(ScoreProblem.TASK_NO_CALENDAR.at(item.rule(), e.where().at("办结日期"),
          Integer.toString(unknown.year())));
      return true;
    }
    if (policy.taskWorkdays().allowsAtMost(workdays)) {
      findings.add(ScoreProblem.TASK_IN_TIME.at(item.rule(), e.where().at("办结日期"), e.assigned().toString(),
          e.finished().toString(), Integer.toString(workdays),
          Integer.toString(policy.taskWorkdays().lastAllowed())));
      return false;
    }
    return true;
  }

  /**
   * I5: evidence reaches 综合股 by the deadline day of the quarter's last month, with the bound the pack states
   * ("28日前" carries no bound word; the built-in pack reads it as "by the 28th", the day included: X-BOUND); a
   * row without the day is reported (I5 cannot be judged), and evidence dated before its event is an error.
   * I2: from a section the clause names.
   */
  private static void checkEvidence(ScoreEvent e, ScoringItem item, ScoringPolicy policy, List<Finding> findings) {
    if (!item.evidence().isEmpty()) {
      if (e.evidence() == null) {
        findings.add(ScoreProblem.NO_EVIDENCE.at(item.rule(), e.where().at("依据股室"),
            e.item(), String.join("、", item.evidence())));
      } else if (!item.evidence().contains(e.evidence())) {
        findings.add(ScoreProblem.WRONG_EVIDENCE.at(item.rule(), e.where().at("依据股室"),
            e.item(), e.evidence(), String.join("、", item.evidence())));
      }
    }
    if (e.submitted() == null) {
      findings.add(ScoreProblem.NO_SUBMITTED.at(e.where().at("提交日期"), e.date().toString(), e.item()));
    } else if (e.submitted().isBefore(e.date())) {
      findings.add(ScoreProblem.EVIDENCE_BEFORE_EVENT.at(e.where().at("提交日期"),
          e.submitted().toString(), e.date().toString()));
    } else {
      LocalDate deadline = deadline(e.date(), policy);
      if (e.submitted().isAfter(deadline)) {
        findings.add(ScoreProblem.LATE_EVIDENCE.at(e.where().at("提交日期"),
            e.submitted().toString(), deadline.toString()));
      }
    }
  }

  /**
   * The last day evidence of an event may reach 综合股 (I5): the deadline day of its quarter's last month; an event
   * after that day (the 29th to the 31st) cannot be reported by it and is due with the next quarter's evidence, by
   * the deadline day of the next quarter's last month (X-GAP).
   *
   * @param event the day of the event
   * @param policy the pack's numbers, for the deadline day and its bound
   * @return the last day the evidence is in time, in the event's quarter or the next
   */
  public static LocalDate deadline(LocalDate event, ScoringPolicy policy) {
    LocalDate due = Period.quarterOf(event).to().withDayOfMonth(policy.deadline().lastAllowed());
    if (event.isAfter(due)) {
      LocalDate next = Period.quarterOf(event).to().plusDays(1);
      due = Period.quarterOf(next).to().withDayOfMonth(policy.deadline().lastAllowed());
    }
    return due;
  }

  /**
   * Whether a row concerns a person or a section: its subject, or a person who belonged to the section on the
   * row's day ({@code day} {@code null} when the row has no readable date).
   *
   * @param office the office, for the postings of people
   * @param name the person or section asked about
   * @param subject the row's subject, a person or a section
   * @param day the row's day, or {@code null}
   * @return {@code true} when the row counts for {@code name}
   */
  public static boolean concerns(Office office, String name, String subject, LocalDate day) {
    if (name.equals(subject)) {
      return true;
    }
    if (day == null) {
      return false;
    }
    for (Person p : office.people()) {
      if (p.name().equals(subject)) {
        return name.equals(p.sectionOn(day));
      }
    }
    return false;
  }

  /** Sorted by total, highest first (ties in the given order), with shared ranks for equal totals. */
  static List<Standing> ranked(List<Standing> standings) {
    List<Standing> sorted = new ArrayList<>(standings);
    sorted.sort(Comparator.comparingInt(Standing::total).reversed());
    List<Standing> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Standing s = sorted.get(i);
      int rank = i > 0 && sorted.get(i - 1).total() == s.total() ? out.get(i - 1).rank() : i + 1;
      out.add(new Standing(s.name(), s.section(), s.total(), rank, s.items(), s.quarters()));
    }
    return out;
  }


  /** The points of one person or section: per item and per quarter. */
  private static final class Tally {
    private final Map<String, int[]> items = new LinkedHashMap<>();
    private final int[] quarters;

    Tally(int quarters) {
      this.quarters = new int[quarters];
    }

    /** The sum of the quarters so far, as a long: with the base, what the standing's total will be. */
    private long sum;

    /**
     * Whether a row's points (a long: count × points) can be added to each tally given, every figure the standing
     * shows — the item's count and points, the quarter's points, the base plus all of them — staying an int.
     */
    static boolean fits(long points, int count, ScoringItem item, int quarter, int base, Tally... tallies) {
      if (points != (int) points) {
        return false;
      }
      for (Tally tally : tallies) {
        if (tally == null) {
          continue;
        }
        int[] t = tally.items.get(item.name());
        long itemCount = (t == null ? 0L : t[0]) + count;
        long itemPoints = (t == null ? 0L : t[1]) + points;
        long quarterPoints = (long) tally.quarters[quarter] + points;
        long total = base + tally.sum + points;
        for (long figure : new long[] {itemCount, itemPoints, quarterPoints, total}) {
          if (figure != (int) figure) {
            return false;
          }
        }
      }
      return true;
    }

    /** Adds a row that {@link #fits}: nothing here wraps around. */
    void add(ScoringItem item, int count, int points, int quarter) {
      int[] t = items.computeIfAbsent(item.name(), n -> new int[2]);
      t[0] += count;
      t[1] += points;
      quarters[quarter] += points;
      sum += points;
    }

    Standing standing(String name, String section, ScoringPolicy policy) {
      List<ItemTotal> totals = new ArrayList<>();
      for (ScoringItem item : policy.items()) {
        int[] t = items.get(item.name());
        if (t != null) {
          totals.add(new ItemTotal(item.name(), t[0], t[1]));
        }
      }
      int total = (int) (policy.base() + sum); // fits: every row added was checked
      List<Integer> q = new ArrayList<>();
      for (int points : quarters) {
        q.add(points);
      }
      return new Standing(name, section, total, 0, totals, q);
    }
  }
}
