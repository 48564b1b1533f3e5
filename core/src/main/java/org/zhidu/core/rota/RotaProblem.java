package org.zhidu.core.rota;

import static org.zhidu.core.finding.Severity.ERROR;
import static org.zhidu.core.finding.Severity.INFO;
import static org.zhidu.core.finding.Severity.WARNING;

import java.time.LocalDate;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Severity;
import org.zhidu.core.rule.CrossCutting;
import org.zhidu.core.rule.Problem;
import org.zhidu.core.rule.RuleId;

/** Every problem the rota's planner, checker and swaps report, with its rule, severity and message. */
public enum RotaProblem implements Problem {
  // R1: clerks on duty
  /** R1: a duty person the office file does not hold. */
  UNKNOWN_DUTY_PERSON(RotaRules.R1, ERROR, "rota.unknown_person"),
  /** R1: a duty person who is not a clerk. */
  NOT_CLERK(RotaRules.R1, ERROR, "rota.not_clerk"),

  // R2: the leader on duty
  /** R2: no county-level leader can lead a holiday day; all are away. */
  NO_COUNTY_LEADER(RotaRules.R2, ERROR, "rota.no_county_leader"),
  /** R2: no section-level cadre can lead the week; all are away. */
  NO_CADRE(RotaRules.R2, ERROR, "rota.no_cadre"),
  /** R2: nobody leads the day. */
  NO_LEADER(RotaRules.R2, ERROR, "rota.no_leader"),
  /** R2: a leader the office file does not hold. */
  UNKNOWN_LEADER(RotaRules.R2, ERROR, "rota.unknown_person"),
  /** R2: a leader of the wrong role: a county-level leader on holidays, a section-level cadre on other days. */
  WRONG_LEADER_ROLE(RotaRules.R2, ERROR, "rota.wrong_leader_role"),
  /** R2 (warning): another cadre leads although the week's leader is available (one section-level cadre a week). */
  LEADER_CHANGED_IN_WEEK(RotaRules.R2, WARNING, "rota.leader_changed_in_week"),
  /** R2 (warning): a county-level leader leads none of the period's holiday days. */
  LEADER_WITHOUT_HOLIDAY(RotaRules.R2, WARNING, "rota.leader_without_holiday"),
  /** R2 (warning): a county-level leader leads no holiday day because their linked clerks are away. */
  LEADER_WITHOUT_HOLIDAY_CLERKS_AWAY(RotaRules.R2, WARNING, "rota.leader_without_holiday_clerks"),
  /**
   * R2 (note): a county-level leader leads no holiday day because the period has fewer holiday days than leaders; they
   * come first next time.
   */
  LEADER_WITHOUT_HOLIDAY_TURN(RotaRules.R2, INFO, "rota.leader_without_holiday_turn"),

  // R3: ordinary days
  /** R3: a date given more than once. */
  DUPLICATE_DAY(RotaRules.R3, ERROR, "rota.duplicate_day"),
  /** R3: a day of the period without a row. */
  MISSING_DAY(RotaRules.R3, ERROR, "rota.missing_day"),
  /** R3: a day with more or fewer clerks on duty than the pack's {@code clerksPerDay}. */
  WRONG_COUNT(RotaRules.R3, ERROR, "rota.wrong_count"),
  /** R3: a day short of clerks because none is available. */
  UNCOVERED(RotaRules.R3, ERROR, "rota.uncovered"),
  /** R3 (warning): a clerk on duty two days running, where no fair exchange avoids it. */
  BACK_TO_BACK(RotaRules.R3, WARNING, "rota.back_to_back"),
  /** R3 (warning): a clerk on duty two days running in a rota edited by hand. */
  BACK_TO_BACK_EDITED(RotaRules.R3, WARNING, "rota.back_to_back_edited"),
  /** R3 (warning): the clerks' duty days spread further apart than the same people and days allow. */
  UNEVEN_TOTALS(RotaRules.R3, WARNING, "rota.uneven_totals"),
  /**
   * R3 (warning): a clerk's ordinary days spread over the weekdays more unevenly than the same people and days allow.
   */
  UNEVEN_WEEKDAYS(RotaRules.R3, WARNING, "rota.uneven_weekdays"),
  /** R3 (warning): a swap puts a clerk on duty two days running. */
  SWAP_BACK_TO_BACK(RotaRules.R3, WARNING, "rota.swap_back_to_back"),
  /** R3 (warning): swaps put a clerk on duty three or more days running. */
  SWAP_RUN(RotaRules.R3, WARNING, "rota.swap_run"),

  // R4: holidays
  /** R4: a holiday day with fewer clerks than the pack's {@code clerksPerHoliday}. */
  WRONG_COUNT_HOLIDAY(RotaRules.R4, ERROR, "rota.wrong_count"),
  /** R4 (warning): a holiday day with more clerks than the principle's two; more is not an error. */
  EXTRA_HOLIDAY_CLERK(RotaRules.R4, WARNING, "rota.extra_holiday_clerk"),
  /** R4: a holiday day short of clerks because none is available. */
  UNCOVERED_HOLIDAY(RotaRules.R4, ERROR, "rota.uncovered"),
  /** R4: the leading county-level leader's linked clerk is away or missing, and no other leader can do better. */
  NO_LINKED_CLERK(RotaRules.R4, ERROR, "rota.no_linked_clerk"),
  /** R4: none of the leading county-level leader's linked clerks is on duty that holiday day. */
  LINKED_CLERK_MISSING(RotaRules.R4, ERROR, "rota.linked_clerk_missing"),
  /** R4 (warning): the clerks' holiday days spread further apart than the same people and days allow. */
  UNEVEN_HOLIDAYS(RotaRules.R4, WARNING, "rota.uneven_holidays"),
  /** R4: a swap takes away the leading county-level leader's linked clerk. */
  SWAP_LINKED_CLERK_GONE(RotaRules.R4, ERROR, "rota.swap_linked_clerk_gone"),

  // R6: who notifies; the days the clause does not cover
  /**
   * R6 (note): the days the clause does not cover (Tuesday to Saturday after a day off), notified by the previous day's
   * duty person (X-GAP).
   */
  NOTIFIER_GAP(RotaRules.R6, INFO, "rota.notifier_gap"),
  /** R6 (note): the previous day had two clerks; its leader's linked clerk, listed first, notifies. */
  NOTIFIER_OF_TWO(RotaRules.R6, INFO, "rota.notifier_of_two"),
  /**
   * R6 (warning): the previous day's duty person notifies, but that day is outside the rota and no earlier rota gives
   * it.
   */
  NOTIFIER_UNKNOWN(RotaRules.R6, WARNING, "rota.notifier_unknown"),
  /** R6 (warning): the 通知人 written is not the one R6 names. */
  WRONG_NOTIFIER(RotaRules.R6, WARNING, "rota.wrong_notifier"),
  /** R6 (warning): the 通知人 is blank. */
  NOTIFIER_BLANK(RotaRules.R6, WARNING, "rota.notifier_blank"),

  // R7: swaps
  /** R7: a swap on a day the rota does not have. */
  SWAP_NO_DAY(RotaRules.R7, ERROR, "rota.swap_no_day"),
  /** R7 (warning): the same swap written twice; counted once. */
  SWAP_REPEATED(RotaRules.R7, WARNING, "rota.swap_repeated"),
  /** R7: the person swapped out is not on duty that day. */
  SWAP_NOT_ON_DUTY(RotaRules.R7, ERROR, "rota.swap_not_on_duty"),
  /** R7: the replacement is already on duty that day. */
  SWAP_ALREADY_ON_DUTY(RotaRules.R7, ERROR, "rota.swap_already_on_duty"),
  /** R7: a replacement the office file does not hold; the swap is not accepted. */
  SWAP_UNKNOWN_REPLACEMENT(RotaRules.R7, ERROR, "rota.swap_unknown_replacement"),
  /** R1: a replacement who is not a clerk; the swap is not accepted. */
  SWAP_NOT_CLERK(RotaRules.R1, ERROR, "rota.swap_not_clerk"),
  /** R7 (warning): a swap approved after the duty ended; the whole day counts as unapproved. */
  SWAP_APPROVED_AFTER_DUTY(RotaRules.R7, WARNING, "rota.swap_approved_after_duty"),
  /** R7: a replacement who is away that day; the swap is not accepted or credited. */
  SWAP_REPLACEMENT_AWAY(RotaRules.R7, ERROR, "rota.swap_replacement_away"),
  /** R7 (warning): a swap approved by someone other than the cadre in charge of duty; treated as unapproved. */
  SWAP_WRONG_APPROVER(RotaRules.R7, WARNING, "rota.swap_wrong_approver"),
  /** R7 (warning): a swap not approved; the original stays responsible. */
  SWAP_UNAPPROVED(RotaRules.R7, WARNING, "rota.swap_unapproved"),
  /** R7 (warning): a swap approved after the handover; unapproved until the approval, approved from it. */
  SWAP_LATE_APPROVAL(RotaRules.R7, WARNING, "rota.swap_late_approval"),
  /** R7 (warning): the office file names no cadre in charge of duty, so any section-level cadre's approval is taken. */
  SWAP_APPROVER_UNNAMED(RotaRules.R7, WARNING, "rota.swap_approver_unnamed"),
  /** R7 (warning): a step after the approval (报告带班领导, 报综合股备案, 告知信息股) the log does not record as done. */
  SWAP_NOT_REPORTED(RotaRules.R7, WARNING, "rota.swap_not_reported"),

  // R8: nobody away
  /** R8: a person on duty before joining the office. */
  NOT_IN_OFFICE(RotaRules.R8, ERROR, "rota.not_in_office"),
  /** R8: a person on duty on a day they are away. */
  AWAY(RotaRules.R8, ERROR, "rota.away"),

  // X-WORKDAY: the day's type as the calendar has it
  /** X-WORKDAY (warning): a day's type differs from the working calendar's. */
  WRONG_TYPE(CrossCutting.X_WORKDAY, WARNING, "rota.wrong_type");

  private final Problem.Spec spec;

  RotaProblem(RuleId rule, Severity severity, String messageKey) {
    this.spec = new Problem.Spec(rule, severity, messageKey);
  }

  @Override
  public Problem.Spec spec() {
    return spec;
  }

  /** The problem on one day; its message names the day first. */
  Finding on(LocalDate date, Location where, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = date.toString();
    System.arraycopy(args, 0, all, 1, args.length);
    return at(where, all);
  }

  /** The problem on one day of a planned rota (no file to point at). */
  Finding on(LocalDate date, String... args) {
    return on(date, Location.NOWHERE, args);
  }
}
