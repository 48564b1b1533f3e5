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
  UNKNOWN_DUTY_PERSON(RotaRules.R1, ERROR, "rota.unknown_person"),
  NOT_CLERK(RotaRules.R1, ERROR, "rota.not_clerk"),

  // R2: the leader on duty
  NO_COUNTY_LEADER(RotaRules.R2, ERROR, "rota.no_county_leader"),
  NO_CADRE(RotaRules.R2, ERROR, "rota.no_cadre"),
  NO_LEADER(RotaRules.R2, ERROR, "rota.no_leader"),
  UNKNOWN_LEADER(RotaRules.R2, ERROR, "rota.unknown_person"),
  WRONG_LEADER_ROLE(RotaRules.R2, ERROR, "rota.wrong_leader_role"),
  LEADER_CHANGED_IN_WEEK(RotaRules.R2, WARNING, "rota.leader_changed_in_week"),
  LEADER_WITHOUT_HOLIDAY(RotaRules.R2, WARNING, "rota.leader_without_holiday"),
  LEADER_WITHOUT_HOLIDAY_CLERKS_AWAY(RotaRules.R2, WARNING, "rota.leader_without_holiday_clerks"),
  LEADER_WITHOUT_HOLIDAY_TURN(RotaRules.R2, INFO, "rota.leader_without_holiday_turn"),

  // R3: ordinary days
  DUPLICATE_DAY(RotaRules.R3, ERROR, "rota.duplicate_day"),
  MISSING_DAY(RotaRules.R3, ERROR, "rota.missing_day"),
  WRONG_COUNT(RotaRules.R3, ERROR, "rota.wrong_count"),
  UNCOVERED(RotaRules.R3, ERROR, "rota.uncovered"),
  BACK_TO_BACK(RotaRules.R3, WARNING, "rota.back_to_back"),
  BACK_TO_BACK_EDITED(RotaRules.R3, WARNING, "rota.back_to_back_edited"),
  UNEVEN_TOTALS(RotaRules.R3, WARNING, "rota.uneven_totals"),
  UNEVEN_WEEKDAYS(RotaRules.R3, WARNING, "rota.uneven_weekdays"),
  SWAP_BACK_TO_BACK(RotaRules.R3, WARNING, "rota.swap_back_to_back"),
  SWAP_RUN(RotaRules.R3, WARNING, "rota.swap_run"),

  // R4: holidays
  WRONG_COUNT_HOLIDAY(RotaRules.R4, ERROR, "rota.wrong_count"),
  EXTRA_HOLIDAY_CLERK(RotaRules.R4, WARNING, "rota.extra_holiday_clerk"),
  UNCOVERED_HOLIDAY(RotaRules.R4, ERROR, "rota.uncovered"),
  NO_LINKED_CLERK(RotaRules.R4, ERROR, "rota.no_linked_clerk"),
  LINKED_CLERK_MISSING(RotaRules.R4, ERROR, "rota.linked_clerk_missing"),
  UNEVEN_HOLIDAYS(RotaRules.R4, WARNING, "rota.uneven_holidays"),
  SWAP_LINKED_CLERK_GONE(RotaRules.R4, ERROR, "rota.swap_linked_clerk_gone"),

  // R6: who notifies; the days the clause does not cover
  NOTIFIER_GAP(RotaRules.R6, INFO, "rota.notifier_gap"),
  NOTIFIER_OF_TWO(RotaRules.R6, INFO, "rota.notifier_of_two"),
  NOTIFIER_UNKNOWN(RotaRules.R6, WARNING, "rota.notifier_unknown"),
  WRONG_NOTIFIER(RotaRules.R6, WARNING, "rota.wrong_notifier"),
  NOTIFIER_BLANK(RotaRules.R6, WARNING, "rota.notifier_blank"),

  // R7: swaps
  SWAP_NO_DAY(RotaRules.R7, ERROR, "rota.swap_no_day"),
  SWAP_REPEATED(RotaRules.R7, WARNING, "rota.swap_repeated"),
  SWAP_NOT_ON_DUTY(RotaRules.R7, ERROR, "rota.swap_not_on_duty"),
  SWAP_ALREADY_ON_DUTY(RotaRules.R7, ERROR, "rota.swap_already_on_duty"),
  SWAP_UNKNOWN_REPLACEMENT(RotaRules.R7, ERROR, "rota.swap_unknown_replacement"),
  SWAP_NOT_CLERK(RotaRules.R1, ERROR, "rota.swap_not_clerk"),
  SWAP_APPROVED_AFTER_DUTY(RotaRules.R7, WARNING, "rota.swap_approved_after_duty"),
  SWAP_REPLACEMENT_AWAY(RotaRules.R7, ERROR, "rota.swap_replacement_away"),
  SWAP_WRONG_APPROVER(RotaRules.R7, WARNING, "rota.swap_wrong_approver"),
  SWAP_UNAPPROVED(RotaRules.R7, WARNING, "rota.swap_unapproved"),
  SWAP_LATE_APPROVAL(RotaRules.R7, WARNING, "rota.swap_late_approval"),
  SWAP_APPROVER_UNNAMED(RotaRules.R7, WARNING, "rota.swap_approver_unnamed"),
  SWAP_NOT_REPORTED(RotaRules.R7, WARNING, "rota.swap_not_reported"),

  // R8: nobody away
  NOT_IN_OFFICE(RotaRules.R8, ERROR, "rota.not_in_office"),
  AWAY(RotaRules.R8, ERROR, "rota.away"),

  // X-WORKDAY: the day's type as the calendar has it
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
