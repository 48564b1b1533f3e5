package org.zhidu.policies.leave;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhidu.core.approval.RouteTable;
import org.zhidu.core.finding.InputException;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.finding.Message;
import org.zhidu.core.leave.LeavePolicy;
import org.zhidu.core.rule.RuleId;
import org.zhidu.policies.ListSetting;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.SectionContext;
import org.zhidu.policies.ValueSetting;
import org.zhidu.policies.approval.RouteEntries;
import org.zhidu.policies.approval.RouteEntries.LimitEntry;
import org.zhidu.policies.approval.RouteEntries.RowEntry;

/**
 * The {@code leave} section: the route table of who approves a leave, in days, and what else the clause asks of a
 * request (L1–L3).
 */
public final class LeaveSection extends PackSection<LeaveSection.File, LeavePolicy> {

  /**
   * As written. Each part but the route table and the counting may be left out where the document says nothing of
   * it; a pack that extends another inherits what it leaves out.
   *
   * @param routes the rows of the route table; a pack replaces the whole table
   * @param counting how days are counted: {@code working} (by the work calendar, X-WORKDAY) or {@code calendar}
   * @param sectionHead the post in a chain that means the head of the requester's own section (科室负责人)
   * @param written which requests are written and how far ahead
   * @param routine leave agreed some days ahead (年休假 a week ahead)
   * @param caps the most days of personal leave at a time and in a year
   * @param certificate the kinds that need a certificate, and from whom
   * @param cover whether a colleague must be named to cover
   * @param returnReport whether the person reports back (销假) when the leave ends
   * @param absenteeism whether days away without approval are 旷工
   * @param kinds the kinds of leave the pack knows
   */
  public record File(
      ListSetting<RowEntry> routes,
      ValueSetting<String> counting,
      ValueSetting<String> sectionHead,
      ValueSetting<WrittenEntry> written,
      ValueSetting<AdvanceEntry> routine,
      ValueSetting<CapsEntry> caps,
      ValueSetting<CertificateEntry> certificate,
      ValueSetting<Boolean> cover,
      ValueSetting<Boolean> returnReport,
      ValueSetting<Boolean> absenteeism,
      ListSetting<String> kinds) {}

  /**
   * {@code { from: {value: 1, bound: inclusive}, oralKinds: [临时请假], ahead: {value: 0.5, bound: inclusive},
   * afterwards: false }}: from how many days a request is written (every request when left out), the kinds asked by
   * word of mouth, how far ahead a written one is handed in, whether one approved by word of mouth is written
   * afterwards.
   *
   * @param from from how many days a request is written, or {@code null} for every request
   * @param oralKinds the kinds asked by word of mouth whatever their days (临时请假), or {@code null}
   * @param ahead how far ahead a written request is handed in, in days, or {@code null}
   * @param afterwards whether a request approved by word of mouth or telephone is written afterwards, or {@code null}
   *     for no
   */
  public record WrittenEntry(LimitEntry from, List<String> oralKinds, LimitEntry ahead, Boolean afterwards) {}

  /**
   * {@code { kinds: [年休假], ahead: {value: 7, bound: inclusive} }}: days between approval and the leave.
   *
   * @param kinds the kinds agreed ahead (年休假); at least one
   * @param ahead the days between the approval and the leave's first day
   */
  public record AdvanceEntry(List<String> kinds, LimitEntry ahead) {
    /**
     * Refuses an entry without kinds or days ahead.
     *
     * @param kinds the kinds agreed ahead (年休假); at least one
     * @param ahead the days between the approval and the leave's first day
     * @throws InvalidValue if {@code kinds} is absent or empty, or {@code ahead} is absent
     */
    public AdvanceEntry {
      if (kinds == null || kinds.isEmpty() || ahead == null) {
        throw new InvalidValue("pack.no_value");
      }
    }
  }

  /**
   * {@code { kinds: [事假], once: {…}, year: {…}, absenteeism: false }}.
   *
   * @param kinds the kinds capped (事假); at least one
   * @param once the most days at a time, or {@code null}
   * @param year the most days in a calendar year, or {@code null}
   * @param absenteeism whether days past a cap are 旷工, or {@code null} for no
   */
  public record CapsEntry(List<String> kinds, LimitEntry once, LimitEntry year, Boolean absenteeism) {
    /**
     * Refuses caps without kinds, or without either cap.
     *
     * @param kinds the kinds capped (事假); at least one
     * @param once the most days at a time, or {@code null}
     * @param year the most days in a calendar year, or {@code null}
     * @param absenteeism whether days past a cap are 旷工, or {@code null} for no
     * @throws InvalidValue if {@code kinds} is absent or empty, or both {@code once} and {@code year} are absent
     */
    public CapsEntry {
      if (kinds == null || kinds.isEmpty() || once == null && year == null) {
        throw new InvalidValue("pack.no_value");
      }
    }
  }

  /**
   * {@code { kinds: [病假], from: 医保定点医院 }}.
   *
   * @param kinds the kinds that need a certificate (病假); at least one
   * @param from who issues it (医保定点医院)
   */
  public record CertificateEntry(List<String> kinds, String from) {
    /**
     * Refuses an entry without kinds or issuer.
     *
     * @param kinds the kinds that need a certificate (病假); at least one
     * @param from who issues it (医保定点医院)
     * @throws InvalidValue if {@code kinds} is absent or empty, or {@code from} is blank
     */
    public CertificateEntry {
      if (kinds == null || kinds.isEmpty() || from == null || from.isBlank()) {
        throw new InvalidValue("pack.no_value");
      }
    }
  }

  /** The section under the key {@code leave}. */
  public LeaveSection() {
    super("leave", File.class, LeavePolicy.class);
  }

  @Override
  public LeavePolicy resolve(File own, LeavePolicy inherited, SectionContext context) {
    File f = own == null ? new File(null, null, null, null, null, null, null, null, null, null, null) : own;
    RouteTable routes = RouteEntries.resolve(context, f.routes(), true, inherited, LeavePolicy::routes);
    RuleId rule = f.routes() != null ? RuleId.of(f.routes().rules().get(0)) : inherited.rule();
    String countingText = context.value("counting", f.counting(), inherited, p -> p.counting().id());
    LeavePolicy.Counting counting = LeavePolicy.Counting.parse(countingText);
    if (counting == null) {
      throw new InputException(context.place("counting"), Message.of("pack.bad_counting", countingText));
    }
    String sectionHead = context.optional("sectionHead", f.sectionHead(), List::of, v -> v, inherited,
        LeavePolicy::sectionHead);
    LeavePolicy.Written written = context.optional("written", f.written(), LeaveSection::shown, v -> written(v),
        inherited, LeavePolicy::written);
    limits(context, "written", f.written(), v -> parts("from", v.from(), "ahead", v.ahead()));
    LeavePolicy.Advance routine = context.optional("routine", f.routine(), LeaveSection::shown,
        v -> new LeavePolicy.Advance(v.kinds(), v.ahead().toLimit()), inherited, LeavePolicy::routine);
    limits(context, "routine", f.routine(), v -> parts("ahead", v.ahead()));
    LeavePolicy.Caps caps = context.optional("caps", f.caps(), LeaveSection::shown,
        v -> new LeavePolicy.Caps(v.kinds(), RouteEntries.limit(v.once()), RouteEntries.limit(v.year()), Boolean.TRUE.equals(v.absenteeism())),
        inherited, LeavePolicy::caps);
    limits(context, "caps", f.caps(), v -> parts("once", v.once(), "year", v.year()));
    LeavePolicy.Certificate certificate = context.optional("certificate", f.certificate(), LeaveSection::shown,
        v -> new LeavePolicy.Certificate(v.kinds(), v.from()), inherited, LeavePolicy::certificate);
    boolean cover = flag(context, "cover", f.cover(), inherited, LeavePolicy::cover);
    boolean returnReport = flag(context, "returnReport", f.returnReport(), inherited, LeavePolicy::returnReport);
    boolean absenteeism = flag(context, "absenteeism", f.absenteeism(), inherited, LeavePolicy::absenteeism);
    List<String> kinds = f.kinds() == null && inherited == null ? List.of()
        : context.list("kinds", f.kinds(), f.kinds() == null ? List.of() : f.kinds().values(), v -> v, inherited,
            LeavePolicy::kinds);
    return context.build(() -> new LeavePolicy(rule, routes, counting, sectionHead, written, routine, caps,
        certificate, cover, returnReport, absenteeism, kinds));
  }

  private static LeavePolicy.Written written(WrittenEntry v) {
    return new LeavePolicy.Written(RouteEntries.limit(v.from()), v.oralKinds(), RouteEntries.limit(v.ahead()),
        Boolean.TRUE.equals(v.afterwards()));
  }

  private static boolean flag(SectionContext context, String key, ValueSetting<Boolean> own, LeavePolicy inherited,
      java.util.function.Function<LeavePolicy, Boolean> value) {
    Boolean b = context.optional(key, own, v -> List.of(v.toString()), v -> v, inherited, value);
    return Boolean.TRUE.equals(b);
  }

  /** Records the limits inside a setting as thresholds of their own, so that X-BOUND lists them. */
  private static <T> void limits(SectionContext context, String key, ValueSetting<T> own,
      java.util.function.Function<T, Map<String, LimitEntry>> parts) {
    if (own == null) {
      return;
    }
    parts.apply(own.value()).forEach((name, entry) -> RouteEntries.limit(context, key + "." + name, own.rules(),
        own.citation(), entry));
  }

  /** Named limits, those left out ({@code null}) dropped, in order. */
  private static Map<String, LimitEntry> parts(Object... nameThenLimit) {
    Map<String, LimitEntry> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < nameThenLimit.length; i += 2) {
      if (nameThenLimit[i + 1] != null) {
        out.put((String) nameThenLimit[i], (LimitEntry) nameThenLimit[i + 1]);
      }
    }
    return out;
  }

  private static List<String> shown(WrittenEntry v) {
    List<String> out = new ArrayList<>();
    out.add(v.from() == null ? "*" : RouteEntries.side(v.from(), "≥ ", "> "));
    if (v.oralKinds() != null && !v.oralKinds().isEmpty()) {
      out.add("口头: " + String.join("、", v.oralKinds()));
    }
    if (v.ahead() != null) {
      out.add("提前 " + RouteEntries.side(v.ahead(), "≥ ", "> "));
    }
    if (Boolean.TRUE.equals(v.afterwards())) {
      out.add("事后补办");
    }
    return out;
  }

  private static List<String> shown(AdvanceEntry v) {
    return List.of(String.join("、", v.kinds()), "提前 " + RouteEntries.side(v.ahead(), "≥ ", "> "));
  }

  private static List<String> shown(CapsEntry v) {
    List<String> out = new ArrayList<>();
    out.add(String.join("、", v.kinds()));
    if (v.once() != null) {
      out.add("一次 " + RouteEntries.side(v.once(), "≤ ", "< "));
    }
    if (v.year() != null) {
      out.add("一年 " + RouteEntries.side(v.year(), "≤ ", "< "));
    }
    out.add(Boolean.TRUE.equals(v.absenteeism()) ? "超出按旷工" : "超出不按旷工");
    return out;
  }

  private static List<String> shown(CertificateEntry v) {
    return List.of(String.join("、", v.kinds()), v.from());
  }
}
