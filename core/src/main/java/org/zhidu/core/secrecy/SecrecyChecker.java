package org.zhidu.core.secrecy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Posting;
import org.zhidu.core.rule.Alternatives;
import org.zhidu.core.rule.RuleId;

/**
 * Checks the registers of classified material against a pack's rules, one row at a time, so that a register of any
 * length is read once and not held; what needs rows of several registers (S1: the level of what a compilation holds)
 * is settled at {@link #finish}. Carrier registers are taken first: the levels of the documents they hold are then
 * remembered as the other registers are read, and no others.
 *
 * <p>A checker is used by one thread; a large register is read in {@link #part()}s on several, absorbed in file order
 * before {@link #finish}, which is called once.
 */
public final class SecrecyChecker {

  private final SecrecyPolicy policy;
  private final Office office;
  /** The office's people by name, read once and shared by the parts (never changed after). */
  private final Map<String, Person> people;
  private final LocalDate asOf;
  private final List<Finding> findings = new ArrayList<>();
  /** The numbers the carriers hold, and the carriers: the only levels remembered. */
  private final Set<String> wanted;
  private final List<CarrierRecord> carriers;
  /** The highest level met for each wanted number. */
  private final Map<String, Level> levels = new HashMap<>();
  private final List<KeptRecord> kept = new ArrayList<>();
  /** Things said once: the first place and how many rows. */
  private final Map<String, Once> once = new LinkedHashMap<>();
  private int rows;
  /** Whether an approver's name was taken as written for want of an office file. */
  private boolean namesUnchecked;
  /** Whether this is a part: carriers go to the whole, before any part is made. */
  private final boolean isPart;

  private static final class Once {
    final Location at;
    final SecrecyProblem problem;
    final RuleId rule;
    final String[] args;
    int count;

    Once(Location at, SecrecyProblem problem, RuleId rule, String... args) {
      this.at = at;
      this.problem = problem;
      this.rule = rule;
      this.args = args;
    }
  }

  /**
   * @param policy the pack's rules for classified material
   * @param office who the people are, their posts and sections; {@code null} when not given (approvers are then
   *     matched by the posts' own words, and moves are not seen)
   * @param asOf the day the registers are checked on: an open loan is overdue once its due day is past
   */
  public SecrecyChecker(SecrecyPolicy policy, Office office, LocalDate asOf) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.office = office;
    this.people = new HashMap<>();
    if (office != null) {
      office.people().forEach(p -> people.putIfAbsent(p.name(), p));
    }
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.wanted = new HashSet<>();
    this.carriers = new ArrayList<>();
    this.isPart = false;
  }

  private SecrecyChecker(SecrecyChecker whole) {
    this.policy = whole.policy;
    this.office = whole.office;
    this.people = whole.people;
    this.asOf = whole.asOf;
    this.wanted = whole.wanted; // only read while parts are checked
    this.carriers = List.of();
    this.isPart = true;
  }

  /**
   * A checker for another part of the same register, to be read on another thread and then {@link #absorb}ed.
   *
   * @return a new checker with the same office, pack and as-of day, and nothing checked yet
   */
  public SecrecyChecker part() {
    return new SecrecyChecker(this);
  }

  /**
   * Takes in what a part checked; parts are absorbed in file order, before {@link #finish}.
   *
   * @param part a checker made by {@link #part()} that has read the part after the last one absorbed
   */
  public void absorb(SecrecyChecker part) {
    findings.addAll(part.findings);
    rows += part.rows;
    namesUnchecked |= part.namesUnchecked;
    part.levels.forEach(this::remember);
    kept.addAll(part.kept);
    part.once.forEach((key, o) -> {
      Once mine = once.putIfAbsent(key, o);
      if (mine != null) {
        mine.count += o.count;
      }
    });
  }

  /**
   * How many rows were checked so far (with the parts absorbed).
   *
   * @return the rows taken so far
   */
  public int rows() {
    return rows;
  }

  /**
   * The policy checked against.
   *
   * @return the pack's rules for classified material
   */
  public SecrecyPolicy policy() {
    return policy;
  }

  /**
   * A finding about a row that could not be read, or about a register as a whole: kept in order with the rest.
   *
   * @param finding the finding, at the row's cell or the register's header
   */
  public void unreadable(Finding finding) {
    findings.add(finding);
  }

  /**
   * S1: a compilation or a medium; its contents are looked up at {@link #finish}. Take these first.
   *
   * @param c the row, as read
   */
  public void accept(CarrierRecord c) {
    if (isPart) {
      throw new IllegalStateException("carriers are taken by the whole checker, before its parts are made");
    }
    rows++;
    carriers.add(c);
    wanted.addAll(c.contents());
    wanted.add(c.number());
    remember(c.number(), c.level());
  }

  /**
   * A row of G13: S3 for a destruction, S6 for a loan.
   *
   * @param r the row, as read
   */
  public void accept(SecretRecord r) {
    rows++;
    if (!wanted.isEmpty() && wanted.contains(r.number())) {
      remember(r.number(), r.level());
    }
    switch (r.kind()) {
      case DESTROYED -> destruction(r);
      case LOAN -> loan(r);
      default -> { }
    }
  }

  /**
   * S2: a copy.
   *
   * @param c the row, as read
   */
  public void accept(CopyRecord c) {
    rows++;
    if (!wanted.isEmpty() && wanted.contains(c.original())) {
      remember(c.original(), c.level());
    }
    SecrecyPolicy.Copying copying = policy.copying();
    if (copying == null) {
      gap(c.where().at(CopyRecord.ORIGINAL), SecrecyRules.S2, "复制登记");
      return;
    }
    if (copying.never().contains(c.level())) {
      findings.add(SecrecyProblem.COPY_FORBIDDEN.at(c.where().at(CopyRecord.LEVEL), c.original(), c.level().word(),
          copying.clause()));
    } else if (!c.kind().isEmpty() && copying.neverKinds().stream().anyMatch(c.kind()::contains)) {
      findings.add(SecrecyProblem.COPY_FORBIDDEN.at(c.where().at(CopyRecord.KIND), c.original(), c.kind(),
          copying.clause()));
    }
    if (c.copyLevel() != null && c.copyLevel() != c.level()) {
      findings.add(SecrecyProblem.COPY_LEVEL_CHANGED.at(c.where().at(CopyRecord.COPY_LEVEL), c.original(),
          c.copyLevel().word(), c.level().word(), copying.clause()));
    }
    if (c.kind().contains("密码电报") && !copying.cipherDepartments().isEmpty() && c.department() != null
        && !names(c.department(), copying.cipherDepartments())) {
      findings.add(SecrecyProblem.COPY_CIPHER_DEPARTMENT.at(c.where().at(CopyRecord.DEPARTMENT), c.original(),
          c.department(), String.join("、", copying.cipherDepartments()), copying.clause()));
    }
    if (c.level() == Level.NONE) {
      return; // not classified: no approval asked
    }
    List<String> posts = c.ontoMedium() && !copying.mediaApprovers().isEmpty() ? copying.mediaApprovers()
        : copying.approvers().getOrDefault(c.level(), List.of());
    if (c.approver().isEmpty()) {
      findings.add(SecrecyProblem.COPY_NOT_APPROVED.at(c.where().at(CopyRecord.APPROVER), c.original(),
          c.level().word(), posts.isEmpty() ? "—" : String.join("或", posts), copying.clause()));
    } else if (!posts.isEmpty() && !holds(c.approver(), posts)) {
      findings.add(SecrecyProblem.COPY_WRONG_APPROVER.at(c.where().at(CopyRecord.APPROVER), c.original(),
          c.approver(), c.level().word(), String.join("或", posts), copying.clause()));
    }
  }

  /**
   * S5: a device.
   *
   * @param d the row, as read
   */
  public void accept(DeviceRecord d) {
    rows++;
    SecrecyPolicy.Clause devices = policy.devices();
    if (devices == null) {
      gap(d.where().at(DeviceRecord.NUMBER), SecrecyRules.S5, "涉密设备登记");
      return;
    }
    if (d.classified() && d.networked()) {
      findings.add(SecrecyProblem.DEVICE_NETWORKED.at(d.where().at(DeviceRecord.NETWORKED), d.number(),
          devices.clause()));
    }
    if (d.classified() && !d.wireless().isEmpty()) {
      findings.add(SecrecyProblem.DEVICE_WIRELESS.at(d.where().at(DeviceRecord.WIRELESS), d.number(), d.wireless(),
          devices.clause()));
    }
  }

  /**
   * S4 (and S7 for a foreign visit): a record kept a number of years.
   *
   * @param k the row, as read
   */
  public void accept(KeptRecord k) {
    rows++;
    if (k.approvedColumn()) {
      visit(k);
    }
    SecrecyPolicy.Retention retention = policy.retention();
    if (retention == null || !retention.kinds().contains(k.kind())) {
      gap(k.where().at(KeptRecord.NUMBER), SecrecyRules.S4, k.kind());
      return;
    }
    kept.add(k);
    LocalDate from = keptUntil(k, retention);
    if (k.destroyed() != null && k.destroyed().isBefore(from)) {
      findings.add(SecrecyProblem.DESTROYED_EARLY.at(k.where().at(KeptRecord.DESTROYED), k.kind(), k.number(),
          k.destroyed().toString(), k.date().toLocalDate().toString(), Integer.toString(retention.years()),
          from.toString(), retention.clause()));
    }
  }

  /**
   * The first day a kept record may be destroyed: the day its years are up ("保存5年": five whole years from the day
   * it was made, so 2021-03-15's record may go on 2026-03-15; 02-29 counts to 02-28 in a year without it).
   *
   * @param k the record
   * @param retention the pack's S4 rule
   * @return the day its years are up, the same month and day that many years on
   */
  public static LocalDate keptUntil(KeptRecord k, SecrecyPolicy.Retention retention) {
    return k.date().toLocalDate().plusYears(retention.years());
  }

  private void visit(KeptRecord k) {
    SecrecyPolicy.Clause visits = policy.visits();
    if (visits == null) {
      gap(k.where().at(KeptRecord.APPROVED), SecrecyRules.S7, k.kind());
      return;
    }
    if (k.approved() == null) {
      findings.add(SecrecyProblem.VISIT_NOT_APPROVED.at(k.where().at(KeptRecord.APPROVED), k.number(),
          shown(k.date()), visits.clause()));
    } else if (k.approved().isAfter(k.date()) && !(sameDay(k.approved(), k.date())
        && (dayOnly(k.approved()) || dayOnly(k.date())))) {
      // written as days only, the same day is read as approved first (the pack's reading)
      findings.add(SecrecyProblem.VISIT_BEFORE_APPROVAL.at(k.where().at(KeptRecord.APPROVED), k.number(),
          shown(k.date()), shown(k.approved()), visits.clause()));
    }
  }

  private void destruction(SecretRecord r) {
    SecrecyPolicy.Destruction d = policy.destruction();
    if (d == null) {
      gap(r.where().at(SecretRecord.KIND), SecrecyRules.S3, "销毁");
      return;
    }
    if (r.approver().isEmpty()) {
      findings.add(SecrecyProblem.DESTRUCTION_NOT_APPROVED.at(r.where().at(SecretRecord.APPROVER), r.number(),
          d.clause()));
    }
    if (r.destroyer().isEmpty() || r.witness().isEmpty()) {
      String field = r.destroyer().isEmpty() ? SecretRecord.DESTROYER : SecretRecord.WITNESS;
      findings.add(SecrecyProblem.DESTRUCTION_UNSIGNED.at(r.where().at(field), r.number(), field, d.clause()));
    } else if (r.destroyer().equals(r.witness())) {
      findings.add(SecrecyProblem.DESTRUCTION_ONE_PERSON.at(r.where().at(SecretRecord.WITNESS), r.number(),
          r.destroyer(), d.clause()));
    }
    if (r.site() != null && !d.sites().isEmpty() && !names(r.site(), d.sites())) {
      findings.add(SecrecyProblem.DESTRUCTION_SITE.at(r.where().at(SecretRecord.SITE), r.number(),
          r.site().isEmpty() ? "—" : r.site(), String.join("、", d.sites()), d.clause()));
    }
  }

  private void loan(SecretRecord r) {
    SecrecyPolicy.Loans loans = policy.loans();
    if (loans == null) {
      gap(r.where().at(SecretRecord.KIND), SecrecyRules.S6, "借阅");
      return;
    }
    LocalDateTime due = loans.sameDay() ? r.at().toLocalDate().atTime(23, 59) : r.due();
    if (r.returned() != null && r.returned().isBefore(r.at()) && !(sameDay(r.returned(), r.at())
        && dayOnly(r.returned()))) {
      findings.add(SecrecyProblem.RETURNED_BEFORE_LENT.at(r.where().at(SecretRecord.RETURNED), r.number(),
          shown(r.returned()), shown(r.at())));
      return;
    }
    if (due == null) {
      Once o = once.computeIfAbsent("no-due", k -> new Once(r.where().at(SecretRecord.DUE),
          SecrecyProblem.LOAN_NO_DUE, SecrecyRules.S6));
      o.count++;
    } else if (r.returned() != null && r.returned().isAfter(due)) {
      findings.add(SecrecyProblem.LOAN_RETURNED_LATE.at(r.where().at(SecretRecord.RETURNED), r.number(),
          r.handler(), shown(r.returned()), shown(due), loans.clause()));
    } else if (r.returned() == null && asOf.isAfter(due.toLocalDate())) {
      findings.add(SecrecyProblem.LOAN_OVERDUE.at(r.where().at(SecretRecord.RETURNED), r.number(), r.handler(),
          shown(due), asOf.toString(), loans.clause()));
    }
    Person borrower = people.get(r.handler());
    if (borrower == null) {
      return;
    }
    // a move to another section while the loan was open (up to its return, or the check day)
    LocalDate open = r.returned() != null ? r.returned().toLocalDate() : asOf;
    for (Posting p : borrower.postings()) {
      if (p.from().isAfter(r.at().toLocalDate()) && !p.from().isAfter(open)
          && (r.returned() == null || p.from().isBefore(r.returned().toLocalDate()))) {
        findings.add(SecrecyProblem.MOVED_WITH_LOAN.at(r.where().at(SecretRecord.HANDLER), r.handler(),
            p.from().toString(), p.section(), r.number(), loans.clause()));
        break;
      }
    }
  }

  /**
   * Whether an entry is one of the posts (their own words, as 办公室主任 in "钱坤（办公室主任）"), or the name of
   * someone whose position in the office file is, or ends in, one of them (XX办公室主任 holds 办公室主任).
   */
  private boolean holds(String entry, List<String> posts) {
    for (String post : posts) {
      for (String word : Alternatives.of(post)) {
        if (entry.contains(word)) {
          return true;
        }
        Person p = people.get(entry);
        if (p != null && p.position().endsWith(word)) {
          return true;
        }
      }
    }
    if (office == null) {
      namesUnchecked = true;
      return true; // a name cannot be checked without the office file: the command says so
    }
    return false;
  }

  /**
   * Whether a cell names one of the words (机要室 names 机要, 市公文销毁站 names 公文销毁站); a cell that says it is not
   * (非机要部门, 不是…) never does.
   */
  static boolean names(String cell, List<String> words) {
    if (cell.isEmpty() || cell.startsWith("非") || cell.startsWith("不") || cell.startsWith("无")) {
      return false;
    }
    for (String word : words) {
      if (!word.isEmpty() && cell.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private void gap(Location at, RuleId rule, String what) {
    Once o = once.computeIfAbsent("gap " + rule.value() + " " + what, k -> new Once(at, SecrecyProblem.NO_RULE, rule,
        what));
    o.count++;
  }

  private void remember(String number, Level level) {
    levels.merge(number, level, Level::max);
  }

  /** A day written without its time is read as its start: shown as the day alone. */
  private static String shown(LocalDateTime t) {
    return dayOnly(t) ? t.toLocalDate().toString() : t.toString().replace('T', ' ');
  }

  private static boolean dayOnly(LocalDateTime t) {
    return t.getHour() == 0 && t.getMinute() == 0;
  }

  private static boolean sameDay(LocalDateTime a, LocalDateTime b) {
    return a.toLocalDate().equals(b.toLocalDate());
  }

  /**
   * The findings in file order, with what is said once, and the records that may now be destroyed (S4).
   *
   * @return the findings in file order, the records that may be destroyed by the as-of day, and the counts
   */
  public Report finish() {
    for (CarrierRecord c : carriers) {
      carrier(c);
    }
    if (policy.carriers() != null) {
      List<String> inRounds = CarrierCycles.of(carriers);
      for (int i = 0; i < carriers.size(); i++) {
        CarrierRecord c = carriers.get(i);
        String through = inRounds.get(i);
        if (through != null) {
          findings.add(SecrecyProblem.CARRIER_HOLDS_ITSELF.at(c.where().at(CarrierRecord.CONTENTS), c.kind(),
              c.number(), through, policy.carriers().clause()));
        }
      }
    }
    once.forEach((key, o) -> {
      if (key.startsWith("gap ")) {
        findings.add(SecrecyProblem.NO_RULE.at(o.at, o.rule.value(), o.args[0], Integer.toString(o.count)));
      } else if (key.equals("no-due")) {
        findings.add(SecrecyProblem.LOAN_NO_DUE.at(o.at, Integer.toString(o.count), policy.loans().clause()));
      }
    });
    findings.sort(Comparator.comparing((Finding f) -> Objects.toString(f.location().file(), ""))
        .thenComparingInt(f -> f.location().line()).thenComparingInt(f -> f.location().column()));
    List<KeptRecord> destroyable = new ArrayList<>();
    SecrecyPolicy.Retention retention = policy.retention();
    if (retention != null) {
      for (KeptRecord k : kept) {
        if (k.destroyed() == null && !keptUntil(k, retention).isAfter(asOf)) {
          destroyable.add(k);
        }
      }
    }
    return new Report(findings, destroyable, rows, namesUnchecked);
  }

  /**
   * S1: the carrier's level against the highest of what it holds; a compilation it holds counts with its own marked
   * level (itself checked against its contents).
   */
  private void carrier(CarrierRecord c) {
    SecrecyPolicy.Clause rule = policy.carriers();
    if (rule == null) {
      gap(c.where().at(CarrierRecord.LEVEL), SecrecyRules.S1, "汇编、移动介质");
      return;
    }
    Level highest = Level.NONE;
    String source = null;
    List<String> unknown = new ArrayList<>();
    for (String number : c.contents()) {
      Level level = levels.get(number);
      if (level == null) {
        unknown.add(number);
      } else if (level.compareTo(highest) > 0) {
        highest = level;
        source = number;
      }
    }
    if (!unknown.isEmpty()) {
      // one warning a carrier, however many it holds: the first few named, and how many
      String named = String.join("、", unknown.subList(0, Math.min(5, unknown.size())))
          + (unknown.size() > 5 ? "…" : "");
      findings.add(SecrecyProblem.CONTENT_UNKNOWN.at(c.where().at(CarrierRecord.CONTENTS), c.number(), named,
          Integer.toString(unknown.size())));
    }
    if (c.level().compareTo(highest) < 0) {
      findings.add(SecrecyProblem.CARRIER_BELOW.at(c.where().at(CarrierRecord.LEVEL), c.kind(), c.number(),
          c.level().word(), source, highest.word(), rule.clause()));
    }
  }

  /**
   * What the check found.
   *
   * @param findings in file order
   * @param destroyable the kept records whose years are up and that are not yet destroyed, in the order read
   * @param rows how many rows were checked
   * @param namesUnchecked whether approvers' names were taken as written for want of an office file
   */
  public record Report(List<Finding> findings, List<KeptRecord> destroyable, int rows, boolean namesUnchecked) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @param findings in file order
     * @param destroyable the kept records whose years are up and that are not yet destroyed, in the order read
     * @param rows how many rows were checked
     * @param namesUnchecked whether approvers' names were taken as written for want of an office file
     * @throws NullPointerException if {@code findings} or {@code destroyable} is {@code null}
     */
    public Report {
      findings = List.copyOf(findings);
      destroyable = List.copyOf(destroyable);
    }
  }
}
