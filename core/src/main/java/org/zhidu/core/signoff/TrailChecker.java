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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.zhidu.core.calendar.HalfDay;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.finding.Finding;
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
  /** Each document, by its name, in the order first met. */
  private final Map<String, Trail> trails = new LinkedHashMap<>();
  /** Every row kept, in file order. */
  private final Rows kept = new Rows();
  /** The documents by number, as this part met them. */
  private final List<Trail> documents = new ArrayList<>();
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
  }

  /** A checker for a later part of the same register, to be absorbed into this one in file order. */
  public TrailChecker part() {
    return new TrailChecker(this);
  }

  /** Takes in a later part: its findings, and its rows after this one's, document by document. */
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
      } else if (!mine.type.equals(theirs.type)) {
        findings.add(SignoffProblem.TYPE_DIFFERS.at(place(theirs.typeAt, TrailRow.TYPE), theirs.type, mine.type,
            Integer.toString(line(mine.typeAt))));
      }
      mapped[k++] = mine;
    }
    Rows rowsOf = part.kept;
    for (int i = 0; i < rowsOf.size; i++) {
      Trail t = mapped[rowsOf.docs[i]];
      if (t.type.equals(part.documents.get(rowsOf.docs[i]).type)) {
        kept.add(t.id, rowsOf, i);
      }
    }
  }

  /** A finding about a row that could not be read: kept in order with the rest. */
  public void unreadable(Finding finding) {
    findings.add(finding);
  }

  /** Checks a row's signature, and keeps what its document's trail needs of it. */
  public void accept(TrailRow r) {
    rows++;
    RowPlace at = r.where();
    TrailChain chain = chains.computeIfAbsent(r.type(), t -> Objects.requireNonNullElse(policy.chainOf(t), NONE));
    Trail trail = trails.get(r.file());
    if (trail == null) {
      trail = new Trail(r.type(), chain, at.packed(TrailRow.TYPE), r.meeting());
      trail.id = trails.size();
      trails.put(r.file(), trail);
      documents.add(trail);
    } else if (!trail.type.equals(r.type())) {
      findings.add(SignoffProblem.TYPE_DIFFERS.at(at.at(TrailRow.TYPE), r.type(), trail.type,
          Integer.toString(line(trail.typeAt))));
      return;
    }
    if (chain == NONE) {
      return; // said once for the document, at its first row
    }
    int step = -1;
    for (int i = 0; i < chain.steps().size() && step < 0; i++) {
      if (chain.steps().get(i).isNamed(r.step())) {
        step = i;
      }
    }
    if (step < 0) {
      findings.add(SignoffProblem.UNKNOWN_STEP.at(chain.rule(), at.at(TrailRow.STEP), r.step(),
          String.join(" → ", chain.steps().stream().map(TrailStep::name).toList())));
      return;
    }
    TrailStep s = chain.steps().get(step);
    signature(r, s);
    kept.add(trail.id, step, r, at);
  }

  /** D2: what one signature must hold. */
  private void signature(TrailRow r, TrailStep s) {
    if (!policy.signatures()) {
      return;
    }
    RowPlace at = r.where();
    if (r.name().isEmpty()) {
      findings.add(SignoffProblem.NO_NAME.at(at.at(TrailRow.NAME), s.name()));
    }
    if (r.time() == TrailRow.BLANK) {
      findings.add(SignoffProblem.NO_TIME.at(at.at(TrailRow.TIME), s.name()));
    }
    String opinion = r.opinion();
    switch (s.kind()) {
      case DRAFT -> { }
      case PROOF -> {
        if (!opinion.equals(policy.proofWords()) && !squeezed(opinion).equals(squeezed(policy.proofWords()))) {
          findings.add(SignoffProblem.PROOF_WORDS.at(at.at(TrailRow.OPINION), opinion, policy.proofWords()));
        }
      }
      default -> {
        if (!containsAny(opinion, policy.explicit())) {
          findings.add(SignoffProblem.NOT_EXPLICIT.at(at.at(TrailRow.OPINION), opinion, s.name(),
              String.join("、", policy.explicit())));
        } else if ((s.kind() == TrailStep.Kind.REVIEW || s.kind() == TrailStep.Kind.HANDLER)
            && !opinion.contains(policy.reviewWord())
            && !opinion.contains(policy.refusal())) {
          findings.add(SignoffProblem.REVIEW_WORDING.at(at.at(TrailRow.OPINION), opinion, s.name(),
              policy.reviewWord()));
        }
      }
    }
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

  /** What the register showed: every finding in line order, how many documents and rows. */
  public record Report(List<Finding> findings, int documents, int rows) {}

  /** Checks each document's trail as a whole. */
  public Report finish() {
    return finish(null);
  }

  /**
   * The same, the documents shared between this thread and a helper the caller's executor runs ({@code null}: this
   * thread only); the findings come back in the same order.
   */
  public Report finish(Executor helper) {
    List<Map.Entry<String, Trail>> all = new ArrayList<>(trails.entrySet());
    int[] order = byDocument(all);
    int half = helper == null || all.size() < 64 ? all.size() : all.size() / 2;
    Shared said = new Shared();
    List<Finding> first = new ArrayList<>();
    List<Finding> second = new ArrayList<>();
    CompletableFuture<Void> other = half == all.size() ? null : CompletableFuture.runAsync(() -> {
      for (Map.Entry<String, Trail> e : all.subList(half, all.size())) {
        new TrailCheck(e.getKey(), e.getValue(), order, second, said).run();
      }
    }, helper);
    for (Map.Entry<String, Trail> e : all.subList(0, half)) {
      new TrailCheck(e.getKey(), e.getValue(), order, first, said).run();
    }
    if (other != null) {
      try {
        other.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }
    List<Finding> out = new ArrayList<>(findings.size() + first.size() + second.size());
    out.addAll(findings);
    out.addAll(first);
    out.addAll(second);
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
    long[] places = new long[1024 * 3];

    void add(int doc, int step, TrailRow r, RowPlace at) {
      room();
      docs[size] = doc;
      steps[size] = step;
      times[size] = r.time();
      names[size] = r.name();
      marks[size] = (byte) r.mark().ordinal();
      places[size * 3] = at.packed(TrailRow.STEP);
      places[size * 3 + 1] = at.packed(TrailRow.NAME);
      places[size * 3 + 2] = at.packed(TrailRow.TIME);
      size++;
    }

    void add(int doc, Rows other, int i) {
      room();
      docs[size] = doc;
      steps[size] = other.steps[i];
      times[size] = other.times[i];
      names[size] = other.names[i];
      marks[size] = other.marks[i];
      System.arraycopy(other.places, i * 3, places, size * 3, 3);
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
        places = Arrays.copyOf(places, size * 6);
      }
    }

    private static final TrailRow.Mark[] MARKS = TrailRow.Mark.values();
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

    /** The row of the document's {@code i}th signature, in file order. */
    private int row(int i) {
      return order[t.start + i];
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
      return kept.places[row(i) * 3 + cell];
    }

    void run() {
      if (chain == NONE) {
        out.add(SignoffProblem.UNKNOWN_TYPE.at(place(t.typeAt, TrailRow.TYPE), t.type,
            String.join("、", policy.typeWords())));
        return;
      }
      if (t.size == 0) {
        return; // every row of it was unreadable, and said so
      }
      Person handler = handler();
      for (int i = 0; i < t.size; i++) {
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

    /** The handling clerk: who signed the clerk's own step, if anyone did and the office file knows them. */
    private Person handler() {
      for (int i = 0; i < t.size; i++) {
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
      for (int i = 0; i < t.size; i++) {
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
        for (int i = 0; i < t.size; i++) {
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
      for (int i = 0; i < t.size; i++) {
        if (timeOf(i) < 0 || markOf(i) == TrailRow.Mark.AFTERWARDS) {
          continue;
        }
        for (int j = 0; j < t.size; j++) {
          if (ranks[stepOf(j)] < ranks[stepOf(i)] && timeOf(j) > timeOf(i)
              && markOf(j) != TrailRow.Mark.AFTERWARDS) {
            out.add(SignoffProblem.BACKDATED.at(chain.rule(), place(placeOf(i, 2), TrailRow.TIME),
                chain.steps().get(stepOf(i)).name(), time(timeOf(i)), chain.steps().get(stepOf(j)).name(),
                time(timeOf(j))));
            break;
          }
        }
      }
    }

    /** D5: the draft arrives its days before the meeting, and each reviewer keeps to their half working days. */
    private void deadlines() {
      if (t.meeting < 0) {
        said.note("meeting", SignoffProblem.NO_MEETING.at(place(t.typeAt, TrailRow.TYPE), document));
        return;
      }
      LocalDate meeting = day(t.meeting);
      DraftSchedule schedule = DraftSchedule.of(drafting, calendar, meeting, chain.draftKind());
      HalfDay previous = null;
      for (int i = 0; i < t.size; i++) {
        TrailStep s = chain.steps().get(stepOf(i));
        if (timeOf(i) < 0 || s.draft() == null) {
          continue;
        }
        HalfDay at = halfDay(timeOf(i));
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
                Integer.toString(halves)));
          }
        }
        previous = at;
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

  private static String time(long value) {
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
