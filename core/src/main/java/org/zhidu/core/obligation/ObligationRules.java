package org.zhidu.core.obligation;

import java.util.List;
import org.zhidu.core.rule.RuleId;

/** The rules of the office's rhythms. */
public final class ObligationRules {

  /** 吴江 三: the party branch's study and meetings. */
  public static final RuleId P1 = RuleId.of("P1");
  /** 吴江: inspections, briefings, outings, publications. */
  public static final RuleId P2 = RuleId.of("P2");
  /** 达州: the joint meeting, the forums, the year-end report to members' employers. */
  public static final RuleId P3 = RuleId.of("P3");
  /** 安居: the publications' rhythms. */
  public static final RuleId P4 = RuleId.of("P4");
  /** 安居: the 线(组) meeting, study, exams, rotation, research deadlines. */
  public static final RuleId P5 = RuleId.of("P5");
  /** Secrecy and research: the leading group, self-checks, inspections, a research activity a month. */
  public static final RuleId P6 = RuleId.of("P6");

  /** 吴江's meetings: the plenary yearly with 10 days' notice, the standing committee quarterly, the chairs monthly. */
  public static final RuleId M5 = RuleId.of("M5");

  /**
   * The 督查 register: one item per matter, each with who does it, who answers for it and by when; a reminder before
   * the deadline, and what is past it reported.
   */
  public static final RuleId G14 = RuleId.of("G14");

  /** The rules of the office's rhythms in catalogue order: G14, M5, P1 to P6. */
  public static final List<RuleId> ALL = List.of(G14, M5, P1, P2, P3, P4, P5, P6);

  private ObligationRules() {}
}
