package org.zhidu.core.vote;

import static org.zhidu.core.finding.Severity.ERROR;
import static org.zhidu.core.finding.Severity.INFO;
import static org.zhidu.core.finding.Severity.WARNING;

import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/** Every problem a meeting's votes can show, each under its rule. */
public enum VoteProblem implements Problem {
  NO_QUORUM(VoteRules.M1, ERROR, "vote.no_quorum"),
  NO_CADRE_QUORUM(VoteRules.M1, ERROR, "vote.no_cadre_quorum"),
  NOT_A_MEMBER_POST(VoteRules.M1, WARNING, "vote.not_member_post"),
  NO_OPINION(VoteRules.M2, ERROR, "vote.no_opinion"),
  SEVERAL_PERSONS(VoteRules.M2, ERROR, "vote.several_persons"),
  NO_PERSON(VoteRules.M2, ERROR, "vote.no_person"),
  WRITTEN_BY_PRESENT(VoteRules.M2, WARNING, "vote.written_by_present"),
  NOT_LAST(VoteRules.M3, ERROR, "vote.not_last"),
  NOT_RECUSED(VoteRules.M3, ERROR, "vote.not_recused"),
  LATE_NOTICE(VoteRules.M4, ERROR, "vote.late_notice"),
  NO_NOTICE(VoteRules.M4, WARNING, "vote.no_notice"),
  DIVIDED(VoteRules.M4, WARNING, "vote.divided"),
  DIVIDED_URGENT(VoteRules.M4, INFO, "vote.divided_urgent");

  private final Problem.Spec spec;

  VoteProblem(RuleId rule, Severity severity, String messageKey) {
    this.spec = new Problem.Spec(rule, severity, messageKey);
  }

  @Override
  public Problem.Spec spec() {
    return spec;
  }
}
