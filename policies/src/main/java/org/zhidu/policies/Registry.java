package org.zhidu.policies;

import org.zhidu.core.leave.LeaveProblem;
import org.zhidu.core.leave.LeaveRules;
import org.zhidu.core.spending.SpendProblem;
import org.zhidu.core.spending.SpendingRules;
import org.zhidu.core.signoff.SignoffProblem;
import org.zhidu.core.signoff.SignoffRules;
import org.zhidu.core.studio.StudioProblem;
import org.zhidu.core.studio.StudioRules;
import org.zhidu.core.obligation.ObligationProblem;
import org.zhidu.core.obligation.ObligationRules;
import org.zhidu.core.secrecy.SecrecyProblem;
import org.zhidu.core.secrecy.SecrecyRules;
import org.zhidu.core.surge.SurgeProblem;
import org.zhidu.core.surge.SurgeRules;
import org.zhidu.core.vote.VoteProblem;
import org.zhidu.core.vote.VoteRules;
import org.zhidu.policies.leave.LeaveSection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.naming.NameChecker;
import org.zhidu.core.naming.NameProblem;
import org.zhidu.core.naming.NamingRules;
import org.zhidu.core.register.RegisterProblem;
import org.zhidu.core.register.RegisterRules;
import org.zhidu.core.rota.RotaProblem;
import org.zhidu.core.rota.RotaRules;
import org.zhidu.core.rule.CrossCutting;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;
import org.zhidu.core.scoring.ScoreProblem;
import org.zhidu.core.scoring.ScoringRules;
import org.zhidu.policies.calendar.HolidayData;
import org.zhidu.policies.naming.NamingSection;
import org.zhidu.policies.register.RegistersSection;
import org.zhidu.policies.rota.RotaSection;
import org.zhidu.policies.scoring.ScoringSection;
import org.zhidu.policies.spending.SpendingSection;
import org.zhidu.policies.signoff.SignoffSection;
import org.zhidu.policies.studio.StudiosSection;
import org.zhidu.policies.obligation.ObligationsSection;
import org.zhidu.policies.secrecy.SecrecySection;
import org.zhidu.policies.surge.SurgeSection;
import org.zhidu.policies.vote.VotesSection;

/**
 * Every area of the catalogue zhidu encodes, listed explicitly (no classpath scanning): what {@code policies list}
 * and {@code policies explain} read, what the pack loader binds, and what the convention tests hold every rule to.
 * A new area is one entry here, with its section.
 */
public final class Registry {

  /** The naming section (N1–N5). */
  public static final NamingSection NAMING_SECTION = new NamingSection();
  /** The rota section (R1–R9). */
  public static final RotaSection ROTA_SECTION = new RotaSection();
  /** The scoring section (I1–I6). */
  public static final ScoringSection SCORING_SECTION = new ScoringSection();
  /** The registers section (G1–G13). */
  public static final RegistersSection REGISTERS_SECTION = new RegistersSection();
  /** The leave section (L1–L3). */
  public static final LeaveSection LEAVE_SECTION = new LeaveSection();
  /** The spending section (E1–E3). */
  public static final SpendingSection SPENDING_SECTION = new SpendingSection();
  /** The votes section (M1–M4). */
  public static final VotesSection VOTES_SECTION = new VotesSection();
  /** The sign-off section (D1–D7). */
  public static final SignoffSection SIGNOFF_SECTION = new SignoffSection();
  /** The surge section (U1). */
  public static final SurgeSection SURGE_SECTION = new SurgeSection();
  /** The studios section (W1–W3). */
  public static final StudiosSection STUDIOS_SECTION = new StudiosSection();
  /** The secrecy section (S1–S7). */
  public static final SecrecySection SECRECY_SECTION = new SecrecySection();
  /** The obligations section (P1–P6, M5, G14). */
  public static final ObligationsSection OBLIGATIONS_SECTION = new ObligationsSection();

  /** X-BOUND and X-GAP: they apply to every area, through its thresholds and its declared gaps. */
  public static final Area CROSS_CUTTING = new Area("cross-cutting",
      List.of(CrossCutting.X_BOUND, CrossCutting.X_GAP), List.of(), null, List.of("policies explain"), null);

  /** X-WORKDAY: the working calendar. */
  public static final Area CALENDAR = new Area("calendar", List.of(CrossCutting.X_WORKDAY), List.of(), null,
      List.of("calendar show", "calendar workdays", "calendar due", "calendar holidays"), Registry::workdayBreaks);

  /** N1–N5: electronic document names. */
  public static final Area NAMING = new Area("naming", NamingRules.ALL, problems(NameProblem.values()),
      NAMING_SECTION, List.of("names check", "names fix", "names undo", "names explain"), Registry::nameBreaks);

  /** R1–R9: the duty rota. */
  public static final Area ROTA = new Area("rota", RotaRules.ALL, problems(RotaProblem.values()), ROTA_SECTION,
      List.of("rota generate", "rota check", "rota stats"), null);

  /** I1–I6: the internal inspection scores. */
  public static final Area SCORING = new Area("scoring", ScoringRules.ALL, problems(ScoreProblem.values()),
      SCORING_SECTION, List.of("score"), null);

  /** G1–G13: the registers, and the family's shared clause G-HEADER. */
  public static final Area REGISTERS = new Area("registers", RegisterRules.ALL,
      problems(RegisterProblem.values()), REGISTERS_SECTION, List.of("registers check"), null);

  /** L1–L3: who approves a leave, and a leave register checked. */
  public static final Area LEAVE = new Area("leave", LeaveRules.ALL, problems(LeaveProblem.values()), LEAVE_SECTION,
      List.of("leave route", "leave check"), null);

  /** E1–E3: who approves which spending, and what a meeting decides. */
  public static final Area SPENDING = new Area("spending", SpendingRules.ALL, problems(SpendProblem.values()),
      SPENDING_SECTION, List.of("spend route", "claims check"), null);

  /** M1–M4: a meeting's quorum, votes, order of speaking, standing aside and notice. */
  public static final Area VOTES = new Area("votes", VoteRules.ALL, problems(VoteProblem.values()), VOTES_SECTION,
      List.of("vote tally"), null);

  /** D1–D7: sign-off trails, a meeting's plan and minutes, the deadlines of a leader's drafts. */
  public static final Area SIGNOFF = new Area("signoff", SignoffRules.ALL, problems(SignoffProblem.values()),
      SIGNOFF_SECTION, List.of("signoff check", "meeting check", "signoff due"), null);

  /** U1: who is drawn to sudden work. */
  public static final Area SURGE = new Area("surge", SurgeRules.ALL, problems(SurgeProblem.values()), SURGE_SECTION,
      List.of("surge draw"), null);

  /** W1–W3: members' studios. */
  public static final Area STUDIOS = new Area("studios", StudioRules.ALL, problems(StudioProblem.values()),
      STUDIOS_SECTION, List.of("studio check"), null);

  /** S1–S7: classified material. */
  public static final Area SECRECY = new Area("secrecy", SecrecyRules.ALL, problems(SecrecyProblem.values()),
      SECRECY_SECTION, List.of("secrecy check", "secrecy retention"), null);

  /** M5 and P1–P6: the office's year, planned and checked against what was done. */
  public static final Area OBLIGATIONS = new Area("obligations", ObligationRules.ALL,
      problems(ObligationProblem.values()), OBLIGATIONS_SECTION,
      List.of("obligations plan", "obligations check", "obligations explain"), null);

  /** In the catalogue's order. */
  public static final List<Area> AREAS =
      List.of(CROSS_CUTTING, CALENDAR, NAMING, ROTA, SCORING, LEAVE, SPENDING, VOTES, SIGNOFF, SECRECY, OBLIGATIONS, SURGE,
          STUDIOS, REGISTERS);

  private Registry() {}

  /**
   * The pack sections, in the order they are resolved.
   *
   * @return the sections of the areas that have one, in catalogue order
   */
  public static List<PackSection<?, ?>> sections() {
    List<PackSection<?, ?>> out = new ArrayList<>();
    for (Area area : AREAS) {
      if (area.section() != null) {
        out.add(area.section());
      }
    }
    return out;
  }

  /**
   * The area a rule belongs to.
   *
   * @param rule a rule's id
   * @return the area whose rules include it, or empty for a rule zhidu does not encode
   */
  public static Optional<Area> areaOf(RuleId rule) {
    for (Area area : AREAS) {
      if (area.rules().contains(rule)) {
        return Optional.of(area);
      }
    }
    return Optional.empty();
  }

  /**
   * Every registered rule, in catalogue order.
   *
   * @return every rule of every area, sorted as {@link RuleId#compareTo} sorts them
   */
  public static List<RuleId> rules() {
    List<RuleId> out = new ArrayList<>();
    AREAS.forEach(a -> out.addAll(a.rules()));
    out.sort(null);
    return out;
  }

  private static List<Problem> problems(Problem[] values) {
    return Arrays.asList(values);
  }

  /** A name breaks a rule when the checker reports a finding under it. */
  private static boolean nameBreaks(Pack pack, RuleId rule, String name) {
    return new NameChecker(pack.naming()).check(name).findings().stream().anyMatch(f -> f.rule().equals(rule));
  }

  private static final Pattern WORKDAY_EXAMPLE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) 之后第 (\\d+) 个工作日：(\\d{4}-\\d{2}-\\d{2}).*");

  /** "2026-09-30 之后第 3 个工作日：2026-10-10" breaks X-WORKDAY when the calendar gives another day. */
  private static boolean workdayBreaks(Pack pack, RuleId rule, String example) {
    Matcher m = WORKDAY_EXAMPLE.matcher(example);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a working-day example: " + example);
    }
    WorkCalendar calendar = HolidayData.calendar(null, null);
    LocalDate due = calendar.addWorkdays(LocalDate.parse(m.group(1)), Integer.parseInt(m.group(2)));
    return !due.equals(LocalDate.parse(m.group(3)));
  }
}
