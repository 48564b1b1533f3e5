package org.zhidu.policies.approval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.approval.Limit;
import org.zhidu.core.approval.Notice;
import org.zhidu.core.approval.RouteRow;
import org.zhidu.core.approval.RouteTable;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.rule.RuleId;
import org.zhidu.policies.ListSetting;
import org.zhidu.policies.SectionContext;
import org.zhidu.policies.ThresholdSetting;

/** A route table as a pack writes it, its rows turned into core's, each row's bounds recorded for X-BOUND. */
public final class RouteEntries {

  private RouteEntries() {}

  /**
   * One end of a row's range (days, yuan): {@code { value: 0.5, bound: inclusive }}, the bound never left to a
   * default.
   *
   * @param value the number the clause writes, 0 or more
   * @param bound {@code inclusive} or {@code exclusive}
   */
  public record LimitEntry(BigDecimal value, String bound) {
    /**
     * Refuses an end without its value or bound, or below zero.
     *
     * @param value the number the clause writes, 0 or more
     * @param bound {@code inclusive} or {@code exclusive}
     * @throws InvalidValue if {@code value} is absent or negative, or {@code bound} is neither word
     */
    public LimitEntry {
      if (value == null) {
        throw new InvalidValue("pack.no_value");
      }
      if (value.signum() < 0) {
        throw new InvalidValue("pack.negative_limit", value.toPlainString());
      }
      ThresholdSetting.parseBound(bound);
    }

    /**
     * The limit as the core takes it.
     *
     * @return the limit, with its bound
     */
    public Limit toLimit() {
      return new Limit(value, ThresholdSetting.parseBound(bound));
    }
  }

  /**
   * Who is told or where it is filed: {@code { action: 报备, to: 办公室 }}.
   *
   * @param action 报备 or 告知
   * @param to the office or role
   */
  public record NoticeEntry(String action, String to) {
    /**
     * Refuses a notice without its action or addressee.
     *
     * @param action 报备 or 告知
     * @param to the office or role
     * @throws InvalidValue if {@code action} or {@code to} is absent
     */
    public NoticeEntry {
      if (action == null || to == null) {
        throw new InvalidValue("pack.no_value");
      }
    }
  }

  /**
   * One row: its name, the roles (of the requester; left out for every requester) and kinds it applies to, its
   * range, the chain of approvers, the notices, its rule and its clause.
   *
   * @param id the row's name, unique in the table (科室工作人员-半天以下)
   * @param roles the requester's roles it applies to; empty for every requester
   * @param kinds the kinds of request it applies to; absent or empty for every kind
   * @param from the least quantity, or {@code null} for none
   * @param to the most quantity, or {@code null} for none
   * @param chain the approvers in order
   * @param notices who is told or where it is filed, or {@code null}
   * @param rule the catalogue id of the rule it encodes
   * @param clause the clause it comes from
   */
  public record RowEntry(
      String id,
      List<String> roles,
      List<String> kinds,
      LimitEntry from,
      LimitEntry to,
      List<String> chain,
      List<NoticeEntry> notices,
      String rule,
      String clause) {
    /**
     * Refuses a row without its id or a rule id; keeps unmodifiable copies of the roles and chain (absent ones are
     * empty).
     *
     * @param id the row's name, unique in the table (科室工作人员-半天以下)
     * @param roles the requester's roles it applies to; empty for every requester
     * @param kinds the kinds of request it applies to; absent or empty for every kind
     * @param from the least quantity, or {@code null} for none
     * @param to the most quantity, or {@code null} for none
     * @param chain the approvers in order
     * @param notices who is told or where it is filed, or {@code null}
     * @param rule the catalogue id of the rule it encodes
     * @param clause the clause it comes from
     * @throws InvalidValue if {@code id} is blank or {@code rule} is no rule id
     */
    public RowEntry {
      if (id == null || id.isBlank()) {
        throw new InvalidValue("pack.route_needs", "?", "id");
      }
      if (!RuleId.isRuleId(rule)) {
        throw new InvalidValue("pack.route_needs", id, "rule");
      }
      roles = roles == null ? List.of() : List.copyOf(roles);
      chain = chain == null ? List.of() : List.copyOf(chain);
    }

    RouteRow toRow() {
      List<Notice> out = new ArrayList<>();
      if (notices != null) {
        notices.forEach(n -> out.add(new Notice(n.action(), n.to())));
      }
      return new RouteRow(id, roles, kinds, limit(from), limit(to), chain, out, RuleId.of(rule), clause);
    }
  }

  /**
   * A limit, or {@code null} for none.
   *
   * @param entry the end as written, or {@code null}
   * @return the core limit, or {@code null}
   */
  public static Limit limit(LimitEntry entry) {
    return entry == null ? null : entry.toLimit();
  }

  /**
   * The route table of a section's {@code routes} setting, each row's bounds recorded as thresholds of their own
   * (X-BOUND), or the inherited table.
   *
   * @param <P> the inherited policy's type
   * @param context the section being resolved
   * @param routes the pack's own {@code routes} setting, or {@code null}
   * @param byRequester whether rows are by the requester's role: every row names its roles (leave: who asks is
   *     always said), or none does (spending: anyone may spend, and a row with roles would never apply)
   * @param inherited the policy of the pack it extends, or {@code null}
   * @param inheritedTable that policy's route table
   * @return the route table in force
   * @throws org.zhidu.core.finding.InputException if a row is refused (its rule is not among the setting's, its roles
   *     are given or missing against {@code byRequester}), at the routes key
   */
  public static <P> RouteTable resolve(SectionContext context, ListSetting<RowEntry> routes, boolean byRequester,
      P inherited, java.util.function.Function<P, RouteTable> inheritedTable) {
    String pack = context.origin().pack();
    RouteTable table = context.build("routes", () -> context.list("routes", routes,
        routes == null ? List.of() : shown(routes.values()),
        rows -> table(pack, routes.rules(), rows, byRequester), inherited, inheritedTable));
    if (routes != null) {
      for (RowEntry e : routes.values()) {
        limit(context, "routes." + e.id() + ".from", List.of(e.rule()), e.clause(), e.from());
        limit(context, "routes." + e.id() + ".to", List.of(e.rule()), e.clause(), e.to());
      }
    }
    return table;
  }

  /**
   * Records a limit inside a setting as a threshold of its own, so that X-BOUND lists it.
   *
   * @param context the section being resolved
   * @param key where the limit is in the section (routes.科室负责人-1天以内.to)
   * @param rules the rules that use it
   * @param citation the clause
   * @param entry the limit, or {@code null} to record nothing
   */
  public static void limit(SectionContext context, String key, List<String> rules, String citation,
      LimitEntry entry) {
    if (entry != null) {
      context.limit(key, rules, citation, entry.value(), entry.toLimit().bound());
    }
  }

  /**
   * ≥ 1, > 0.5, ≤ 30000: one end of a range as {@code policies show} writes it.
   *
   * @param e the end as written
   * @param inclusive the sign for an inclusive bound, such as {@code "≥ "}
   * @param exclusive the sign for an exclusive bound
   * @return the sign and the value
   */
  public static String side(LimitEntry e, String inclusive, String exclusive) {
    return e.toLimit().side(inclusive, exclusive);
  }

  private static RouteTable table(String pack, List<String> rules, List<RowEntry> entries, boolean byRequester) {
    List<RouteRow> rows = new ArrayList<>();
    for (RowEntry e : entries) {
      if (!rules.contains(e.rule())) {
        throw new InvalidValue("pack.route_rule", e.id(), e.rule(), String.join(", ", rules));
      }
      if (byRequester && e.roles().isEmpty()) {
        throw new InvalidValue("pack.route_needs", e.id(), "roles");
      }
      if (!byRequester && !e.roles().isEmpty()) {
        throw new InvalidValue("pack.route_no_roles", e.id());
      }
      rows.add(e.toRow());
    }
    return new RouteTable(pack, rows);
  }

  /** 科室工作人员-半天以下: 科室工作人员 ≤ 0.5 → 科室负责人（十三）. */
  private static List<String> shown(List<RowEntry> entries) {
    List<String> out = new ArrayList<>();
    for (RowEntry e : entries) {
      StringBuilder s = new StringBuilder(e.id()).append(":");
      if (!e.roles().isEmpty()) {
        s.append(" ").append(String.join("、", e.roles()));
      }
      if (e.kinds() != null && !e.kinds().isEmpty()) {
        s.append(" ").append(String.join("、", e.kinds()));
      }
      if (e.from() != null) {
        s.append(" ").append(side(e.from(), "≥ ", "> "));
      }
      if (e.to() != null) {
        s.append(" ").append(side(e.to(), "≤ ", "< "));
      }
      s.append(" → ").append(String.join(" → ", e.chain())).append("（").append(e.clause()).append("）");
      out.add(s.toString());
    }
    return out;
  }
}
