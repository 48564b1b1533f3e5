package org.zhidu.core.spending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.zhidu.core.approval.Approvers;
import org.zhidu.core.approval.Notice;
import org.zhidu.core.approval.Routing;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.RowPlace;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.rule.Alternatives;
import org.zhidu.core.rule.RuleId;

/**
 * Checks a claims register against a pack's spending clause, one claim at a time so that a register of any length is
 * read once and not held: who approved the spending and when, the meeting that decides it, the papers, the signers
 * of the claim, how soon a travel claim follows the return, the asset number, the meal norm, the monthly tally; and
 * across claims, an invoice claimed twice. A check whose column the register lacks is not made ({@link Claim}).
 *
 * <p>Who signed is matched step by step: an entry may be the post's own word (办公室主任), or, with an office file,
 * the name of the person in that post for the claimant ({@link Approvers}); the 经办人 step is the claimant. A step
 * the office file settles for nobody is not checked by name, and the report says so once for the post; without an
 * office file no name is checked, only how many signed and the posts' own words.
 *
 * <p>A checker is used by one thread; to read a large register on several, each thread checks a {@link #part()},
 * and the parts are {@link #absorb}ed in file order before {@link #finish}, which is called once.
 */
public final class ClaimChecker {

  /** The words of a chain's first step that mean the claimant (经办人, 经手人). */
  private static final List<String> CLAIMANT = List.of("经办人", "经手人");

  private final Office office;
  private final SpendingPolicy policy;
  private final ClaimPolicy claims;
  private final RuleId rule;
  private final LocalDate asOf;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Total> totals = new LinkedHashMap<>();
  /** Each invoice number with the place of the claim that first gave it (line and column packed). */
  private final InvoiceNumbers invoices = new InvoiceNumbers();
  /** The kinds no route row applies to, and the posts no name settles: where first met, and how often. */
  private final Map<String, Once> gaps = new LinkedHashMap<>();
  private final Map<String, Once> unnamed = new LinkedHashMap<>();
  private String file;
  private int checked;
  /** How many times this part took a step as written for want of a name: an answer that did is not remembered. */
  private int unnamedRows;
  /** Whether the register has a 报销日期 column: a blank one there is a tally not yet made, no column says nothing. */
  private boolean claimedColumn;
  /** Whether the register has a 人数 column: a blank one on a meal claim is said, no column says nothing. */
  private boolean personsColumn;

  /** The office's people by name, each with what the posts resolve to for them (shared by the parts). */
  private final Map<String, Claimant> people;
  /** What the posts resolve to for a claimant the office file does not know: the one holder, or "". */
  private final Map<String, String> holders;
  /** Every post the pack's chains name: an entry that is another step's post is never this step's. */
  private final java.util.Set<String> posts;
  /** Each step of the pack's chains and its alternatives, read once: looked up, never changed, by every part. */
  private final Map<String, List<String>> words;
  /** The alternatives of a word of the pack, read once. */
  private final java.util.function.Function<String, List<String>> alternatives;
  /** The pack's routes, each worked out once for this part. */
  private final RouteMemo routes;
  /** Each reading thread's {@link Answers}, and this part's. */
  private final ThreadLocal<Answers> threadsAnswers;
  private final Answers answers;

  /**
   * A person of the office as a claimant, and the name in each post for them. Someone who stays in one section has one
   * name a post; someone who moves is resolved for the section of the claim's day.
   */
  private static final class Claimant {
    final Person person;
    final boolean oneSection;
    /** The day of the one posting (before it, the person is in no section), or {@code null}. */
    final LocalDate posted;
    final Map<String, String> names = new ConcurrentHashMap<>();
    /** The claimant's place in the office file, for the answers remembered for them ({@link Answers}). */
    final int index;

    Claimant(Person person, int index) {
      this.person = person;
      this.index = index;
      this.oneSection = person.postings().size() <= 1;
      this.posted = person.postings().size() == 1 ? person.postings().get(0).from() : null;
    }

    /** The key of a post's name on the day: the post itself while the section stays the same. */
    String key(String post, LocalDate day) {
      if (oneSection) {
        return posted != null && day.isBefore(posted) ? post + '\u0000' : post;
      }
      return post + '\u0000' + person.sectionOn(day);
    }
  }

  /**
   * The last answers of {@link #matches}, a few for each claimant whose posts' names do not change with the day: a
   * register gives one claimant the same few lists of signers and approvers again and again (the same list object,
   * each cell split once by the reading thread). One for each thread, shared by the parts it reads.
   */
  private static final class Answers {
    private static final int WAYS = 8;
    private final Object[] entries;
    private final Object[] chains;
    private final boolean[] stands;
    private final int[] next;

    Answers(int people) {
      entries = new Object[people * WAYS];
      chains = new Object[people * WAYS];
      stands = new boolean[people * WAYS];
      next = new int[people];
    }

    /** 1 when the entries stand for the chain, 0 when not, -1 when not remembered. */
    int get(Claimant who, List<String> list, List<String> chain) {
      int from = who.index * WAYS;
      for (int i = from; i < from + WAYS; i++) {
        if (entries[i] == list && chains[i] == chain) {
          return stands[i] ? 1 : 0;
        }
      }
      return -1;
    }

    void put(Claimant who, List<String> list, List<String> chain, boolean answer) {
      int i = who.index * WAYS + (next[who.index]++ & (WAYS - 1));
      entries[i] = list;
      chains[i] = chain;
      stands[i] = answer;
    }
  }

  /** How many claims of a kind, and how much; and what the kind's last lists of papers lacked. */
  private static final class Total {
    int claims;
    BigDecimal amount = BigDecimal.ZERO;
    /** The kind's claims attach the same few lists of papers (the same list object, each cell split once). */
    final Object[] attached = new Object[4];
    final List<?>[] missing = new List<?>[4];
    int nextAttached;
  }

  /** A thing said once for the register: where it was first met, and how many rows it held for. */
  private static final class Once {
    final long at;
    final String field;
    final String[] args;
    int rows;

    Once(long at, String field, String... args) {
      this.at = at;
      this.field = field;
      this.args = args;
    }
  }

  /**
   * @param office who the people are, their posts and who they report to; {@code null} when not given (the
   *     entries are then matched by the posts' own words only)
   * @param policy the pack's spending clause
   * @param asOf the day the register is checked on: a travel claim not made by then is late once its days are past
   */
  public ClaimChecker(Office office, SpendingPolicy policy, LocalDate asOf) {
    this.office = office;
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.claims = policy.claims();
    this.rule = policy.rule();
    this.posts = policy.chainRoles();
    this.people = new HashMap<>();
    if (office != null) {
      office.people().forEach(p -> people.put(p.name(), new Claimant(p, people.size())));
    }
    this.holders = new ConcurrentHashMap<>();
    this.words = new HashMap<>();
    this.alternatives = words::get;
    List<String> steps = new ArrayList<>(policy.claimChain());
    policy.routes().rows().forEach(row -> steps.addAll(row.chain()));
    claims.papers().forEach(p -> steps.addAll(p.papers()));
    steps.forEach(step -> words.put(step, Alternatives.of(step)));
    this.routes = new RouteMemo(policy);
    int count = people.size();
    this.threadsAnswers = ThreadLocal.withInitial(() -> new Answers(count));
    this.answers = threadsAnswers.get();
  }

  private ClaimChecker(ClaimChecker whole) {
    this.office = whole.office;
    this.policy = whole.policy;
    this.claims = whole.claims;
    this.rule = whole.rule;
    this.posts = whole.posts;
    this.asOf = whole.asOf;
    this.people = whole.people;
    this.holders = whole.holders;
    this.words = whole.words;
    this.alternatives = whole.alternatives;
    this.routes = new RouteMemo(policy);
    this.threadsAnswers = whole.threadsAnswers;
    this.answers = threadsAnswers.get(); // a part is made on the thread that reads it
  }

  /**
   * A checker for another part of the same register, to be read on another thread and then {@link #absorb}ed.
   *
   * @return a new checker with the same office, clause and as-of day, and nothing checked yet
   */
  public ClaimChecker part() {
    return new ClaimChecker(this);
  }

  /**
   * Takes in what a part checked; parts are absorbed in file order, before {@link #finish}.
   *
   * @param part a checker made by {@link #part()} that has read the part after the last one absorbed
   */
  public void absorb(ClaimChecker part) {
    findings.addAll(part.findings);
    checked += part.checked;
    if (file == null) {
      file = part.file;
    }
    part.totals.forEach((kind, t) -> {
      Total mine = totals.computeIfAbsent(kind, k -> new Total());
      mine.claims += t.claims;
      mine.amount = mine.amount.add(t.amount);
    });
    invoices.absorb(part.invoices, (number, first, again) -> findings.add(SpendProblem.DUPLICATE_INVOICE.at(rule,
        place(again, Claim.INVOICES), number, Integer.toString(line(first)))));
    merge(gaps, part.gaps);
    merge(unnamed, part.unnamed);
  }

  private static void merge(Map<String, Once> into, Map<String, Once> from) {
    from.forEach((key, once) -> {
      Once mine = into.putIfAbsent(key, once);
      if (mine != null) {
        mine.rows += once.rows;
      }
    });
  }

  /**
   * Tells the checker which columns the register's header has, before its first claim.
   *
   * @param has whether the header has a column, by its Chinese name
   */
  public void header(java.util.function.Predicate<String> has) {
    claimedColumn = has.test(Claim.CLAIMED);
    personsColumn = has.test(Claim.PERSONS);
  }

  /**
   * The invoice numbers of a row that could not be read as a claim (an unreadable amount, say): remembered all the
   * same, so that the same invoice claimed again on a later row is still found.
   *
   * @param numbers the row's invoice numbers, as read
   * @param at where the row's cells are
   */
  public void invoicesOfUnreadable(List<String> numbers, RowPlace at) {
    long place = at.packed(Claim.INVOICES);
    for (String number : numbers) {
      long first = invoices.remember(number, place);
      if (first >= 0) {
        findings.add(SpendProblem.DUPLICATE_INVOICE.at(rule, at.at(Claim.INVOICES), number,
            Integer.toString(line(first))));
      }
    }
  }

  /**
   * A finding about a row that could not be read as a claim: kept in order with the rest.
   *
   * @param finding the finding, at the row's cell
   */
  public void unreadable(Finding finding) {
    findings.add(finding);
  }

  /**
   * The rule the findings of this register are reported under.
   *
   * @return the pack's spending clause, E1, E2 or E3
   */
  public RuleId rule() {
    return rule;
  }

  /**
   * Checks one claim by itself and keeps what the checks across claims need.
   *
   * @param c the claim, as read from the register
   */
  public void accept(Claim c) {
    RowPlace at = c.where();
    if (file == null) {
      file = at.at(Claim.KIND).file();
    }
    checked++;
    Total total = totals.get(c.kind());
    if (total == null) {
      total = new Total();
      totals.put(c.kind(), total);
    }
    total.claims++;
    total.amount = total.amount.add(c.amount());
    Claimant claimant = people.get(c.handler());
    Person handler = claimant == null ? null : claimant.person;
    if (office != null && handler == null) {
      findings.add(SpendProblem.UNKNOWN_PERSON.at(rule, at.at(Claim.HANDLER), c.handler()));
    }
    SpendRouter.SpendRoute route = routes.route(c.kind(), c.amount(), c.budgeted());
    approval(c, claimant, route);
    collective(c, route);
    paperwork(c, claimant, total);
    invoices(c);
  }

  /** Who approved the spending against the route, told whom it asks, and approved it before it was spent. */
  private void approval(Claim c, Claimant handler, SpendRouter.SpendRoute route) {
    RowPlace at = c.where();
    if (c.approvers() == null) {
      // no 审批人 column: the command says so once
    } else if (route.routing() instanceof Routing.Gap gap) {
      Once once = gaps.get(c.kind());
      if (once == null) {
        once = new Once(at.packed(Claim.APPROVERS), Claim.APPROVERS, gap.pack(), c.kind());
        gaps.put(c.kind(), once);
      }
      once.rows++;
    } else {
      Routing.Route r = (Routing.Route) route.routing();
      if (c.approvers().isEmpty()) {
        findings.add(SpendProblem.NOT_APPROVED.at(rule, at.at(Claim.APPROVERS), c.kind(), amount(c),
            String.join(" → ", r.chain()), r.row().clause()));
      } else if (!matches(c.approvers(), r.chain(), c, handler)) {
        findings.add(SpendProblem.WRONG_APPROVERS.at(rule, at.at(Claim.APPROVERS),
            String.join(" → ", c.approvers()), c.kind(), amount(c), String.join(" → ", r.chain()),
            r.row().clause()));
      }
      if (c.reported() != null) {
        for (Notice n : r.notices()) {
          if (!c.reported().contains(n.to())) {
            findings.add(SpendProblem.NOT_REPORTED.at(rule, at.at(Claim.REPORTED), c.kind(), amount(c), n.action(),
                n.to(), r.row().clause()));
          }
        }
      }
    }
    ClaimPolicy.Before before = claims.before();
    if (before != null && before.applies(c.kind()) && c.approved() != null
        && c.approved().toLocalDate().isAfter(c.date())) {
      findings.add(SpendProblem.APPROVED_AFTER.at(rule, at.at(Claim.APPROVED), c.approved().toString().replace('T', ' '),
          c.date().toString(), before.clause()));
    }
    for (BothReadings b : route.bothReadings()) {
      // both languages' notes go with the finding: the message in each language takes its own
      findings.add(SpendProblem.BOTH_READINGS.at(b.rule(), at.at(Claim.AMOUNT), amount(c), b.note(), b.citation(),
          b.noteEn() == null ? b.note() : b.noteEn()));
    }
  }

  /** The meeting that decides the spending, where one must. */
  private void collective(Claim c, SpendRouter.SpendRoute route) {
    RowPlace at = c.where();
    if (!route.ifUnbudgeted().isEmpty()) {
      Collective e = route.ifUnbudgeted().get(0);
      findings.add(SpendProblem.BUDGET_UNSAID.at(e.rule(), at.at(Claim.BUDGETED), amount(c), meeting(e), e.clause()));
    }
    Collective e = route.decidingEntry();
    if (e == null || c.decision() == null) {
      return;
    }
    String meeting = meeting(e);
    String decision = c.decision();
    if (decision.contains(meeting)) {
      return;
    }
    SpendProblem problem = decision.isEmpty() ? SpendProblem.NO_DECISION
        : decision.contains("传阅") || decision.contains("会签") ? SpendProblem.CIRCULATED : SpendProblem.WRONG_DECISION;
    findings.add(problem.at(e.rule(), at.at(Claim.DECISION), decision, c.kind(), amount(c), meeting, e.clause()));
  }

  /** The meeting's own word: 室务会 of "室务会（会议集体决策，不得传阅会签）". */
  private static String meeting(Collective e) {
    String d = e.decidedBy();
    int cut = d.indexOf('（');
    return cut > 0 ? d.substring(0, cut) : d;
  }

  /** The papers, the signers of the claim, and what the clause asks of a kind's claim. */
  private void paperwork(Claim c, Claimant handler, Total kind) {
    RowPlace at = c.where();
    if (c.attachments() != null) {
      List<String> missing = missingPapers(c, kind);
      if (!missing.isEmpty()) {
        findings.add(SpendProblem.MISSING_PAPERS.at(rule, at.at(Claim.ATTACHMENTS), c.kind(),
            String.join("、", missing), claims.papersOf(c.kind()).clause()));
      }
    }
    if (c.signers() != null && !policy.claimChain().isEmpty()
        && !matches(c.signers(), policy.claimChain(), c, handler)) {
      findings.add((c.signers().isEmpty() ? SpendProblem.NOT_SIGNED : SpendProblem.WRONG_SIGNERS).at(rule,
          at.at(Claim.SIGNERS), String.join(" → ", c.signers()), String.join(" → ", policy.claimChain()),
          policy.claimClause()));
    }
    ClaimPolicy.Travel travel = claims.travel();
    if (travel != null && travel.kinds().contains(c.kind()) && c.returned() != null) {
      // a claim not yet made is late once the check day is past its days
      long days = ChronoUnit.DAYS.between(c.returned(), c.claimed() != null ? c.claimed() : asOf);
      if (!travel.within().keptBy(BigDecimal.valueOf(days))) {
        findings.add((c.claimed() != null ? SpendProblem.TRAVEL_LATE : SpendProblem.TRAVEL_UNCLAIMED).at(rule,
            at.at(Claim.CLAIMED), (c.claimed() != null ? c.claimed() : asOf).toString(), c.returned().toString(),
            Long.toString(days), travel.within().side("≤ ", "< "), travel.clause()));
      }
    }
    ClaimPolicy.AssetLine asset = claims.assetLine(c.kind());
    if (asset != null && c.assetNumber() != null && c.assetNumber().isEmpty()
        && asset.from().reachedBy(c.itemValue())) {
      findings.add(SpendProblem.NO_ASSET_NUMBER.at(rule, at.at(Claim.ASSET_NUMBER), c.kind(),
          c.itemValue().toPlainString(), asset.from().side("≥ ", "> "), asset.clause()));
    }
    ClaimPolicy.MealNorm meals = claims.meals();
    if (meals != null && meals.kinds().contains(c.kind()) && c.persons() == null && personsColumn) {
      findings.add(SpendProblem.NO_PERSONS.at(rule, at.at(Claim.PERSONS), c.kind(), meals.clause()));
    }
    if (meals != null && meals.kinds().contains(c.kind()) && c.persons() != null
        && meals.above(c.amount(), c.persons())) {
      findings.add(SpendProblem.MEAL_ABOVE_NORM.at(rule, at.at(Claim.AMOUNT), amount(c),
          c.persons().toString(), c.amount().divide(BigDecimal.valueOf(c.persons()), 2,
              java.math.RoundingMode.HALF_UP).toPlainString(), meals.perHead().value().toPlainString(),
          meals.clause()));
    }
    ClaimPolicy.Tally tally = claims.tally(c.kind());
    if (tally != null) {
      tally(c, tally);
    }
  }

  /** The papers a claim lacks, remembered for the kind's last few lists. */
  @SuppressWarnings("unchecked")
  private List<String> missingPapers(Claim c, Total kind) {
    for (int i = 0; i < kind.attached.length; i++) {
      if (kind.attached[i] == c.attachments()) {
        return (List<String>) kind.missing[i];
      }
    }
    List<String> missing = claims.missingPapers(c.kind(), c.attachments(), alternatives);
    int i = kind.nextAttached++ & (kind.attached.length - 1);
    kind.attached[i] = c.attachments();
    kind.missing[i] = missing;
    return missing;
  }

  /** A monthly tally within its window of the next month; not yet made when the check day is past the window. */
  private void tally(Claim c, ClaimPolicy.Tally tally) {
    RowPlace at = c.where();
    YearMonth next = YearMonth.from(c.date()).plusMonths(1);
    LocalDate first = next.atDay(tally.firstDay());
    LocalDate last = next.atDay(tally.lastDay());
    if (c.claimed() == null) {
      if (claimedColumn && asOf.isAfter(last)) {
        findings.add(SpendProblem.TALLY_MISSING.at(rule, at.at(Claim.CLAIMED), c.kind(), c.date().toString(),
            first + " 至 " + last, asOf.toString(), tally.clause()));
      }
    } else {
      if (c.claimed().isBefore(first) || c.claimed().isAfter(last)) {
        findings.add(SpendProblem.TALLY_OUTSIDE.at(rule, at.at(Claim.CLAIMED), c.claimed().toString(),
            c.kind(), c.date().toString(), first + " 至 " + last, tally.clause()));
      }
    }
  }

  /** An invoice number already claimed. */
  private void invoices(Claim c) {
    if (c.invoices() == null) {
      return;
    }
    long at = c.where().packed(Claim.INVOICES);
    for (String number : c.invoices()) {
      long first = invoices.remember(number, at);
      if (first >= 0) {
        findings.add(SpendProblem.DUPLICATE_INVOICE.at(rule, c.where().at(Claim.INVOICES), number,
            Integer.toString(line(first))));
      }
    }
  }

  /**
   * Whether the entries stand, one by one, for the steps of the chain: remembered for a claimant whose posts' names
   * are the same on every day, unless a step was taken as written because no name settles it (each such row is
   * counted).
   */
  private boolean matches(List<String> entries, List<String> chain, Claim c, Claimant handler) {
    if (entries.size() != chain.size()) {
      return false;
    }
    boolean remembered = handler != null && handler.oneSection
        && (handler.posted == null || !c.date().isBefore(handler.posted));
    if (remembered) {
      int known = answers.get(handler, entries, chain);
      if (known >= 0) {
        return known == 1;
      }
    }
    int unnamedBefore = unnamedRows;
    boolean stands = true;
    for (int i = 0; i < chain.size() && stands; i++) {
      stands = stands(entries.get(i), chain.get(i), c, handler);
    }
    if (remembered && unnamedRows == unnamedBefore) {
      answers.put(handler, entries, chain, stands);
    }
    return stands;
  }

  /**
   * Whether an entry stands for a step: the step's own word, the claimant for 经办人, or the person the office file
   * puts in the post for the claimant; a post the file settles for nobody is taken as it is written, and noted.
   */
  private boolean stands(String entry, String step, Claim c, Claimant handler) {
    List<String> ways = words.get(step);
    if (ways.contains(entry)) {
      return true;
    }
    for (String post : ways) {
      if (CLAIMANT.contains(post)) {
        return entry.equals(c.handler());
      }
    }
    if (posts.contains(entry)) {
      return false; // another step's post
    }
    if (office == null) {
      return true; // without an office file only the posts' own words are known: said once by the command
    }
    boolean settled = false;
    for (String post : ways) {
      String name = resolve(handler, post, c.date());
      if (name.equals(entry)) {
        return true;
      }
      settled |= !name.isEmpty();
    }
    if (settled) {
      return false;
    }
    Once once = unnamed.get(step);
    if (once == null) {
      once = new Once(c.where().packed(Claim.HANDLER), Claim.HANDLER, step);
      unnamed.put(step, once);
    }
    once.rows++;
    unnamedRows++;
    return true;
  }

  /** The name in a post for the claimant on the day, or "" when the office file settles nobody. */
  private String resolve(Claimant handler, String post, LocalDate day) {
    if (handler == null) {
      String name = holders.get(post);
      if (name == null) {
        name = holders.computeIfAbsent(post, k -> {
          List<Person> all = office.withPosition(post);
          return all.size() == 1 ? all.get(0).name() : "";
        });
      }
      return name;
    }
    String key = handler.key(post, day);
    String name = handler.names.get(key);
    if (name == null) {
      name = handler.names.computeIfAbsent(key, k -> Objects.toString(
          Approvers.resolve(office, handler.person, post, claims.sectionHead(), day), ""));
    }
    return name;
  }

  private static String amount(Claim c) {
    return c.amount().stripTrailingZeros().toPlainString();
  }

  private Location place(long packed, String field) {
    return new Location(file, line(packed), (int) packed, field);
  }

  private static int line(long packed) {
    return (int) (packed >>> 32);
  }

  /**
   * The findings in file order, with what is said once for the register, and the totals by kind.
   *
   * @return the findings in file order, the once-for-the-register notes among them, and the totals by kind
   */
  public Report finish() {
    gaps.forEach((kind, once) -> findings.add(SpendProblem.ROUTE_GAP.at(place(once.at, once.field), once.args[0],
        once.args[1], Integer.toString(once.rows))));
    unnamed.forEach((step, once) -> findings.add(SpendProblem.UNNAMED_POST.at(rule, place(once.at, once.field),
        step, Integer.toString(once.rows))));
    findings.sort(Comparator.comparing((Finding f) -> Objects.toString(f.location().file(), ""))
        .thenComparingInt(f -> f.location().line()).thenComparingInt(f -> f.location().column()));
    List<KindTotal> out = new ArrayList<>();
    totals.forEach((kind, t) -> out.add(new KindTotal(kind, t.claims, t.amount)));
    return new Report(findings, out, checked);
  }

  /**
   * How many claims of a kind, and their amount.
   *
   * @param kind the kind
   * @param claims how many claims
   * @param amount their amount, in yuan
   */
  public record KindTotal(String kind, int claims, BigDecimal amount) {}

  /**
   * What the check found.
   *
   * @param findings in file order
   * @param totals by kind, in the order the kinds first appear
   * @param checked how many claims were checked
   */
  public record Report(List<Finding> findings, List<KindTotal> totals, int checked) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @param findings in file order
     * @param totals by kind, in the order the kinds first appear
     * @param checked how many claims were checked
     * @throws NullPointerException if {@code findings} or {@code totals} is {@code null}
     */
    public Report {
      findings = List.copyOf(findings);
      totals = List.copyOf(totals);
    }
  }
}
