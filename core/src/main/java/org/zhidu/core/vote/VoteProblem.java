package org.zhidu.core.vote;

import static org.zhidu.core.finding.Severity.ERROR;
import static org.zhidu.core.finding.Severity.INFO;
import static org.zhidu.core.finding.Severity.WARNING;

import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/** Every problem a meeting's votes can show, each under its rule. */
public enum VoteProblem implements Problem {
  /** M1: fewer members present than the quorum; the meeting cannot meet. */
  NO_QUORUM(VoteRules.M1, ERROR, "vote.no_quorum"),
  /** M1: a cadre appointment with fewer members present than the cadre quorum (two thirds); it cannot be decided. */
  NO_CADRE_QUORUM(VoteRules.M1, ERROR, "vote.no_cadre_quorum"),
  /** M1 (warning): a member whose post is not one of the members' posts. */
  NOT_A_MEMBER_POST(VoteRules.M1, WARNING, "vote.not_member_post"),
  /** M2: a member present who stated no opinion on an item. */
  NO_OPINION(VoteRules.M2, ERROR, "vote.no_opinion"),
  /** M2: a cadre item that names several people; they are voted one at a time. */
  SEVERAL_PERSONS(VoteRules.M2, ERROR, "vote.several_persons"),
  /** M2: a cadre or discipline item that names nobody. */
  NO_PERSON(VoteRules.M2, ERROR, "vote.no_person"),
  /** M2 (warning): a written opinion from a member who was present; it is no vote. */
  WRITTEN_BY_PRESENT(VoteRules.M2, WARNING, "vote.written_by_present"),
  /** M3: the director did not speak after every other member (末位表态). */
  NOT_LAST(VoteRules.M3, ERROR, "vote.not_last"),
  /** M3: a member stated an opinion on an item about themselves or their kin; the vote is not counted. */
  NOT_RECUSED(VoteRules.M3, ERROR, "vote.not_recused"),
  /** M4: members told later than the pack's notice days ahead, for items not urgent. */
  LATE_NOTICE(VoteRules.M4, ERROR, "vote.late_notice"),
  /** M4 (warning): the file does not say when the members were told. */
  NO_NOTICE(VoteRules.M4, WARNING, "vote.no_notice"),
  /** M4 (warning): an item of large disagreement, not urgent: its decision is deferred. */
  DIVIDED(VoteRules.M4, WARNING, "vote.divided"),
  /** M4 (note): an item of large disagreement that is urgent, so not deferred. */
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
