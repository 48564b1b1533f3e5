package org.zhidu.policies.signoff;

import java.util.List;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.rule.Threshold;
import org.zhidu.core.signoff.DraftingPolicy;
import org.zhidu.policies.ListSetting;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.SectionContext;
import org.zhidu.policies.ThresholdSetting;

/** The {@code signoff} section: how many days ahead drafts arrive, and each reviewer's half working days (D5). */
public final class SignoffSection extends PackSection<SignoffSection.File, DraftingPolicy> {

  /**
   * As written; a pack that extends another inherits what it leaves out.
   *
   * @param draftDays the calendar days ahead a department's draft arrives
   * @param speechDays the same for an important meeting's speech
   * @param reformDays the calendar days ahead a reform plan arrives; left out where the document says nothing
   * @param steps the reviewers in order, each with their half working days
   */
  public record File(ThresholdSetting draftDays, ThresholdSetting speechDays, ThresholdSetting reformDays,
      ListSetting<StepEntry> steps) {}

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
    super("signoff", File.class, DraftingPolicy.class);
  }

  @Override
  public DraftingPolicy resolve(File own, DraftingPolicy inherited, SectionContext context) {
    File f = own == null ? new File(null, null, null, null) : own;
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

  /** Days ahead: 0 to 366, with their bound (X-BOUND). */
  private static Threshold days(SectionContext context, String key, ThresholdSetting own, DraftingPolicy inherited,
      java.util.function.Function<DraftingPolicy, Threshold> value) {
    Threshold t = context.threshold(key, own, inherited, value);
    if (t.value() < 0 || t.value() > 366) {
      context.build(key, () -> {
        throw new InvalidValue("pack.bad_days_ahead", Integer.toString(t.value()));
      });
    }
    return t;
  }
}
