package org.zhidu.policies.spending;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.rule.RuleId;
import org.zhidu.core.spending.BothReadings;
import org.zhidu.core.spending.ClaimPolicy;
import org.zhidu.core.spending.Collective;
import org.zhidu.core.spending.SpendingPolicy;
import org.zhidu.policies.ListSetting;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.SectionContext;
import org.zhidu.policies.ValueSetting;
import org.zhidu.policies.approval.RouteEntries;
import org.zhidu.policies.approval.RouteEntries.LimitEntry;
import org.zhidu.policies.approval.RouteEntries.RowEntry;

/** The {@code spending} section: the route table of who approves spending, in yuan, and the collective decisions. */
public final class SpendingSection extends PackSection<SpendingSection.File, SpendingPolicy> {

  /**
   * As written.
   *
   * @param routes the rows of who approves, by kind and amount (no requester's role: anyone may spend)
   * @param collective the spending a meeting decides; left out where the document names none
   * @param bothReadings the amounts the clause's words give to two rows, with the reading the pack takes
   * @param claimChain who signs a claim, in order (a step may name alternatives joined by 或)
   * @param sectionHead the post in a chain that means the head of the claimant's own section (科室负责人)
   * @param papers the papers each kind of claim carries
   * @param before the spending approved before it is made
   * @param travel how soon after the return a travel claim is made
   * @param assets from which value of one item a purchase is a fixed asset with a number
   * @param meals the norm of a meal a head
   * @param tallies the claims tallied in a window of the next month
   */
  public record File(ListSetting<RowEntry> routes, ListSetting<CollectiveEntry> collective,
      ListSetting<BothEntry> bothReadings, ListSetting<String> claimChain, ValueSetting<String> sectionHead,
      ListSetting<PapersEntry> papers, ValueSetting<BeforeEntry> before, ValueSetting<TravelEntry> travel,
      ListSetting<AssetEntry> assets, ValueSetting<MealEntry> meals, ListSetting<TallyEntry> tallies) {}

  /**
   * {@code { kinds: [公务接待], papers: [发票, 接待审批单, 来文公函, 菜单], clause: … }}.
   *
   * @param kinds the kinds of claim
   * @param papers the papers, each possibly alternatives joined by 或
   * @param clause the clause
   */
  public record PapersEntry(List<String> kinds, List<String> papers, String clause) {
    /**
     * Refuses an entry with a part missing or empty.
     *
     * @param kinds the kinds of claim
     * @param papers the papers, each possibly alternatives joined by 或
     * @param clause the clause
     * @throws InvalidValue naming the key missing
     */
    public PapersEntry {
      need(kinds, "kinds");
      need(papers, "papers");
      need(clause, "clause");
    }
  }

  /**
   * {@code { kinds: [公务接待, 车辆维修] }}, or {@code { every: true }} for every kind.
   *
   * @param kinds the kinds approved beforehand, or {@code null} with {@code every}
   * @param every {@code true} for every kind, or {@code null}
   */
  public record BeforeEntry(List<String> kinds, Boolean every) {
    /**
     * Refuses an entry that gives both kinds and {@code every}, or neither.
     *
     * @param kinds the kinds approved beforehand, or {@code null} with {@code every}
     * @param every {@code true} for every kind, or {@code null}
     * @throws InvalidValue if exactly one of {@code kinds} and {@code every} is not given
     */
    public BeforeEntry {
      if ((kinds == null || kinds.isEmpty()) == !Boolean.TRUE.equals(every)) {
        throw new InvalidValue("pack.before_kinds");
      }
    }
  }

  /**
   * {@code { kinds: [差旅费], within: { value: 7, bound: inclusive } }}: calendar days from the return.
   *
   * @param kinds the kinds of travel claim
   * @param within the calendar days from the return to the claim, with the bound
   */
  public record TravelEntry(List<String> kinds, LimitEntry within) {
    /**
     * Refuses an entry with a part missing or empty.
     *
     * @param kinds the kinds of travel claim
     * @param within the calendar days from the return to the claim, with the bound
     * @throws InvalidValue naming the key missing
     */
    public TravelEntry {
      need(kinds, "kinds");
      need(within, "within");
    }
  }

  /**
   * {@code { kinds: [固定资产购置], from: { value: 1000, bound: inclusive }, clause: … }}.
   *
   * @param kinds the kinds of purchase
   * @param from the least value of one item, in yuan, with its bound
   * @param clause the clause
   */
  public record AssetEntry(List<String> kinds, LimitEntry from, String clause) {
    /**
     * Refuses an entry with a part missing or empty.
     *
     * @param kinds the kinds of purchase
     * @param from the least value of one item, in yuan, with its bound
     * @param clause the clause
     * @throws InvalidValue naming the key missing
     */
    public AssetEntry {
      need(kinds, "kinds");
      need(from, "from");
      need(clause, "clause");
    }
  }

  /**
   * {@code { kinds: [加班用餐], perHead: { value: 25, bound: inclusive } }}.
   *
   * @param kinds the kinds of meal claim
   * @param perHead the norm a head, in yuan, with its bound
   */
  public record MealEntry(List<String> kinds, LimitEntry perHead) {
    /**
     * Refuses an entry with a part missing or empty.
     *
     * @param kinds the kinds of meal claim
     * @param perHead the norm a head, in yuan, with its bound
     * @throws InvalidValue naming the key missing
     */
    public MealEntry {
      need(kinds, "kinds");
      need(perHead, "perHead");
    }
  }

  /**
   * {@code { kinds: [加班补助], firstDay: 1, lastDay: 5, clause: … }}: days of the next month.
   *
   * @param kinds the kinds tallied
   * @param firstDay the window's first day of the next month, included
   * @param lastDay its last day, included, at most 28
   * @param clause the clause
   */
  public record TallyEntry(List<String> kinds, Integer firstDay, Integer lastDay, String clause) {
    /**
     * Refuses an entry with a part missing, or a window outside days 1 to 28 or ending before it begins.
     *
     * @param kinds the kinds tallied
     * @param firstDay the window's first day of the next month, included
     * @param lastDay its last day, included, at most 28
     * @param clause the clause
     * @throws InvalidValue naming the key missing, or the window
     */
    public TallyEntry {
      need(kinds, "kinds");
      need(firstDay, "firstDay");
      need(lastDay, "lastDay");
      need(clause, "clause");
      if (firstDay < 1 || lastDay > 28 || lastDay < firstDay) {
        throw new InvalidValue("pack.tally_window", firstDay.toString(), lastDay.toString());
      }
    }
  }

  /**
   * {@code { id: 三重一大-购置, kinds: [固定资产购置], from: { value: 50000, bound: inclusive }, decidedBy: 室务会, rule:
   * E3, clause: … }}; {@code budgeted: false} for spending out of the budget only.
   *
   * @param id the entry's name, for messages
   * @param kinds the kinds it applies to, or {@code null} for every kind
   * @param budgeted {@code false} for spending out of the budget only, or {@code null} for either; never {@code true}
   * @param from the least amount, with its bound, or {@code null} for any amount
   * @param decidedBy the meeting (室务会)
   * @param rule the catalogue id of the rule it encodes
   * @param clause the clause
   */
  public record CollectiveEntry(String id, List<String> kinds, Boolean budgeted, LimitEntry from, String decidedBy,
      String rule, String clause) {
    /**
     * Refuses an entry with a part missing, a rule that is no rule id, or {@code budgeted: true}.
     *
     * @param id the entry's name, for messages
     * @param kinds the kinds it applies to, or {@code null} for every kind
     * @param budgeted {@code false} for spending out of the budget only, or {@code null} for either; never {@code true}
     * @param from the least amount, with its bound, or {@code null} for any amount
     * @param decidedBy the meeting (室务会)
     * @param rule the catalogue id of the rule it encodes
     * @param clause the clause
     * @throws InvalidValue naming the key missing, or the budget
     */
    public CollectiveEntry {
      need(id, "id");
      need(decidedBy, "decidedBy");
      need(clause, "clause");
      need(RuleId.isRuleId(rule) ? rule : null, "rule");
      if (Boolean.TRUE.equals(budgeted)) {
        // the documents set meetings for spending out of the budget; "only if budgeted" is no clause's
        throw new InvalidValue("pack.collective_budgeted", id);
      }
    }

    Collective toCollective() {
      return new Collective(id, kinds, budgeted, RouteEntries.limit(from), decidedBy, RuleId.of(rule), clause);
    }
  }

  /**
   * {@code { amount: 30000, note: …, noteEn: …, rule: E2, citation: … }}.
   *
   * @param amount the amount itself, in yuan (30000)
   * @param note what the document says and which reading the pack takes
   * @param noteEn the same in English
   * @param rule the catalogue id of the rule
   * @param citation the clause
   */
  public record BothEntry(BigDecimal amount, String note, String noteEn, String rule, String citation) {
    /**
     * Refuses an entry with a part missing or a rule that is no rule id.
     *
     * @param amount the amount itself, in yuan (30000)
     * @param note what the document says and which reading the pack takes
     * @param noteEn the same in English
     * @param rule the catalogue id of the rule
     * @param citation the clause
     * @throws InvalidValue naming the key missing
     */
    public BothEntry {
      need(amount, "amount");
      need(note, "note");
      need(noteEn, "noteEn");
      need(citation, "citation");
      need(RuleId.isRuleId(rule) ? rule : null, "rule");
    }
  }

  /** An entry's key that is missing or empty, named: "kinds", "within". */
  static void need(Object value, String key) {
    if (value == null || value instanceof String text && text.isBlank()
        || value instanceof java.util.Collection<?> list && list.isEmpty()) {
      throw new InvalidValue("pack.entry_needs", key);
    }
  }

  /** The section under the key {@code spending}. */
  public SpendingSection() {
    super("spending", File.class, SpendingPolicy.class);
  }

  @Override
  public SpendingPolicy resolve(File own, SpendingPolicy inherited, SectionContext context) {
    File f = own == null ? new File(null, null, null, null, null, null, null, null, null, null, null) : own;
    var routes = RouteEntries.resolve(context, f.routes(), false, inherited, SpendingPolicy::routes);
    RuleId rule = f.routes() != null ? RuleId.of(f.routes().rules().get(0)) : inherited.rule();
    List<Collective> collective = f.collective() == null ? inherited == null ? List.of() : inherited.collective()
        : context.build("collective", () -> context.list("collective", f.collective(),
            shown(f.collective().values()), SpendingSection::collective, inherited, SpendingPolicy::collective));
    if (f.collective() != null) {
      for (CollectiveEntry e : f.collective().values()) {
        RouteEntries.limit(context, "collective." + e.id() + ".from", List.of(e.rule()), e.clause(), e.from());
      }
    }
    List<BothReadings> both = f.bothReadings() == null ? inherited == null ? List.of() : inherited.bothReadings()
        : context.list("bothReadings", f.bothReadings(),
            f.bothReadings().values().stream().map(b -> b.amount().toPlainString() + "：" + b.note()).toList(),
            SpendingSection::both, inherited, SpendingPolicy::bothReadings);
    List<String> claimChain = context.list("claimChain", f.claimChain(),
        f.claimChain() == null ? List.of() : List.of(String.join(" → ", f.claimChain().values())), v -> v, inherited,
        SpendingPolicy::claimChain);
    String claimClause = f.claimChain() != null ? f.claimChain().citation() : inherited.claimClause();
    ClaimPolicy claims = claims(f, inherited == null ? null : inherited.claims(), inherited, context);
    return context.build(() -> new SpendingPolicy(rule, routes, collective, both, claimChain, claimClause, claims));
  }

  /** What the clause asks of a claim besides its approvers: each part the pack's own, else inherited, else none. */
  private static ClaimPolicy claims(File f, ClaimPolicy base, SpendingPolicy inherited, SectionContext context) {
    ClaimPolicy from = base == null ? ClaimPolicy.NONE : base;
    String sectionHead = context.optional("sectionHead", f.sectionHead(), List::of, v -> v, inherited,
        p -> p.claims().sectionHead());
    List<ClaimPolicy.Papers> papers = f.papers() == null ? from.papers()
        : context.list("papers", f.papers(), f.papers().values().stream()
            .map(e -> String.join("、", e.kinds()) + "：" + String.join("、", e.papers())).toList(),
            v -> v.stream().map(e -> new ClaimPolicy.Papers(e.kinds(), e.papers(), e.clause())).toList(), inherited,
            p -> p.claims().papers());
    ClaimPolicy.Before before = context.optional("before", f.before(),
        v -> List.of(Boolean.TRUE.equals(v.every()) ? "*" : String.join("、", v.kinds())),
        v -> new ClaimPolicy.Before(v.kinds(), f.before().citation()), inherited, p -> p.claims().before());
    ClaimPolicy.Travel travel = context.optional("travel", f.travel(),
        v -> List.of(String.join("、", v.kinds()), RouteEntries.side(v.within(), "≤ ", "< ") + " 日"),
        v -> new ClaimPolicy.Travel(v.kinds(), RouteEntries.limit(v.within()), f.travel().citation()), inherited,
        p -> p.claims().travel());
    if (f.travel() != null) {
      RouteEntries.limit(context, "travel.within", f.travel().rules(), f.travel().citation(),
          f.travel().value().within());
    }
    List<ClaimPolicy.AssetLine> assets = f.assets() == null ? from.assets()
        : context.list("assets", f.assets(), f.assets().values().stream()
            .map(e -> String.join("、", e.kinds()) + " " + RouteEntries.side(e.from(), "≥ ", "> ")).toList(),
            v -> v.stream().map(e -> new ClaimPolicy.AssetLine(e.kinds(), RouteEntries.limit(e.from()), e.clause()))
                .toList(), inherited, p -> p.claims().assets());
    if (f.assets() != null) {
      for (AssetEntry e : f.assets().values()) {
        RouteEntries.limit(context, "assets." + String.join("、", e.kinds()) + ".from", f.assets().rules(),
            e.clause(), e.from());
      }
    }
    ClaimPolicy.MealNorm meals = context.optional("meals", f.meals(),
        v -> List.of(String.join("、", v.kinds()), RouteEntries.side(v.perHead(), "≤ ", "< ") + " 元/人"),
        v -> new ClaimPolicy.MealNorm(v.kinds(), RouteEntries.limit(v.perHead()), f.meals().citation()), inherited,
        p -> p.claims().meals());
    if (f.meals() != null) {
      RouteEntries.limit(context, "meals.perHead", f.meals().rules(), f.meals().citation(),
          f.meals().value().perHead());
    }
    List<ClaimPolicy.Tally> tallies = f.tallies() == null ? from.tallies()
        : context.list("tallies", f.tallies(), f.tallies().values().stream()
            .map(e -> String.join("、", e.kinds()) + "：次月 " + e.firstDay() + "–" + e.lastDay() + " 日").toList(),
            v -> v.stream().map(e -> new ClaimPolicy.Tally(e.kinds(), e.firstDay(), e.lastDay(), e.clause()))
                .toList(), inherited, p -> p.claims().tallies());
    return new ClaimPolicy(papers, before, travel, assets, meals, tallies, sectionHead);
  }

  private static List<Collective> collective(List<CollectiveEntry> entries) {
    List<Collective> out = new ArrayList<>();
    entries.forEach(e -> out.add(e.toCollective()));
    return out;
  }

  private static List<BothReadings> both(List<BothEntry> entries) {
    List<BothReadings> out = new ArrayList<>();
    entries.forEach(e -> out.add(new BothReadings(e.amount(), e.note(), e.noteEn(), RuleId.of(e.rule()),
        e.citation())));
    return out;
  }

  /** 三重一大-购置: 固定资产购置 ≥ 50000 → 室务会（…）. */
  private static List<String> shown(List<CollectiveEntry> entries) {
    List<String> out = new ArrayList<>();
    for (CollectiveEntry e : entries) {
      StringBuilder s = new StringBuilder(e.id()).append(":");
      if (e.kinds() != null && !e.kinds().isEmpty()) {
        s.append(" ").append(String.join("、", e.kinds()));
      }
      if (Boolean.FALSE.equals(e.budgeted())) {
        s.append(" 预算外");
      }
      if (e.from() != null) {
        s.append(" ").append(RouteEntries.side(e.from(), "≥ ", "> "));
      }
      s.append(" → ").append(e.decidedBy()).append("（").append(e.clause()).append("）");
      out.add(s.toString());
    }
    return out;
  }
}
