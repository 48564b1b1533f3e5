package org.zhidu.policies.leave;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.approval.Limit;
import org.zhidu.core.approval.Notice;
import org.zhidu.core.approval.RouteRow;
import org.zhidu.core.approval.RouteTable;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.rule.Bound;
import org.zhidu.core.rule.RuleId;
import org.zhidu.policies.ListSetting;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.SectionContext;

/** The {@code leave} section: the route table of who approves a leave, in days (L1–L3). */
public final class LeaveSection extends PackSection<LeaveSection.File, RouteTable> {

  /**
   * As written.
   *
   * @param routes the rows of the route table; a pack replaces the whole table
   */
  public record File(ListSetting<RowEntry> routes) {}

  /**
   * One end of a row's range of days: {@code { value: 0.5, bound: inclusive }}, the bound never left to a default.
   */
  public record LimitEntry(BigDecimal value, String bound) {
    public LimitEntry {
      if (value == null) {
        throw new InvalidValue("pack.no_value");
      }
      if (bound == null) {
        throw new InvalidValue("pack.no_bound");
      }
      if (parse(bound) == null) {
        throw new InvalidValue("pack.bad_bound", bound);
      }
    }

    Limit toLimit() {
      return new Limit(value, parse(bound));
    }

    private static Bound parse(String text) {
      for (Bound b : Bound.values()) {
        if (b.id().equals(text)) {
          return b;
        }
      }
      return null;
    }
  }

  /** Who is told or where it is filed: {@code { action: 报备, to: 办公室 }}. */
  public record NoticeEntry(String action, String to) {
    public NoticeEntry {
      if (action == null || to == null) {
        throw new InvalidValue("pack.no_value");
      }
    }
  }

  /**
   * One row: its name, the roles and kinds it applies to, its range of days, the chain of approvers, the notices,
   * its rule and its clause.
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
      return new RouteRow(id, roles, kinds, from == null ? null : from.toLimit(), to == null ? null : to.toLimit(),
          chain, out, RuleId.of(rule), clause);
    }
  }

  public LeaveSection() {
    super("leave", File.class, RouteTable.class);
  }

  @Override
  public RouteTable resolve(File own, RouteTable inherited, SectionContext context) {
    File section = own == null ? new File(null) : own;
    String pack = context.origin().pack();
    return context.build("routes", () -> context.list("routes", section.routes(),
        section.routes() == null ? List.of() : shown(section.routes().values()),
        rows -> table(pack, section.routes().rules(), rows), inherited, t -> t));
  }

  private static RouteTable table(String pack, List<String> rules, List<RowEntry> entries) {
    List<RouteRow> rows = new ArrayList<>();
    for (RowEntry e : entries) {
      if (!rules.contains(e.rule())) {
        throw new InvalidValue("pack.route_rule", e.id(), e.rule(), String.join(", ", rules));
      }
      rows.add(e.toRow());
    }
    return new RouteTable(pack, rows);
  }

  /** 科室工作人员-半天以下: 科室工作人员 ≤ 0.5 → 科室负责人（十三）. */
  private static List<String> shown(List<RowEntry> entries) {
    List<String> out = new ArrayList<>();
    for (RowEntry e : entries) {
      StringBuilder s = new StringBuilder(e.id()).append(": ").append(String.join("、", e.roles()));
      if (e.kinds() != null && !e.kinds().isEmpty()) {
        s.append(" ").append(String.join("、", e.kinds()));
      }
      if (e.from() != null) {
        s.append(e.from().bound().equals("inclusive") ? " ≥ " : " > ")
            .append(e.from().value().stripTrailingZeros().toPlainString());
      }
      if (e.to() != null) {
        s.append(e.to().bound().equals("inclusive") ? " ≤ " : " < ")
            .append(e.to().value().stripTrailingZeros().toPlainString());
      }
      s.append(" → ").append(String.join(" → ", e.chain())).append("（").append(e.clause()).append("）");
      out.add(s.toString());
    }
    return out;
  }
}
