package org.zhidu.policies.signoff;

import java.util.List;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.rule.Threshold;
import org.zhidu.core.signoff.DraftingPolicy;
import org.zhidu.core.signoff.PaperPolicy;
import org.zhidu.core.signoff.SignoffPolicy;
import org.zhidu.policies.ListSetting;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.SectionContext;
import org.zhidu.policies.ThresholdSetting;

/**
 * The {@code signoff} section: what a meeting's plan and minutes hold (D3, D4); how many days ahead drafts arrive,
 * and each reviewer's half working days (D5). A pack writes the parts its documents have.
 */
public final class SignoffSection extends PackSection<SignoffSection.File, SignoffPolicy> {

  /**
   * As written; a pack that extends another inherits what it leaves out.
   *
   * @param draftDays the calendar days ahead a department's draft arrives
   * @param speechDays the same for an important meeting's speech
   * @param reformDays the calendar days ahead a reform plan arrives; left out where the document says nothing
   * @param steps the reviewers in order, each with their half working days
   * @param planElements what a meeting's plan contains
   * @param planSignedAhead the days before the meeting its plan is signed off by
   * @param minutesElements what minutes contain
   * @param largeMeeting from how many people a meeting's minutes carry the sign-in sheet
   */
  public record File(ThresholdSetting draftDays, ThresholdSetting speechDays, ThresholdSetting reformDays,
      ListSetting<StepEntry> steps, ListSetting<String> planElements, ThresholdSetting planSignedAhead,
      ListSetting<String> minutesElements, ThresholdSetting largeMeeting) {}

  /** {@code { role: 副主任, halves: 1, clause: … }}. */
  public record StepEntry(String role, Integer halves, String clause) {
    public StepEntry {
      if (role == null || role.isBlank() || halves == null || clause == null) {
        throw new InvalidValue("pack.no_value");
      }
      if (halves < 0 || halves > 60) {
        throw new InvalidValue("pack.bad_halves", halves.toString());
      }
    }
  }

  public SignoffSection() {
    super("signoff", File.class, SignoffPolicy.class);
  }

  @Override
  public SignoffPolicy resolve(File own, SignoffPolicy inherited, SectionContext context) {
    File f = own == null ? new File(null, null, null, null, null, null, null, null) : own;
    DraftingPolicy baseDrafting = inherited == null ? null : inherited.drafting();
    PaperPolicy basePapers = inherited == null ? null : inherited.papers();
    DraftingPolicy drafting = f.draftDays() == null && baseDrafting == null ? null
        : drafting(f, baseDrafting, context);
    PaperPolicy papers = f.planElements() == null && basePapers == null ? null : papers(f, basePapers, context);
    return new SignoffPolicy(drafting, papers);
  }

  private static DraftingPolicy drafting(File f, DraftingPolicy inherited, SectionContext context) {
    Threshold draftDays = days(context, "draftDays", f.draftDays(), inherited, DraftingPolicy::draftDays);
    Threshold speechDays = days(context, "speechDays", f.speechDays(), inherited, DraftingPolicy::speechDays);
    Threshold reformDays = f.reformDays() == null ? inherited == null ? null : inherited.reformDays()
        : days(context, "reformDays", f.reformDays(), inherited, DraftingPolicy::reformDays);
    List<DraftingPolicy.Step> steps = context.list("steps", f.steps(),
        f.steps() == null ? List.of() : f.steps().values().stream()
            .map(s -> s.role() + "：" + s.halves() + " 个半工作日").toList(),
        v -> v.stream().map(s -> new DraftingPolicy.Step(s.role(), s.halves(), s.clause())).toList(), inherited,
        DraftingPolicy::steps);
    return context.build(() -> new DraftingPolicy(draftDays, speechDays, reformDays, steps));
  }

  private static PaperPolicy papers(File f, PaperPolicy inherited, SectionContext context) {
    List<String> plan = context.list("planElements", f.planElements(),
        f.planElements() == null ? List.of() : f.planElements().values(), v -> v, inherited,
        PaperPolicy::planElements);
    String planClause = f.planElements() != null ? f.planElements().citation() : inherited.planClause();
    Threshold signed = days(context, "planSignedAhead", f.planSignedAhead(), inherited, PaperPolicy::signedAhead);
    String signedClause = f.planSignedAhead() != null ? f.planSignedAhead().citation() : inherited.signedClause();
    List<String> minutes = context.list("minutesElements", f.minutesElements(),
        f.minutesElements() == null ? List.of() : f.minutesElements().values(), v -> v, inherited,
        PaperPolicy::minutesElements);
    String minutesClause = f.minutesElements() != null ? f.minutesElements().citation() : inherited.minutesClause();
    Threshold large = context.threshold("largeMeeting", f.largeMeeting(), inherited, PaperPolicy::large);
    if (large.value() < 1 || large.value() > 100_000) {
      context.build("largeMeeting", () -> {
        throw new InvalidValue("pack.bad_headcount", Integer.toString(large.value()));
      });
    }
    String largeClause = f.largeMeeting() != null ? f.largeMeeting().citation() : inherited.largeClause();
    return context.build(() -> new PaperPolicy(plan, planClause, signed, signedClause, minutes, minutesClause, large,
        largeClause));
  }

  /** Days ahead: 0 to 366, with their bound (X-BOUND). */
  private static <P> Threshold days(SectionContext context, String key, ThresholdSetting own, P inherited,
      java.util.function.Function<P, Threshold> value) {
    Threshold t = context.threshold(key, own, inherited, value);
    if (t.value() < 0 || t.value() > 366) {
      context.build(key, () -> {
        throw new InvalidValue("pack.bad_days_ahead", Integer.toString(t.value()));
      });
    }
    return t;
  }
}
