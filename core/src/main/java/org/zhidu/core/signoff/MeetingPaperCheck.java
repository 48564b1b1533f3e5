package org.zhidu.core.signoff;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.rule.Alternatives;
import org.zhidu.core.rule.RuleId;

/**
 * A meeting's plan or minutes against the pack (D3, D4): every element the clause lists is written; a plan is signed
 * off by the day before the meeting ("原则上": later is a warning); the minutes of a large or important meeting carry
 * the sign-in sheet.
 */
public final class MeetingPaperCheck {

  private MeetingPaperCheck() {}

  /**
   * The findings of a plan or minutes: elements missing, a plan not signed off in time, minutes without the sign-in
   * sheet.
   *
   * @param paper the plan or minutes as written
   * @param policy what the pack's papers hold
   * @return the findings; empty when the paper keeps to D3 or D4
   */
  public static List<Finding> check(MeetingPaper paper, PaperPolicy policy) {
    List<Finding> out = new ArrayList<>();
    boolean plan = paper.kind() == MeetingPaper.Kind.PLAN;
    RuleId rule = plan ? SignoffRules.D3 : SignoffRules.D4;
    List<String> elements = plan ? policy.planElements() : policy.minutesElements();
    String clause = plan ? policy.planClause() : policy.minutesClause();
    for (String element : elements) {
      if (Alternatives.of(element).stream().noneMatch(paper.filled()::contains)) {
        out.add(SignoffProblem.MISSING_ELEMENT.at(rule, paper.at(""), paper.kind().label(), element, clause));
      }
    }
    if (plan) {
      signed(paper, policy, out);
    } else if (!paper.signInSheet() && (paper.important()
        || paper.people() != null && policy.large().reachesAtLeast(paper.people()))) {
      out.add(SignoffProblem.NO_SIGN_IN.at(paper.at(""), paper.important() ? "重要专题会议"
          : paper.people() + " 人", Integer.toString(policy.large().value()), policy.largeClause()));
    }
    return out;
  }

  /** Signed off no later than the day {@code signedAhead} days before the meeting. */
  private static void signed(MeetingPaper paper, PaperPolicy policy, List<Finding> out) {
    if (paper.time() == null) {
      return; // the missing time is said above
    }
    if (paper.signed() == null) {
      out.add(SignoffProblem.NOT_SIGNED.at(paper.at(""), policy.signedClause()));
      return;
    }
    long ahead = ChronoUnit.DAYS.between(paper.signed().toLocalDate(), paper.time().toLocalDate());
    if (!policy.signedAhead().reachesAtLeast(ahead)) {
      out.add(SignoffProblem.SIGNED_LATE.at(paper.at("审签时间"), paper.signed().toLocalDate().toString(),
          paper.time().toLocalDate().toString(), policy.signedClause()));
    }
  }
}
