package org.zhidu.policies;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhidu.core.naming.NamingPolicy;
import org.zhidu.core.register.Schema;
import org.zhidu.core.rota.RotaPolicy;
import org.zhidu.core.scoring.ScoringPolicy;

/**
 * A resolved pack: its rules with their clauses, every value in force with its origin, the gaps it declares, and
 * the policy of each area's section, as core's rules take them. Immutable, so one pack may serve many threads.
 *
 * <p>A built-in pack binds each area's section the first time it is asked for (a command reads one or two areas of
 * a pack that holds a dozen); a user's pack is bound whole when it is loaded, so that every error in it is reported
 * at once. Either way the answers are the same.
 */
public final class Pack {

  private final String id;
  private final String name;
  private final PackFile.PackSource source;
  private final Origin origin;
  private final Map<String, Rule> rules;
  private final List<Gap> gaps;
  private final Sections sections;

  Pack(String id, String name, PackFile.PackSource source, Origin origin, Map<String, Rule> rules, List<Gap> gaps,
      Sections sections) {
    this.id = id;
    this.name = name;
    this.source = source;
    this.origin = origin;
    this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    this.gaps = List.copyOf(gaps);
    this.sections = sections;
  }

  /**
   * The pack id.
   *
   * @return the id, as {@code --pack} names it
   */
  public String id() {
    return id;
  }

  /**
   * The source document's title.
   *
   * @return the title
   */
  public String name() {
    return name;
  }

  /**
   * The source document's number and year.
   *
   * @return the source
   */
  public PackFile.PackSource source() {
    return source;
  }

  /**
   * Where this pack was read from.
   *
   * @return the built-in id, or the user's file
   */
  public Origin origin() {
    return origin;
  }

  /**
   * The rules the pack describes.
   *
   * @return the rules by id, in catalogue order, unmodifiable
   */
  public Map<String, Rule> rules() {
    return rules;
  }

  /**
   * The values in force, section by section in the registry's order; binds every section not yet bound.
   *
   * @return the settings, unmodifiable
   */
  public List<Setting> settings() {
    return sections.settings();
  }

  /**
   * Where the documents are silent and how the pack reads them (X-GAP).
   *
   * @return the gaps, unmodifiable
   */
  public List<Gap> gaps() {
    return gaps;
  }

  /**
   * The policy of an area's section.
   *
   * @param <P> the policy's type
   * @param section the area's section, from the {@link Registry}
   * @return the policy
   * @throws org.zhidu.core.finding.InputException if the pack does not carry the area
   */
  public <P> P section(PackSection<?, P> section) {
    P policy = sectionOrNull(section);
    if (policy == null) {
      throw new org.zhidu.core.finding.InputException(new org.zhidu.core.finding.Location(null, 0, 0, null),
          org.zhidu.core.finding.Message.of("pack.no_section", id, section.key()));
    }
    return policy;
  }

  /**
   * The policy of an area's section, or {@code null} when the pack does not carry the area.
   *
   * @param <P> the policy's type
   * @param section the area's section, from the {@link Registry}
   * @return the policy, or {@code null}
   */
  public <P> P sectionOrNull(PackSection<?, P> section) {
    return section.policyType().cast(sections.policy(section));
  }

  /**
   * Who approves a leave and what else the leave clause asks (L1–L3).
   *
   * @return the leave policy
   * @throws org.zhidu.core.finding.InputException if the pack has no leave section
   */
  public org.zhidu.core.leave.LeavePolicy leave() {
    return section(Registry.LEAVE_SECTION);
  }

  /**
   * Who approves which spending and what a meeting decides (E1–E3).
   *
   * @return the spending policy
   * @throws org.zhidu.core.finding.InputException if the pack has no spending section
   */
  public org.zhidu.core.spending.SpendingPolicy spending() {
    return section(Registry.SPENDING_SECTION);
  }

  /**
   * Drafting and sign-off: a meeting's papers (D3, D4), the deadlines of a leader's drafts (D5).
   *
   * @return the sign-off policy
   * @throws org.zhidu.core.finding.InputException if the pack has no sign-off section
   */
  public org.zhidu.core.signoff.SignoffPolicy signoff() {
    return section(Registry.SIGNOFF_SECTION);
  }

  /**
   * Members' studios (W1–W3).
   *
   * @return the studio policy
   * @throws org.zhidu.core.finding.InputException if the pack has no studios section
   */
  public org.zhidu.core.studio.StudioPolicy studios() {
    return section(Registry.STUDIOS_SECTION);
  }

  /**
   * The recurring obligations (P1–P6, M5); {@link org.zhidu.core.obligation.ObligationPolicy#NONE} when none.
   *
   * @return the obligations policy, never {@code null}
   */
  public org.zhidu.core.obligation.ObligationPolicy obligations() {
    org.zhidu.core.obligation.ObligationPolicy policy = sectionOrNull(Registry.OBLIGATIONS_SECTION);
    return policy == null ? org.zhidu.core.obligation.ObligationPolicy.NONE : policy;
  }

  /**
   * The rules of classified material (S1–S7); {@link org.zhidu.core.secrecy.SecrecyPolicy#NONE} when none.
   *
   * @return the secrecy policy, never {@code null}
   */
  public org.zhidu.core.secrecy.SecrecyPolicy secrecy() {
    org.zhidu.core.secrecy.SecrecyPolicy policy = sectionOrNull(Registry.SECRECY_SECTION);
    return policy == null ? org.zhidu.core.secrecy.SecrecyPolicy.NONE : policy;
  }

  /**
   * Who is drawn to sudden work (U1).
   *
   * @return the surge policy
   * @throws org.zhidu.core.finding.InputException if the pack has no surge section
   */
  public org.zhidu.core.surge.SurgePolicy surge() {
    return section(Registry.SURGE_SECTION);
  }

  /**
   * The rules of a meeting's votes (M1–M4).
   *
   * @return the vote policy
   * @throws org.zhidu.core.finding.InputException if the pack has no votes section
   */
  public org.zhidu.core.vote.VotePolicy votes() {
    return section(Registry.VOTES_SECTION);
  }

  /**
   * The posts the pack's approval chains name, leave and spending alike, each once: what an office file's reportsTo
   * may name. A section the pack does not have adds none.
   *
   * @return the posts in the order first named, leave's before spending's; empty when the pack has neither section
   */
  public java.util.Set<String> approvalPosts() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    org.zhidu.core.leave.LeavePolicy leave = sectionOrNull(Registry.LEAVE_SECTION);
    if (leave != null) {
      out.addAll(leave.chainRoles());
    }
    org.zhidu.core.spending.SpendingPolicy spending = sectionOrNull(Registry.SPENDING_SECTION);
    if (spending != null) {
      out.addAll(spending.chainRoles());
    }
    return out;
  }

  /**
   * The lists of N1–N5.
   *
   * @return the 文种 and 类别 the naming rules read names with
   * @throws org.zhidu.core.finding.InputException if the pack has no naming section
   */
  public NamingPolicy naming() {
    return section(Registry.NAMING_SECTION);
  }

  /**
   * The numbers of the duty rota (R3–R7).
   *
   * @return the rota policy
   * @throws org.zhidu.core.finding.InputException if the pack has no rota section
   */
  public RotaPolicy rota() {
    return section(Registry.ROTA_SECTION);
  }

  /**
   * The items and numbers of the inspection scores (I1–I6).
   *
   * @return the scoring policy
   * @throws org.zhidu.core.finding.InputException if the pack has no scoring section
   */
  public ScoringPolicy scoring() {
    return section(Registry.SCORING_SECTION);
  }

  /**
   * The schemas of the registers (G1–G13).
   *
   * @return the schemas, in the pack's order
   * @throws org.zhidu.core.finding.InputException if the pack has no registers section
   */
  public List<Schema> registers() {
    return section(Registry.REGISTERS_SECTION).schemas();
  }

  /**
   * A rule the pack describes.
   *
   * @param ruleId the catalogue id, such as {@code N1}
   * @return the rule with its origin, or empty when the pack does not describe it
   */
  public Optional<Rule> rule(String ruleId) {
    return Optional.ofNullable(rules.get(ruleId));
  }

  /**
   * The values in force that a rule uses.
   *
   * @param ruleId the catalogue id, such as {@code I5}
   * @return the settings whose rules include it, in the order resolved; empty when none
   */
  public List<Setting> settingsFor(String ruleId) {
    List<Setting> out = new ArrayList<>();
    for (Setting s : settings()) {
      if (s.rules().contains(ruleId)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The thresholds, each with its bound (X-BOUND).
   *
   * @return the settings that carry a bound, in the order resolved
   */
  public List<Setting> thresholds() {
    return settings().stream().filter(Setting::isThreshold).toList();
  }
}
