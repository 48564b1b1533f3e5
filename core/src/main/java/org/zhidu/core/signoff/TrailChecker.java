package org.zhidu.core.signoff;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.zhidu.core.calendar.HalfDay;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.calendar.YearNotAnnouncedException;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Halves;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.RowPlace;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.rule.Alternatives;
import org.zhidu.core.rule.RuleId;

/**
 * Checks a register of sign-off trails (D1, D2, D5, D6, D7): each row's signature as it is read (an explicit
 * opinion, a name, a time; 拟同意 in the office's review; the proof-reader's words), then each document's trail as
 * a whole (its steps in the order of its chain, none skipped, none signed before the step before, each by whom the
 * office file puts there, proxies as the clause allows, a leader's draft within its days). A large register is read
 * in parts, one checker each ({@link #part}), absorbed in file order ({@link #absorb}).
 */
public final class TrailChecker {

  private final String file;
  private final Office office;
  private final TrailPolicy policy;
  private final DraftingPolicy drafting;
  private final WorkCalendar calendar;
  private final Map<String, Person> people;
  /** The people of each post, in the order the office lists them. */
  private final Map<String, List<String>> byPosition;
  /** The chain of each 发文类型 cell met, shared by the parts ({@link #NONE} for a cell that names none). */
  private final Map<String, TrailChain> chains;
  private final List<Finding> findings = new ArrayList<>();
  /** The words that refuse (不同意, 未同意: the pack's, joined by 或): a review that refuses is no agreement. */
  private final List<String> refusals;
  /** Each document, by its name, in the order first met. */
  private final Map<String, Trail> trails = new LinkedHashMap<>();
  /** Every row kept, in file order. */
  private final Rows kept = new Rows();
  private int rows;

  private static final TrailChain NONE = new TrailChain(List.of("-"), SignoffRules.D1,
      List.of(new TrailStep(List.of("-"), List.of(), List.of(), null, TrailStep.Kind.PLAIN, false, false, null, null,
          "-")), null, "-");

  /**
   * @param file the register's name, for the findings made once its rows are gone
   * @param office who holds which post, in which section
   * @param policy the chains and the words of a signature
   * @param drafting the deadlines of a leader's drafts (D5), or {@code null} where the pack has none
   * @param calendar the working days the drafts' half working days are counted on
   */
  public TrailChecker(String file, Office office, TrailPolicy policy, DraftingPolicy drafting, WorkCalendar calendar) {
    this.file = file;
    this.office = Objects.requireNonNull(office, "office");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.drafting = drafting;
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.people = new HashMap<>();
    this.byPosition = new HashMap<>();
    office.people().forEach(p -> {
      people.putIfAbsent(p.name(), p);
      byPosition.computeIfAbsent(p.position(), k -> new ArrayList<>()).add(p.name());
    });
    this.chains = new ConcurrentHashMap<>();
    this.refusals = policy.refusal() == null ? List.of() : Alternatives.of(policy.refusal());
  }

  private TrailChecker(TrailChecker whole) {
    this.file = whole.file;
    this.office = whole.office;
    this.policy = whole.policy;
    this.drafting = whole.drafting;
    this.calendar = whole.calendar;
    this.people = whole.people;
    this.byPosition = whole.byPosition;
    this.chains = whole.chains;
    this.refusals = whole.refusals;
  }

  /**
   * A checker for a later part of the same register, to be absorbed into this one in file order.
   *
   * @return a new checker with the same office, pack and calendar, and nothing read yet
   */
  public TrailChecker part() {
    return new TrailChecker(this);
  }

  /**
   * Takes in a later part: its findings, and its rows after this one's, document by document.
   *
   * @param part a checker made by {@link #part()} that has read the part after the last one absorbed
   */
  public void absorb(TrailChecker part) {
    findings.addAll(part.findings);
    rows += part.rows;
    // the part's documents become this one's (its rows' documents renumbered), a document met before its own
    Trail[] mapped = new Trail[part.trails.size()];
    int k = 0;
    for (Map.Entry<String, Trail> e : part.trails.entrySet()) {
      Trail theirs = e.getValue();
      Trail mine = trails.get(e.getKey());
      if (mine == null) {
        theirs.id = trails.size();
        trails.put(e.getKey(), theirs);
        mine = theirs;
      }
      mapped[k++] = mine;
    }
    Rows rowsOf = part.kept;
    for (int i = 0; i < rowsOf.size; i++) {
      kept.add(mapped[rowsOf.docs[i]].id, rowsOf, i);
    }
  }

  /**
   * A finding about a row that could not be read: kept in order with the rest.
   *
   * @param finding the finding, at the row's cell
   */
  public void unreadable(Finding finding) {
    findings.add(finding);
  }

  /**
   * Keeps a row for its document's trail: every check is made once the register is read, each row against its
   * document as its first row in the file gives it (so that a register read in parts says what it says read whole).
   *
   * @param r the row, as read from the register
   */
  public void accept(TrailRow r) {
    rows++;
    RowPlace at = r.where();
    TrailChain chain = chains.computeIfAbsent(r.type(), t -> Objects.requireNonNullElse(policy.chainOf(t), NONE));
    Trail trail = trails.get(r.file());
    if (trail == null) {
      trail = new Trail(r.type(), chain, at.packed(TrailRow.TYPE), r.meeting());
      trail.id = trails.size();
      trails.put(r.file(), trail);
    }
    int step = -1;
    for (int i = 0; i < chain.steps().size() && step < 0; i++) {
      if (chain.steps().get(i).isNamed(r.step())) {
        step = i;
      }
    }
    kept.add(trail.id, step, r, at);
  }

  private static boolean containsAny(String text, List<String> words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The names of a message: a long list cut after five, ending in 等. */
  private static String shown(Set<String> names) {
    if (names.isEmpty()) {
      return "—";
    }
    List<String> first = names.stream().limit(5).toList();
    return String.join("、", first) + (names.size() > 5 ? "等" : "");
  }

  /** The words without spaces (a proof-reader's line typed with a space after 。 is the same line). */
  private static String squeezed(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * What the register showed: every finding in line order, how many documents and rows.
   *
   * @param findings every finding, in line order
   * @param documents how many documents the register holds
   * @param rows how many rows were read
   */
  public record Report(List<Finding> findings, int documents, int rows) {}

  /**
   * Checks each document's trail as a whole.
   *
   * @return every finding in line order, and the counts
   */
  public Report finish() {
    return finish(null);
  }

  /**
   * The same, the documents shared between this thread and a helper the caller's executor runs ({@code null}: this
   * thread only); the findings come back in the same order.
   *
   * @param helper the executor that runs the second half, or {@code null}
   * @return every finding in line order, and the counts
   */
  public Report finish(Executor helper) {
    List<Map.Entry<String, Trail>> all = new ArrayList<>(trails.entrySet());
    int[] order = byDocument(all);
    Shared said = new Shared();
    List<Finding> checked = Halves.check(all.size(), helper, (from, to, found) -> {
      for (Map.Entry<String, Trail> e : all.subList(from, to)) {
        new TrailCheck(e.getKey(), e.getValue(), order, found, said).run();
      }
    });
    List<Finding> out = new ArrayList<>(findings.size() + checked.size());
    out.addAll(findings);
    out.addAll(checked);
    out.addAll(said.findings());
    out.sort(Comparator.comparingInt((Finding f) -> f.location().line()));
    return new Report(out, trails.size(), rows);
  }

  /** The rows in order of their documents, each document's in file order; each document told where its begin. */
  private int[] byDocument(List<Map.Entry<String, Trail>> all) {
    Trail[] byId = new Trail[all.size()];
    all.forEach(e -> byId[e.getValue().id] = e.getValue());
    for (int i = 0; i < kept.size; i++) {
      byId[kept.docs[i]].size++;
    }
    int at = 0;
    for (Trail t : byId) {
      t.start = at;
      at += t.size;
    }
    int[] next = new int[byId.length];
    int[] order = new int[kept.size];
    for (int i = 0; i < kept.size; i++) {
      int d = kept.docs[i];
      order[byId[d].start + next[d]++] = i;
    }
    return order;
  }

  /**
   * What is said once for the register (a post nobody settles, drafts without a meeting): at its first row in the
   * file, whichever thread meets it first.
   */
  private static final class Shared {
    private final Map<String, Finding> said = new ConcurrentHashMap<>();

    void note(String what, Finding finding) {
      said.merge(what, finding, (a, b) -> a.location().line() <= b.location().line() ? a : b);
    }

    java.util.Collection<Finding> findings() {
      return said.values();
    }
  }



  /** A document: its type and chain, where its type is written, its meeting; its rows are in {@link Rows}. */
  private static final class Trail {
    final String type;
    final TrailChain chain;
    final long typeAt;
    final long meeting;
    /** Its number among the checker's documents. */
    int id;
    /** Where its rows begin in the finished order, and how many. */
    int start;
    int size;

    Trail(String type, TrailChain chain, long typeAt, long meeting) {
      this.type = type;
      this.chain = chain;
      this.typeAt = typeAt;
      this.meeting = meeting;
    }
  }

  /**
   * The rows kept, column by column in a few large arrays (a register of a million rows leaves arrays the collector
   * does not move, not a million objects): the document, the step, the time, the signer, the mark, and where the
   * 环节, 姓名 and 时间 cells are.
   */
  private static final class Rows {
    int size;
    int[] docs = new int[1024];
    int[] steps = new int[1024];
    long[] times = new long[1024];
    String[] names = new String[1024];
    byte[] marks = new byte[1024];
    /** The row's own 发文类型, 环节 and 意见 (a cell a register repeats is one string). */
    String[] types = new String[1024];
    String[] stepTexts = new String[1024];
    String[] opinions = new String[1024];
    /** Where its 环节, 姓名, 时间, 发文类型 and 意见 are, packed. */
    long[] places = new long[1024 * CELLS];

    void add(int doc, int step, TrailRow r, RowPlace at) {
      room();
      docs[size] = doc;
      steps[size] = step;
      times[size] = r.time();
      names[size] = r.name();
      marks[size] = (byte) r.mark().ordinal();
      types[size] = r.type();
      stepTexts[size] = r.step();
      opinions[size] = r.opinion();
      for (int c = 0; c < CELLS; c++) {
        places[size * CELLS + c] = at.packed(FIELDS[c]);
      }
      size++;
    }

    void add(int doc, Rows other, int i) {
      room();
      docs[size] = doc;
      steps[size] = other.steps[i];
      times[size] = other.times[i];
      names[size] = other.names[i];
      marks[size] = other.marks[i];
      types[size] = other.types[i];
      stepTexts[size] = other.stepTexts[i];
      opinions[size] = other.opinions[i];
      System.arraycopy(other.places, i * CELLS, places, size * CELLS, CELLS);
      size++;
    }

    TrailRow.Mark mark(int i) {
      return MARKS[marks[i]];
    }

    private void room() {
      if (size == docs.length) {
        docs = Arrays.copyOf(docs, size * 2);
        steps = Arrays.copyOf(steps, size * 2);
        times = Arrays.copyOf(times, size * 2);
        names = Arrays.copyOf(names, size * 2);
        marks = Arrays.copyOf(marks, size * 2);
        types = Arrays.copyOf(types, size * 2);
        stepTexts = Arrays.copyOf(stepTexts, size * 2);
        opinions = Arrays.copyOf(opinions, size * 2);
        places = Arrays.copyOf(places, size * 2 * CELLS);
      }
    }

    private static final TrailRow.Mark[] MARKS = TrailRow.Mark.values();
    static final String[] FIELDS = {TrailRow.STEP, TrailRow.NAME, TrailRow.TIME, TrailRow.TYPE, TrailRow.OPINION};
    static final int CELLS = FIELDS.length;
  }

  /** The checks of one document's whole trail. */
  private final class TrailCheck {
    private final String document;
    private final Trail t;
    private final TrailChain chain;
    private final List<Finding> out;
    private final Shared said;
    private final int[] order;
    private final int[] ranks;

    TrailCheck(String document, Trail trail, int[] order, List<Finding> out, Shared said) {
      this.order = order;
      this.document = document;
      this.t = trail;
      this.chain = trail.chain;
      this.out = out;
      this.said = said;
      this.ranks = chain.ranks();
    }

    /** The rows of the document that take part in its trail (its type's, of a known step), by number. */
    private int[] use;
    private int n;

    /** The row of the document's {@code i}th signature that takes part, in file order. */
    private int row(int i) {
      return order[t.start + use[i]];
    }

    private int stepOf(int i) {
      return kept.steps[row(i)];
    }

    private long timeOf(int i) {
      return kept.times[row(i)];
    }

    private String nameOf(int i) {
      return kept.names[row(i)];
    }

    private TrailRow.Mark markOf(int i) {
      return kept.mark(row(i));
    }

    private long placeOf(int i, int cell) {
      return kept.places[row(i) * Rows.CELLS + cell];
    }

    void run() {
      if (chain == NONE) {
        out.add(SignoffProblem.UNKNOWN_TYPE.at(place(t.typeAt, TrailRow.TYPE), t.type,
            String.join("、", policy.typeWords())));
        return;
      }
      // a row of another type than the document's first, or of no step of its chain, is said and left out
      use = new int[t.size];
      n = 0;
      for (int i = 0; i < t.size; i++) {
        int r = order[t.start + i];
        if (!kept.types[r].equals(t.type)) {
          out.add(SignoffProblem.TYPE_DIFFERS.at(place(kept.places[r * Rows.CELLS + 3], TrailRow.TYPE),
              kept.types[r], t.type, Integer.toString(line(t.typeAt))));
        } else if (kept.steps[r] < 0) {
          out.add(SignoffProblem.UNKNOWN_STEP.at(chain.rule(), place(kept.places[r * Rows.CELLS], TrailRow.STEP),
              kept.stepTexts[r], String.join(" → ", chain.steps().stream().map(TrailStep::name).toList())));
        } else {
          use[n++] = i;
        }
      }
      if (n == 0) {
        return;
      }
      Person handler = handler();
      for (int i = 0; i < n; i++) {
        signature(i, chain.steps().get(stepOf(i)));
      }
      for (int i = 0; i < n; i++) {
        TrailStep s = chain.steps().get(stepOf(i));
        if (markOf(i) == TrailRow.Mark.AFTERWARDS) {
          out.add(SignoffProblem.AFTERWARDS.at(rule(s), place(placeOf(i, 1), TrailRow.NAME), s.name(),
              nameOf(i)));
        }
        signer(i, s, handler);
        if (s.kind() == TrailStep.Kind.PROOF && policy.signatures()) {
          proofReader(i, handler);
        }
      }
      order();
      if (chain.draftKind() != null && drafting != null) {
        deadlines();
      }
    }

    /** D2: what one signature must hold. */
    private void signature(int i, TrailStep s) {
      if (!policy.signatures()) {
        return;
      }
      if (nameOf(i).isEmpty()) {
        out.add(SignoffProblem.NO_NAME.at(place(placeOf(i, 1), TrailRow.NAME), s.name()));
      }
      if (timeOf(i) == TrailRow.BLANK) {
        out.add(SignoffProblem.NO_TIME.at(place(placeOf(i, 2), TrailRow.TIME), s.name()));
      }
      String opinion = kept.opinions[row(i)];
      Location at = place(placeOf(i, 4), TrailRow.OPINION);
      switch (s.kind()) {
        case DRAFT -> { }
        case PROOF -> {
          if (!opinion.equals(policy.proofWords()) && !squeezed(opinion).equals(squeezed(policy.proofWords()))) {
            out.add(SignoffProblem.PROOF_WORDS.at(at, opinion, policy.proofWords()));
          }
        }
        default -> {
          if (!containsAny(opinion, policy.explicit())) {
            out.add(SignoffProblem.NOT_EXPLICIT.at(at, opinion, s.name(), String.join("、", policy.explicit())));
          } else if ((s.kind() == TrailStep.Kind.REVIEW || s.kind() == TrailStep.Kind.HANDLER)
              && !opinion.contains(policy.reviewWord()) && !containsAny(opinion, refusals)) {
            out.add(SignoffProblem.REVIEW_WORDING.at(at, opinion, s.name(), policy.reviewWord()));
          }
        }
      }
    }

    /** The handling clerk: who signed the clerk's own step, if anyone did and the office file knows them. */
    private Person handler() {
      for (int i = 0; i < n; i++) {
        if (chain.steps().get(stepOf(i)).kind() == TrailStep.Kind.HANDLER) {
          return people.get(nameOf(i));
        }
      }
      return null;
    }

    private RuleId rule(TrailStep s) {
      return s.rule() != null ? s.rule() : chain.rule();
    }

    /** Whether the signer is whom the office file puts in the step, or may stand in as the row says. */
    private void signer(int i, TrailStep s, Person handler) {
      String name = nameOf(i);
      if (s.posts().isEmpty() || name.isEmpty()) {
        return;
      }
      Person signer = people.get(name);
      String settled = settledPost(s.posts(), handler);
      if (settled != null && stands(signer, name, settled, handler)) {
        return;
      }
      Location at = place(placeOf(i, 1), TrailRow.NAME);
      TrailRow.Mark mark = markOf(i);
      for (String post : s.delegated()) {
        if (stands(signer, name, post, handler)) {
          if (mark != TrailRow.Mark.DELEGATED) {
            out.add(SignoffProblem.NOT_DELEGATED.at(rule(s), at, name, s.name(), String.join("、", s.posts())));
          }
          return;
        }
      }
      if (mark == TrailRow.Mark.PROXY && s.partner() != null) {
        if (!stands(signer, name, s.partner(), handler)) {
          out.add(SignoffProblem.PROXY_NOT_PARTNER.at(rule(s), at, name, s.name(), s.partner(),
              shown(names(s.partner(), handler))));
        }
        return;
      }
      if (mark == TrailRow.Mark.PROXY) {
        out.add(SignoffProblem.PROXY.at(rule(s), at, name, s.name()));
        return;
      }
      if (settled == null) {
        String post = String.join("、", s.posts());
        said.note("post " + post, SignoffProblem.POST_UNSETTLED.at(rule(s), at, post, s.name()));
        return;
      }
      out.add(SignoffProblem.WRONG_SIGNER.at(rule(s), at, name, s.name(), shown(names(settled, handler))));
    }

    /**
     * The first of the posts (tried in order: 联系科级干部, else any 科级干部) that anyone stands in for the handling
     * clerk: one their entry names (reportsTo), or one whose own post it is; {@code null} when none is.
     */
    private String settledPost(List<String> posts, Person handler) {
      for (String post : posts) {
        for (String word : Alternatives.of(post)) {
          if (handler != null && handler.reportsTo().containsKey(word) || byPosition.containsKey(word)) {
            return post;
          }
        }
      }
      return null;
    }

    /** Whether the signer stands in the post (any of its alternatives joined by 或) for the handling clerk. */
    private boolean stands(Person signer, String name, String post, Person handler) {
      for (String word : Alternatives.of(post)) {
        if (handler != null && name.equals(handler.reportsTo().get(word))
            || signer != null && signer.position().equals(word)) {
          return true;
        }
      }
      return false;
    }

    /** Who stands in the post for the handling clerk, for a message. */
    private Set<String> names(String post, Person handler) {
      Set<String> out = new LinkedHashSet<>();
      for (String word : Alternatives.of(post)) {
        String named = handler == null ? null : handler.reportsTo().get(word);
        if (named != null) {
          out.add(named);
        }
        out.addAll(byPosition.getOrDefault(word, List.of()));
      }
      return out;
    }

    /** D2: the final proof-reader comes from another section than the handling clerk. */
    private void proofReader(int i, Person handler) {
      Person reader = people.get(nameOf(i));
      if (handler == null || reader == null || timeOf(i) < 0) {
        return;
      }
      LocalDate day = day(timeOf(i) / 10_000);
      String theirs = reader.sectionOn(day);
      String clerks = handler.sectionOn(day);
      if (reader == handler || theirs != null && theirs.equals(clerks)) {
        out.add(SignoffProblem.PROOF_SECTION.at(place(placeOf(i, 1), TrailRow.NAME), reader.name(),
            Objects.toString(theirs, "—"), handler.name(), Objects.toString(clerks, "—")));
      }
    }

    /** D1: the steps in the chain's order, none skipped, none signed before a step before it. */
    private void order() {
      boolean[] present = new boolean[chain.steps().size()];
      int highest = -1;
      int last = 0;
      for (int i = 0; i < n; i++) {
        present[stepOf(i)] = true;
        highest = Math.max(highest, ranks[stepOf(i)]);
        last = i;
      }
      List<String> missing = new ArrayList<>();
      for (int k = 0; k < present.length; k++) {
        TrailStep s = chain.steps().get(k);
        if (present[k] || s.optional()) {
          continue;
        }
        if (ranks[k] >= highest) {
          missing.add(s.name());
          continue;
        }
        // the first row of a later step: it went past this one
        for (int i = 0; i < n; i++) {
          if (ranks[stepOf(i)] > ranks[k]) {
            out.add(SignoffProblem.SKIPPED.at(rule(s), place(placeOf(i, 0), TrailRow.STEP),
                chain.steps().get(stepOf(i)).name(), s.name(), document));
            break;
          }
        }
      }
      if (!missing.isEmpty()) {
        out.add(SignoffProblem.INCOMPLETE.at(chain.rule(), place(placeOf(last, 0), TrailRow.STEP), document,
            String.join(" → ", missing)));
      }
      backdated();
    }

    /**
     * 倒签: a signature earlier than one of a step before it (a 补签 aside). The rows are taken step by step in the
     * chain's order, keeping the latest signature of the steps before: a day written without its time is later only
     * on a later day.
     */
    private void backdated() {
      Integer[] byRank = new Integer[n];
      for (int i = 0; i < n; i++) {
        byRank[i] = i;
      }
      Arrays.sort(byRank, Comparator.comparingInt(i -> ranks[stepOf(i)]));
      long timed = -1;
      int timedAt = -1;
      long day = -1;
      int dayAt = -1;
      long dayOnly = -1;
      int dayOnlyAt = -1;
      for (int a = 0; a < n;) {
        int b = a;
        while (b < n && ranks[stepOf(byRank[b])] == ranks[stepOf(byRank[a])]) {
          b++;
        }
        for (int g = a; g < b; g++) {
          int i = byRank[g];
          long v = timeOf(i);
          if (v < 0 || markOf(i) == TrailRow.Mark.AFTERWARDS) {
            continue;
          }
          int j = !isDayOnly(v) ? timed > v ? timedAt : dayOnly > v / 10_000 ? dayOnlyAt : -1
              : day > v / 10_000 ? dayAt : -1;
          if (j >= 0) {
            out.add(SignoffProblem.BACKDATED.at(chain.rule(), place(placeOf(i, 2), TrailRow.TIME),
                chain.steps().get(stepOf(i)).name(), time(v), chain.steps().get(stepOf(j)).name(), time(timeOf(j))));
          }
        }
        for (int g = a; g < b; g++) {
          int i = byRank[g];
          long v = timeOf(i);
          if (v < 0 || markOf(i) == TrailRow.Mark.AFTERWARDS) {
            continue;
          }
          if (!isDayOnly(v) && v > timed) {
            timed = v;
            timedAt = i;
          } else if (isDayOnly(v) && v / 10_000 > dayOnly) {
            dayOnly = v / 10_000;
            dayOnlyAt = i;
          }
          if (v / 10_000 > day) {
            day = v / 10_000;
            dayAt = i;
          }
        }
        a = b;
      }
    }

    /** D5: the draft arrives its days before the meeting, and each reviewer keeps to their half working days. */
    private void deadlines() {
      if (t.meeting < 0) {
        said.note("meeting", SignoffProblem.NO_MEETING.at(place(t.typeAt, TrailRow.TYPE), document));
        return;
      }
      LocalDate meeting = day(t.meeting);
      try {
        draftDays(meeting);
      } catch (YearNotAnnouncedException e) {
        out.add(SignoffProblem.YEAR_UNKNOWN.at(place(t.typeAt, TrailRow.TYPE), Integer.toString(e.year()), document));
      }
    }

    private void draftDays(LocalDate meeting) {
      DraftSchedule schedule = DraftSchedule.of(drafting, calendar, meeting, chain.draftKind());
      HalfDay previous = null;
      for (int i = 0; i < n; i++) {
        TrailStep s = chain.steps().get(stepOf(i));
        if (timeOf(i) < 0 || s.draft() == null) {
          continue;
        }
        long v = timeOf(i);
        // a day without its time: done in its morning at the earliest, passed on in its afternoon at the latest
        HalfDay at = isDayOnly(v) ? HalfDay.morning(day(v / 10_000)) : halfDay(v);
        if (s.draft().equals(TrailStep.ARRIVAL)) {
          if (at.date().isAfter(schedule.draftsDue())) {
            out.add(SignoffProblem.DRAFT_LATE.at(place(placeOf(i, 2), TrailRow.TIME), time(timeOf(i)),
                schedule.draftsDue().toString(), meeting.toString()));
          }
        } else if (previous != null) {
          int halves = halves(s.draft());
          HalfDay due = calendar.addHalfWorkdays(previous, halves);
          if (after(at, due)) {
            // the due half day's word is the message's own (上午, 下午), in the reader's language
            out.add((due.afternoon() ? SignoffProblem.REVIEWER_LATE_PM : SignoffProblem.REVIEWER_LATE).at(
                place(placeOf(i, 2), TrailRow.TIME), s.name(), time(timeOf(i)), due.date().toString(),
                workingDays(halves)));
          }
        }
        previous = isDayOnly(v) ? HalfDay.afternoon(at.date()) : at;
      }
    }

    private int halves(String reviewer) {
      for (DraftingPolicy.Step step : drafting.steps()) {
        if (step.role().equals(reviewer)) {
          return step.halves();
        }
      }
      throw new IllegalStateException("the pack's drafting steps have no " + reviewer);
    }
  }

  private static boolean after(HalfDay a, HalfDay b) {
    return a.date().isAfter(b.date()) || a.date().equals(b.date()) && a.afternoon() && !b.afternoon();
  }

  private static HalfDay halfDay(long time) {
    return new HalfDay(day(time / 10_000), time % 10_000 >= 1200);
  }

  private static LocalDate day(long yyyyMMdd) {
    int d = (int) yyyyMMdd;
    return LocalDate.of(d / 10_000, d / 100 % 100, d % 100);
  }

  /** The minutes of a time written as a day alone (no real time has 24 hours). */
  public static final int DAY_ONLY = 2400;

  private static boolean isDayOnly(long value) {
    return value % 10_000 == DAY_ONLY;
  }

  /** Half working days as working days: 1 → 0.5, 2 → 1, 3 → 1.5. */
  private static String workingDays(int halves) {
    return halves % 2 == 0 ? Integer.toString(halves / 2) : halves / 2 + ".5";
  }

  private static String time(long value) {
    if (isDayOnly(value)) {
      return day(value / 10_000).toString();
    }
    LocalDateTime t = day(value / 10_000).atTime((int) (value / 100 % 100), (int) (value % 100));
    return t.toLocalDate() + " " + t.toLocalTime();
  }

  private Location place(long packed, String field) {
    return new Location(file, line(packed), (int) packed, field);
  }

  private static int line(long packed) {
    return (int) (packed >>> 32);
  }
}
