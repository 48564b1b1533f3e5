package org.zhidu.policies.signoff;

import java.util.List;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.rule.RuleId;
import org.zhidu.core.rule.Threshold;
import org.zhidu.core.signoff.DraftSchedule;
import org.zhidu.core.signoff.DraftingPolicy;
import org.zhidu.core.signoff.PaperPolicy;
import org.zhidu.core.signoff.SignoffPolicy;
import org.zhidu.core.signoff.SignoffRules;
import org.zhidu.core.signoff.TrailChain;
import org.zhidu.core.signoff.TrailPolicy;
import org.zhidu.core.signoff.TrailStep;
import org.zhidu.policies.ListSetting;
import org.zhidu.policies.PackSection;
import org.zhidu.policies.SectionContext;
import org.zhidu.policies.ThresholdSetting;
import org.zhidu.policies.ValueSetting;

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
   * @param chains each kind of document's sign-off chain
   * @param additions steps some documents add to their chain
   * @param baseType the chain of a trail whose type names only additions
   * @param signatures the words a signature must hold
   */
  public record File(ThresholdSetting draftDays, ThresholdSetting speechDays, ThresholdSetting reformDays,
      ListSetting<StepEntry> steps, ListSetting<String> planElements, ThresholdSetting planSignedAhead,
      ListSetting<String> minutesElements, ThresholdSetting largeMeeting, ListSetting<ChainEntry> chains,
      ListSetting<AdditionEntry> additions, ValueSetting<String> baseType, ValueSetting<Signatures> signatures) {}

  /**
   * {@code { types: [政府发文], rule: D1, clause: …, draft: normal|important|reform, steps: [ … ] }}.
   *
   * @param types the 发文类型 words that name the chain
   * @param rule its rule: D1 to D7
   * @param clause the clause
   * @param draft for a leader's draft (D5): normal, important or reform; else {@code null}
   * @param steps the steps in order
   */
  public record ChainEntry(List<String> types, String rule, String clause, String draft, List<StepSpec> steps) {
    /**
     * Refuses a chain with a part missing, a rule outside D1–D7 or an unknown draft kind.
     *
     * @param types the 发文类型 words that name the chain
     * @param rule its rule: D1 to D7
     * @param clause the clause
     * @param draft for a leader's draft (D5): normal, important or reform; else {@code null}
     * @param steps the steps in order
     * @throws InvalidValue on the first of those problems
     */
    public ChainEntry {
      if (types == null || types.isEmpty() || rule == null || clause == null || steps == null || steps.isEmpty()) {
        throw new InvalidValue("pack.no_value");
      }
      if (SignoffRules.ALL.stream().noneMatch(r -> r.value().equals(rule))) {
        throw new InvalidValue("pack.bad_chain_rule", rule);
      }
      if (draft != null && kindOf(draft) == null) {
        throw new InvalidValue("pack.bad_draft_kind", draft);
      }
    }
  }

  /**
   * A step: {@code { names: [联系文秘人员初审, 初审], posts: [文秘人员], kind: handler, optional: false, … }}; the
   * kinds are draft, plain, handler, review and proof.
   *
   * @param names the words a trail's 环节 cell may give it, its own name first
   * @param posts who signs, or {@code null} for a unit outside the office
   * @param delegated posts that sign only when the row says 委托, or {@code null}
   * @param partner the post that stands in for this step's (AB岗), or {@code null}
   * @param kind draft, plain, handler, review or proof; {@code null} for plain
   * @param optional whether a trail may go without it, or {@code null} for no
   * @param withPrevious whether it shares its place with the step before, or {@code null} for no
   * @param draft for a leader's draft, the reviewer whose half working days it has, or 送稿, or {@code null}
   * @param rule the rule a missing step is reported under, or {@code null} for the chain's
   * @param clause the clause, or {@code null} for the chain's
   */
  public record StepSpec(List<String> names, List<String> posts, List<String> delegated, String partner, String kind,
      Boolean optional, Boolean withPrevious, String draft, String rule, String clause) {
    /**
     * Refuses a step without names, or with an unknown kind or a rule outside D1–D7.
     *
     * @param names the words a trail's 环节 cell may give it, its own name first
     * @param posts who signs, or {@code null} for a unit outside the office
     * @param delegated posts that sign only when the row says 委托, or {@code null}
     * @param partner the post that stands in for this step's (AB岗), or {@code null}
     * @param kind draft, plain, handler, review or proof; {@code null} for plain
     * @param optional whether a trail may go without it, or {@code null} for no
     * @param withPrevious whether it shares its place with the step before, or {@code null} for no
     * @param draft for a leader's draft, the reviewer whose half working days it has, or 送稿, or {@code null}
     * @param rule the rule a missing step is reported under, or {@code null} for the chain's
     * @param clause the clause, or {@code null} for the chain's
     * @throws InvalidValue on the first of those problems
     */
    public StepSpec {
      if (names == null || names.isEmpty() || names.stream().anyMatch(n -> n == null || n.isBlank())) {
        throw new InvalidValue("pack.no_value");
      }
      if (kind != null && stepKind(kind) == null) {
        throw new InvalidValue("pack.bad_step_kind", kind);
      }
      if (rule != null && SignoffRules.ALL.stream().noneMatch(r -> r.value().equals(rule))) {
        throw new InvalidValue("pack.bad_chain_rule", rule);
      }
    }

    TrailStep toStep(String chainClause) {
      return new TrailStep(names, posts == null ? List.of() : posts, delegated == null ? List.of() : delegated,
          partner, kind == null ? TrailStep.Kind.PLAIN : stepKind(kind), Boolean.TRUE.equals(optional),
          Boolean.TRUE.equals(withPrevious), draft, rule == null ? null : RuleId.of(rule),
          clause == null ? chainClause : clause);
    }
  }

  /**
   * {@code { type: 规范性文件, after: 相关单位会签, step: { … } }}.
   *
   * @param type the 发文类型 word that adds the step
   * @param after the name of the step it follows
   * @param step the step
   */
  public record AdditionEntry(String type, String after, StepSpec step) {
    /**
     * Refuses an addition with a part missing.
     *
     * @param type the 发文类型 word that adds the step
     * @param after the name of the step it follows
     * @param step the step
     * @throws InvalidValue if a part is absent or {@code type} is blank
     */
    public AdditionEntry {
      if (type == null || type.isBlank() || after == null || step == null) {
        throw new InvalidValue("pack.no_value");
      }
    }
  }

  /**
   * The words of a signature (D2): which make an opinion explicit, agreement in review, the proof-reader's line.
   *
   * @param explicit the words an explicit opinion holds, any of them; at least one
   * @param reviewWord how agreement is written in the office's review (拟同意)
   * @param refusal the word that says no (不同意)
   * @param proofWords what the final proof-reader writes
   */
  public record Signatures(List<String> explicit, String reviewWord, String refusal, String proofWords) {
    /**
     * Refuses signatures with a part missing.
     *
     * @param explicit the words an explicit opinion holds, any of them; at least one
     * @param reviewWord how agreement is written in the office's review (拟同意)
     * @param refusal the word that says no (不同意)
     * @param proofWords what the final proof-reader writes
     * @throws InvalidValue if a part is absent or {@code explicit} is empty
     */
    public Signatures {
      if (explicit == null || explicit.isEmpty() || reviewWord == null || refusal == null || proofWords == null) {
        throw new InvalidValue("pack.no_value");
      }
    }
  }

  private static TrailStep.Kind stepKind(String kind) {
    return switch (kind) {
      case "draft" -> TrailStep.Kind.DRAFT;
      case "plain" -> TrailStep.Kind.PLAIN;
      case "handler" -> TrailStep.Kind.HANDLER;
      case "review" -> TrailStep.Kind.REVIEW;
      case "proof" -> TrailStep.Kind.PROOF;
      default -> null;
    };
  }

  private static DraftSchedule.Kind kindOf(String draft) {
    return switch (draft) {
      case "normal" -> DraftSchedule.Kind.DRAFT;
      case "important" -> DraftSchedule.Kind.IMPORTANT;
      case "reform" -> DraftSchedule.Kind.REFORM;
      default -> null;
    };
  }

  /**
   * {@code { role: 副主任, halves: 1, clause: … }}.
   *
   * @param role who (承办人员, 副主任, 主任)
   * @param halves the half working days they have, 0 to 60
   * @param clause the clause
   */
  public record StepEntry(String role, Integer halves, String clause) {
    /**
     * Refuses a step with a part missing or half working days outside 0 to 60.
     *
     * @param role who (承办人员, 副主任, 主任)
     * @param halves the half working days they have, 0 to 60
     * @param clause the clause
     * @throws InvalidValue on the first of those problems
     */
    public StepEntry {
      if (role == null || role.isBlank() || halves == null || clause == null) {
        throw new InvalidValue("pack.no_value");
      }
      if (halves < 0 || halves > 60) {
        throw new InvalidValue("pack.bad_halves", halves.toString());
      }
    }
  }

  /** The section under the key {@code signoff}. */
  public SignoffSection() {
    super("signoff", File.class, SignoffPolicy.class);
  }

  @Override
  public SignoffPolicy resolve(File own, SignoffPolicy inherited, SectionContext context) {
    File f = own == null ? new File(null, null, null, null, null, null, null, null, null, null, null, null) : own;
    DraftingPolicy baseDrafting = inherited == null ? null : inherited.drafting();
    PaperPolicy basePapers = inherited == null ? null : inherited.papers();
    TrailPolicy baseTrails = inherited == null ? null : inherited.trails();
    DraftingPolicy drafting = f.draftDays() == null && baseDrafting == null ? null
        : drafting(f, baseDrafting, context);
    PaperPolicy papers = f.planElements() == null && basePapers == null ? null : papers(f, basePapers, context);
    TrailPolicy trails = f.chains() == null && baseTrails == null ? null : trails(f, baseTrails, drafting, context);
    return new SignoffPolicy(drafting, papers, trails);
  }

  private static TrailPolicy trails(File f, TrailPolicy inherited, DraftingPolicy drafting, SectionContext context) {
    List<TrailChain> chains = context.list("chains", f.chains(),
        f.chains() == null ? List.of() : f.chains().values().stream()
            .map(c -> String.join("、", c.types()) + "：" + String.join(" → ", c.steps().stream()
                .map(st -> st.names().get(0) + (Boolean.TRUE.equals(st.optional()) ? "（可无）" : "")).toList()))
            .toList(),
        v -> v.stream().map(c -> new TrailChain(c.types(), RuleId.of(c.rule()),
            c.steps().stream().map(st -> st.toStep(c.clause())).toList(),
            c.draft() == null ? null : kindOf(c.draft()), c.clause())).toList(),
        inherited, TrailPolicy::chains);
    // a pack that extends one without additions (or a base type) has none to inherit
    List<TrailPolicy.Addition> additions = f.additions() == null
        && (inherited == null || inherited.additions().isEmpty()) ? List.of()
        : context.list("additions", f.additions(),
            f.additions() == null ? List.of() : f.additions().values().stream()
                .map(a -> a.type() + "：" + a.after() + " → " + a.step().names().get(0)).toList(),
            v -> v.stream().map(a -> new TrailPolicy.Addition(a.type(), a.step().toStep(f.additions().citation()),
                a.after())).toList(),
            inherited, TrailPolicy::additions);
    String baseType = f.baseType() == null && (inherited == null || inherited.baseType() == null) ? null
        : context.value("baseType", f.baseType(), inherited, TrailPolicy::baseType);
    Signatures words = f.signatures() == null ? null : context.optional("signatures", f.signatures(),
        w -> List.of(String.join("、", w.explicit()), w.reviewWord(), w.proofWords()), w -> w, null, p -> null);
    for (TrailChain c : chains) {
      if (c.draftKind() == DraftSchedule.Kind.REFORM && (drafting == null || drafting.reformDays() == null)) {
        context.build("chains", () -> {
          throw new InvalidValue("pack.bad_draft_kind", "reform");
        });
      }
      for (TrailStep st : c.steps()) {
        if (st.draft() != null && !st.draft().equals(TrailStep.ARRIVAL) && (drafting == null
            || drafting.steps().stream().noneMatch(d -> d.role().equals(st.draft())))) {
          context.build("chains", () -> {
            throw new InvalidValue("pack.bad_draft_step", st.draft());
          });
        }
      }
    }
    if (words == null && inherited != null) {
      return context.build(() -> new TrailPolicy(chains, additions, baseType, inherited.explicit(),
          inherited.reviewWord(), inherited.refusal(), inherited.proofWords(), inherited.rule(), inherited.clause()));
    }
    String clause = f.signatures() != null ? f.signatures().citation() : null;
    return context.build(() -> words == null
        ? new TrailPolicy(chains, additions, baseType, List.of(), null, null, null, SignoffRules.D2, null)
        : new TrailPolicy(chains, additions, baseType, words.explicit(), words.reviewWord(), words.refusal(),
            words.proofWords(), SignoffRules.D2, clause));
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
