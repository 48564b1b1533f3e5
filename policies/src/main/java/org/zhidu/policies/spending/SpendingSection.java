package org.zhidu.policies.spending;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.rule.RuleId;
import org.zhidu.core.spending.BothReadings;
import org.zhidu.core.spending.Collective;
import org.zhidu.core.spending.SpendingPolicy;
import org.zhidu.policies.ListSetting;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.SectionContext;
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
   * @param claimChain who signs a claim, in order
   */
  public record File(ListSetting<RowEntry> routes, ListSetting<CollectiveEntry> collective,
      ListSetting<BothEntry> bothReadings, ListSetting<String> claimChain) {}

  /**
   * {@code { id: 三重一大-购置, kinds: [固定资产购置], from: { value: 50000, bound: inclusive }, decidedBy: 室务会, rule:
   * E3, clause: … }}; {@code budgeted: false} for spending out of the budget only.
   */
  public record CollectiveEntry(String id, List<String> kinds, Boolean budgeted, LimitEntry from, String decidedBy,
      String rule, String clause) {
    public CollectiveEntry {
      if (id == null || decidedBy == null || clause == null || !RuleId.isRuleId(rule)) {
        throw new InvalidValue("pack.no_value");
      }
      if (Boolean.TRUE.equals(budgeted)) {
        // the documents set meetings for spending out of the budget; "only if budgeted" is no clause's
        throw new InvalidValue("pack.collective_budgeted", id);
      }
    }

    Collective toCollective() {
      return new Collective(id, kinds, budgeted, RouteEntries.limit(from), decidedBy, RuleId.of(rule), clause);
    }
  }

  /** {@code { amount: 30000, note: …, noteEn: …, rule: E2, citation: … }}. */
  public record BothEntry(BigDecimal amount, String note, String noteEn, String rule, String citation) {
    public BothEntry {
      if (amount == null || note == null || noteEn == null || citation == null || !RuleId.isRuleId(rule)) {
        throw new InvalidValue("pack.no_value");
      }
    }
  }

  public SpendingSection() {
    super("spending", File.class, SpendingPolicy.class);
  }

  @Override
  public SpendingPolicy resolve(File own, SpendingPolicy inherited, SectionContext context) {
    File f = own == null ? new File(null, null, null, null) : own;
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
    return context.build(() -> new SpendingPolicy(rule, routes, collective, both, claimChain, claimClause));
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
