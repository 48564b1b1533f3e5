package org.zhidu.core.leave;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.zhidu.core.approval.Approvers;
import org.zhidu.core.approval.Limit;
import org.zhidu.core.approval.Router;
import org.zhidu.core.approval.Routing;
import org.zhidu.core.calendar.HalfDay;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Halves;
import org.zhidu.core.finding.RowPlace;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.rule.RuleId;

/**
 * Checks a leave register against a pack's leave clause, one request at a time so that a register of any length is
 * read once and not held: {@link #accept} checks what a row shows by itself (who approved, when, in what form, the
 * caps at a time, certificate, cover, 销假); {@link #finish} what needs the others (overlaps, the yearly cap, days
 * past the end not covered by an extension, a cover away at the same time: {@link AcrossRequests}) and gives the
 * yearly totals. What it keeps of each request is in {@link LeaveLog}, the totals in {@link LeaveTotal}.
 *
 * <p>A checker is used by one thread; to read a large register on several, each thread checks a {@link #part()},
 * and the parts are {@link #absorb}ed in file order before {@link #finish}, which is called once.
 *
 * <p>Time is counted in half days (上午, 下午): a leave runs from its first half day to its last, both included; a
 * time before noon falls in the morning; a time given as a day alone stands for that day's morning. A request is
 * approved in time when its last approval falls no later than the half day the leave begins.
 */
public final class LeaveChecker {

  /** No request is longer than a year. */
  public static final int MOST_DAYS = 366;

  private final Office office;
  private final WorkCalendar calendar;
  /** The calendar with a year not yet announced read as weekends only: for days after a leave's end. */
  private final WorkCalendar beyond;
  final LeavePolicy policy;
  final RuleId rule;
  final LocalDate asOf;
  private final Integer year;
  final List<Finding> findings = new ArrayList<>();
  private final Map<String, LeaveLog.Log> byPerson = new HashMap<>();
  private final Map<String, String> kinds = new LinkedHashMap<>();

  /** The office's people by name, and each requester's chain of names once resolved: a register has a million rows. */
  private final Map<String, Person> people = new HashMap<>();
  private final Map<ChainKey, List<String>> chains;
  private final Map<String, Map<String, Routing[]>> routes;

  /**
   * A requester's chain is the same for every request of one route row while they stay in one section. (A class, not
   * a record: its hash is asked a million times, and a record's goes through method handles.)
   */
  private static final class ChainKey {
    private final String person;
    private final String row;
    private final String section;
    private final int hash;

    ChainKey(String person, String row, String section) {
      this.person = person;
      this.row = row;
      this.section = section;
      this.hash = (person.hashCode() * 31 + row.hashCode()) * 31 + Objects.hashCode(section);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ChainKey k && k.hash == hash && k.person.equals(person) && k.row.equals(row)
          && Objects.equals(k.section, section);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
  private int checked;


  /**
   * @param office who the people are, their posts and who they report to
   * @param calendar the work calendar (X-WORKDAY), for working days
   * @param policy the pack's leave clause
   * @param asOf the day the register is checked on: what should have happened by then
   * @param year only the requests with a day in this year, and the totals of this year; {@code null} for all
   */
  public LeaveChecker(Office office, WorkCalendar calendar, LeavePolicy policy, LocalDate asOf, Integer year) {
    this.office = Objects.requireNonNull(office, "office");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.beyond = calendar.assumingNoHolidays();
    this.policy = Objects.requireNonNull(policy, "policy");
    this.rule = policy.rule();
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.year = year;
    office.people().forEach(p -> people.put(p.name(), p));
    this.chains = new ConcurrentHashMap<>();
    this.routes = new ConcurrentHashMap<>();
  }

  /**
   * A checker for another part of the same register, to be read on another thread and then {@link #absorb}ed.
   *
   * @return a new checker with the same office, calendar, clause, as-of day and year, and nothing checked yet
   */
  public LeaveChecker part() {
    return new LeaveChecker(this);
  }

  private LeaveChecker(LeaveChecker whole) {
    this.office = whole.office;
    this.calendar = whole.calendar;
    this.beyond = whole.beyond;
    this.policy = whole.policy;
    this.rule = whole.rule;
    this.asOf = whole.asOf;
    this.year = whole.year;
    this.people.putAll(whole.people);
    // what is resolved once holds for every part: the caches are shared
    this.chains = whole.chains;
    this.routes = whole.routes;
  }

  /**
   * Takes in what a part checked; parts are absorbed in file order, before {@link #finish}.
   *
   * @param part a checker made by {@link #part()} that has read the part after the last one absorbed
   */
  public void absorb(LeaveChecker part) {
    findings.addAll(part.findings);
    part.kinds.keySet().forEach(k -> kinds.putIfAbsent(k, k));
    part.byPerson.forEach((person, log) -> byPerson.computeIfAbsent(person, k -> new LeaveLog.Log()).addAll(log));
    checked += part.checked;
  }

  /**
   * A finding about a row that could not be read as a request (a cell that is no time): kept in order with the rest.
   *
   * @param finding the finding, at the row's cell
   */
  public void unreadable(Finding finding) {
    findings.add(finding);
  }

  /**
   * The rule the findings of this register are reported under.
   *
   * @return the pack's leave clause, L1, L2 or L3
   */
  public RuleId rule() {
    return rule;
  }

  /**
   * Checks one request by itself and keeps what the checks across rows need. The request's place is read only
   * while this runs (a reader may hand over a row that is reused afterwards).
   *
   * @param r the request, as read from the register
   * @throws org.zhidu.core.calendar.YearNotAnnouncedException when a working day falls in a year the calendar does
   *     not know
   */
  public void accept(LeaveRequest r) {
    RowPlace at = r.where();
    long first = slot(r.start());
    long last = slot(r.end());
    if (last < first) {
      findings.add(LeaveProblem.END_BEFORE_START.at(rule, at.at(LeaveRequest.END), show(r.end()), show(r.start())));
      return;
    }
    if (ChronoUnit.DAYS.between(r.start().date(), r.end().date()) >= MOST_DAYS) {
      findings.add(LeaveProblem.TOO_LONG.at(rule, at.at(LeaveRequest.END), show(r.start()), show(r.end()),
          Integer.toString(MOST_DAYS)));
      return;
    }
    // a request of another year is not checked but kept: an overlap, an extension or a cover may reach across
    boolean inYear = year == null || r.start().date().getYear() <= year && r.end().date().getYear() >= year;
    Person person = people.get(r.person());
    if (!inYear) {
      if (person != null) {
        log(person, r, first, last, working(first, last), 0, false);
      }
      return;
    }
    checked++;
    if (person == null) {
      findings.add(LeaveProblem.UNKNOWN_PERSON.at(rule, at.at(LeaveRequest.PERSON), r.person()));
      return;
    }
    long halves = working(first, last);
    BigDecimal days = days(halves);
    String kind = kinds.computeIfAbsent(r.kind(), k -> k);
    if (!policy.kinds().isEmpty() && !policy.kinds().contains(kind)) {
      findings.add(LeaveProblem.UNKNOWN_KIND.at(rule, at.at(LeaveRequest.KIND), kind,
          String.join("、", policy.kinds())));
    }
    if (halves == 0) {
      findings.add(LeaveProblem.NO_WORKDAYS.at(rule, at.at(LeaveRequest.START), show(r.start()), show(r.end())));
      return;
    }
    if (r.statedDays() != null && r.statedDays().compareTo(days) != 0) {
      findings.add(LeaveProblem.DAYS_DIFFER.at(rule, at.at(LeaveRequest.DAYS), r.statedDays().toPlainString(),
          days.toPlainString(), policy.counting().id()));
    }
    approvers(r, person, halves, days);
    long absent = timing(r, first, last, days);
    absent += limits(r, person, kind, halves, days);
    absent = policy.absenteeism() ? absent : 0;
    if (absent > 0) {
      findings.add(LeaveProblem.ABSENT.at(rule, at.at(LeaveRequest.PERSON), person.name(),
          days(absent).toPlainString()));
    }
    log(person, r, first, last, halves, absent, true);
  }

  /** Keeps what the checks across rows and the totals need of a request. */
  private void log(Person person, LeaveRequest r, long first, long last, long halves, long absent, boolean inYear) {
    long split = yearEnd(yearOf(first));
    long inFirst = last <= split ? halves : working(first, split);
    long returned = r.returned() == null ? LeaveLog.NONE : slot(r.returned());
    String cover = r.cover().isEmpty() ? null : r.cover();
    LeaveLog.Log log = byPerson.get(person.name());
    if (log == null) {
      log = new LeaveLog.Log();
      byPerson.put(person.name(), log);
    }
    Person covering = cover == null ? null : people.get(cover);
    log.add(kinds.computeIfAbsent(r.kind(), k -> k), first, last, returned,
        covering != null ? covering.name() : cover, r.where(), (int) inFirst, (int) (halves - inFirst), (int) absent,
        inYear);
  }


  /** The route for a post, a kind and a number of half days, each asked of the router once. */
  private Routing route(String position, String kind, long halves, BigDecimal days) {
    Map<String, Routing[]> byKind = routes.get(position);
    if (byKind == null) {
      byKind = routes.computeIfAbsent(position, k -> new ConcurrentHashMap<>());
    }
    Routing[] byHalves = byKind.get(kind);
    if (byHalves == null) {
      byHalves = byKind.computeIfAbsent(kind, k -> new Routing[DAYS.length]);
    }
    if (halves >= byHalves.length) {
      return Router.route(policy.routes(), position, kind, days);
    }
    Routing routing = byHalves[(int) halves];
    if (routing == null) {
      routing = Router.route(policy.routes(), position, kind, days);
      byHalves[(int) halves] = routing;
    }
    return routing;
  }

  /** The approvers against the chain the pack gives for the person, the kind and the days. */
  private void approvers(LeaveRequest r, Person person, long halves, BigDecimal days) {
    RowPlace at = r.where();
    Routing routing = route(person.position(), r.kind(), halves, days);
    if (routing instanceof Routing.Gap gap) {
      findings.add(LeaveProblem.ROUTE_GAP.at(at.at(LeaveRequest.APPROVERS), gap.pack(), person.position(), r.kind(),
          days.toPlainString()));
      return;
    }
    if (r.approvers().isEmpty()) {
      return; // not approved at all: the timing says so
    }
    Routing.Route route = (Routing.Route) routing;
    List<String> chain = route.chain();
    String section = person.sectionOn(r.start().date());
    ChainKey key = new ChainKey(person.name(), route.row().id(), section);
    List<String> names = chains.get(key);
    if (names == null) {
      names = chains.computeIfAbsent(key,
          k -> Approvers.resolve(office, person, chain, policy.sectionHead(), r.start().date()));
    }
    // a step whose person the office file does not name cannot be checked: it is said so below, not guessed
    boolean matches = r.approvers().size() == chain.size();
    for (int i = 0; matches && i < chain.size(); i++) {
      matches = names.get(i) == null || names.get(i).equals(r.approvers().get(i));
    }
    if (!matches) {
      findings.add(LeaveProblem.WRONG_APPROVERS.at(rule, at.at(LeaveRequest.APPROVERS),
          String.join(" → ", r.approvers()), person.name(), person.position(), days.toPlainString(),
          chainShown(chain, names), route.row().clause()));
      return;
    }
    for (int i = 0; i < chain.size(); i++) {
      if (names.get(i) == null) {
        findings.add(LeaveProblem.UNNAMED_APPROVER.at(rule, at.at(LeaveRequest.APPROVERS), chain.get(i),
            person.name(), r.approvers().get(i)));
      }
    }
  }

  /** When it was asked and approved, and in what form; the half days away without approval. */
  private long timing(LeaveRequest r, long first, long last, BigDecimal days) {
    RowPlace at = r.where();
    long absent = 0;
    boolean approved = !r.approvers().isEmpty();
    if (!approved) {
      if (r.start().date().isAfter(asOf)) {
        findings.add(LeaveProblem.PENDING.at(rule, at.at(LeaveRequest.APPROVERS), show(r.start())));
        return 0;
      }
      absent = working(first, Math.min(last, slot(HalfDay.afternoon(asOf))));
      findings.add(LeaveProblem.NOT_APPROVED.at(rule, at.at(LeaveRequest.APPROVERS), show(r.start())));
    } else if (r.approved() != null && slot(r.approved()) > first) {
      absent = working(first, Math.min(last, slot(r.approved()) - 1));
      findings.add(LeaveProblem.APPROVED_LATE.at(rule, at.at(LeaveRequest.APPROVED), show(r.approved()),
          show(r.start())));
    }
    LeavePolicy.Written written = policy.written();
    if (written != null && written.requires(r.kind(), days)) {
      if (r.mode() != LeaveMode.WRITTEN) {
        if (!written.afterwards()) {
          findings.add(LeaveProblem.ORAL_NOT_ALLOWED.at(rule, at.at(LeaveRequest.MODE), r.mode().label(),
              days.toPlainString()));
        } else if (r.completed() == null && asOf.isAfter(r.end().date())) {
          long all = working(first, last);
          absent = Math.max(absent, all);
          findings.add(LeaveProblem.FORM_NOT_COMPLETED.at(rule, at.at(LeaveRequest.COMPLETED), r.mode().label(),
              show(r.end())));
        }
      } else if (written.ahead() != null && r.applied() != null
          && !written.ahead().reachedBy(days(first - slot(r.applied())))) {
        findings.add(LeaveProblem.LATE_REQUEST.at(rule, at.at(LeaveRequest.APPLIED), show(r.applied()),
            show(r.start()), written.ahead().value().toPlainString()));
      }
    }
    LeavePolicy.Advance routine = policy.routine();
    if (routine != null && routine.kinds().contains(r.kind()) && r.approved() != null) {
      long ahead = ChronoUnit.DAYS.between(r.approved().toLocalDate(), r.start().date());
      if (!routine.ahead().reachedBy(BigDecimal.valueOf(ahead))) {
        findings.add(LeaveProblem.ROUTINE_LATE.at(rule, at.at(LeaveRequest.APPROVED), r.kind(),
            show(r.approved()), show(r.start()), routine.ahead().value().toPlainString()));
      }
    }
    return absent;
  }

  /**
   * The cap at a time, the certificate and the cover; the half days past the cap, where the pack counts them as 旷工
   * (caps.absenteeism), else none.
   */
  private long limits(LeaveRequest r, Person person, String kind, long halves, BigDecimal days) {
    RowPlace at = r.where();
    LeavePolicy.Caps caps = policy.caps();
    long past = 0;
    if (caps != null && caps.kinds().contains(kind) && caps.once() != null && !caps.once().keptBy(days)) {
      findings.add(LeaveProblem.OVER_ONCE.at(rule, at.at(LeaveRequest.END), kind, days.toPlainString(),
          caps.once().value().toPlainString()));
      past = caps.absenteeism() ? halves - mostHalves(caps.once()) : 0;
    }
    LeavePolicy.Certificate certificate = policy.certificate();
    if (certificate != null && certificate.kinds().contains(kind) && r.certificate().isEmpty()) {
      findings.add(LeaveProblem.NO_CERTIFICATE.at(rule, at.at(LeaveRequest.CERTIFICATE), kind, certificate.from()));
    }
    if (policy.cover()) {
      if (r.cover().isEmpty() || r.cover().equals(person.name())) {
        findings.add(LeaveProblem.NO_COVER.at(rule, at.at(LeaveRequest.COVER), person.name()));
      } else if (!people.containsKey(r.cover())) {
        findings.add(LeaveProblem.UNKNOWN_COVER.at(rule, at.at(LeaveRequest.COVER), r.cover()));
      }
    }
    return past;
  }

  /** The most half days a cap allows: 3 days inclusive is 6, exclusive 5. */
  static long mostHalves(Limit cap) {
    BigDecimal twice = cap.value().multiply(BigDecimal.valueOf(2));
    long whole = twice.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
    boolean exact = twice.compareTo(BigDecimal.valueOf(whole)) == 0;
    return exact && cap.bound() == org.zhidu.core.rule.Bound.EXCLUSIVE ? whole - 1 : whole;
  }

  /**
   * What the requests show together, and the totals.
   *
   * @return the findings of every row and across rows, in file order, and each person's yearly totals
   */
  public Report finish() {
    return finish(null);
  }

  /**
   * The same, the people shared between this thread and a helper the caller's executor runs ({@code null}: this
   * thread only): each person's requests are checked against each other by one of them, and their findings come
   * back in the same order.
   *
   * @param helper the executor that runs the second half, or {@code null}
   * @return the findings of every row and across rows, in file order, and each person's yearly totals
   */
  public Report finish(Executor helper) {
    // one person's requests made into rows, checked and dropped before the next person's (a cover's leave is
    // looked up in the log as read): never a million rows at once
    List<String> persons = new ArrayList<>(byPerson.keySet());
    Map<String, Map<Integer, LeaveTotal.Tally>> tallies = new ConcurrentHashMap<>();
    findings.addAll(Halves.check(persons.size(), helper, (from, to, found) -> {
      AcrossRequests across = new AcrossRequests(this, byPerson, found);
      for (String person : persons.subList(from, to)) {
        List<LeaveLog.Taken> taken = byPerson.get(person).taken();
        taken.sort(Comparator.comparingLong(LeaveLog.Taken::first).thenComparingInt(LeaveLog.Taken::line));
        across.overlaps(taken);
        Map<Integer, LeaveTotal.Tally> years = new HashMap<>();
        tallies.put(person, years);
        for (LeaveLog.Taken t : taken) {
          if (t.inYear()) {
            AcrossRequests.count(years, t);
          }
        }
        across.overdue(person, years, taken);
        across.notReturned(taken);
        across.yearCap(person, years, taken);
        for (LeaveLog.Taken t : taken) {
          if (t.inYear() && !person.equals(t.cover())) {
            across.coverAway(t);
          }
        }
      }
    }));
    // by row; within a row in the order found, so that 旷工 follows the finding it comes from
    findings.sort(Comparator.comparing((Finding f) -> Objects.toString(f.location().file(), ""))
        .thenComparingInt(f -> f.location().line()));
    List<LeaveTotal> totals = new ArrayList<>();
    for (Person p : office.people()) {
      Map<Integer, LeaveTotal.Tally> years = tallies.get(p.name());
      if (years == null) {
        continue;
      }
      years.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .filter(y -> year == null || y.getKey().equals(year))
          .forEach(y -> totals.add(y.getValue().total(p, y.getKey())));
    }
    return new Report(findings, totals, List.copyOf(kinds.keySet()), checked, policy.absenteeism());
  }

  static int yearOf(long slot) {
    return LocalDate.ofEpochDay((slot >> 1)).getYear();
  }

  /** The last half day of a year. */
  static long yearEnd(int year) {
    return LocalDate.of(year, 12, 31).toEpochDay() * 2 + 1;
  }

  long working(long first, long last) {
    long n = 0;
    for (long s = first; s <= last; s++) {
      if (isWorking(s)) {
        n++;
      }
    }
    return n;
  }

  private boolean isWorking(long slot) {
    return policy.counting() == LeavePolicy.Counting.CALENDAR || calendar.typeOf((slot >> 1)).isWorking();
  }

  /**
   * Whether a half day after a leave's end is a working one, for the 销假 and extension checks: these look past the
   * register's own days, into a year the calendar may not know yet (a leave ending 31 December, checked in January);
   * such a year is read as weekdays and weekends only, as with --assume-no-holidays.
   */
  boolean isWorkingAfter(long slot) {
    return policy.counting() == LeavePolicy.Counting.CALENDAR
        || beyond.typeOf((slot >> 1)).isWorking();
  }

  /** The half day as a number: two a day, the morning first. */
  static long slot(HalfDay h) {
    return h.date().toEpochDay() * 2 + (h.afternoon() ? 1 : 0);
  }

  static long slot(LocalDateTime t) {
    return t.toLocalDate().toEpochDay() * 2 + (t.getHour() >= 12 ? 1 : 0);
  }

  static HalfDay halfDay(long slot) {
    return new HalfDay(LocalDate.ofEpochDay((slot >> 1)), (slot & 1) == 1);
  }

  /** Half days as days: 3 → 1.5. */
  static BigDecimal days(long halves) {
    return halves >= 0 && halves < DAYS.length ? DAYS[(int) halves]
        : BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2)).stripTrailingZeros();
  }

  /** The days of every count of half days a request can have, made once. */
  private static final BigDecimal[] DAYS = new BigDecimal[4 * MOST_DAYS + 2];

  static {
    for (int i = 0; i < DAYS.length; i++) {
      DAYS[i] = BigDecimal.valueOf(i).divide(BigDecimal.valueOf(2)).stripTrailingZeros();
    }
  }

  static String show(HalfDay h) {
    return h.date() + (h.afternoon() ? " 下午" : " 上午");
  }

  static String show(LocalDateTime t) {
    return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
        : t.toLocalDate() + " " + t.toLocalTime();
  }

  private static String chainShown(List<String> chain, List<String> names) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < chain.size(); i++) {
      out.add(names.get(i) == null ? chain.get(i) : chain.get(i) + "（" + names.get(i) + "）");
    }
    return String.join(" → ", out);
  }

  /**
   * What checking a register gave.
   *
   * @param findings every finding, in file order
   * @param totals each person's years, in the office's order
   * @param kinds the kinds of leave seen, in the order first seen
   * @param checked the requests checked
   * @param absenteeism whether the clause counts 旷工 (so the totals show it)
   */
  public record Report(List<Finding> findings, List<LeaveTotal> totals, List<String> kinds, int checked,
      boolean absenteeism) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @param findings every finding, in file order
     * @param totals each person's years, in the office's order
     * @param kinds the kinds of leave seen, in the order first seen
     * @param checked the requests checked
     * @param absenteeism whether the clause counts 旷工 (so the totals show it)
     * @throws NullPointerException if {@code findings}, {@code totals} or {@code kinds} is {@code null}
     */
    public Report {
      findings = List.copyOf(findings);
      totals = List.copyOf(totals);
      kinds = List.copyOf(kinds);
    }
  }
}
