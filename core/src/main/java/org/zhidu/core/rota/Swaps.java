package org.zhidu.core.rota;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Role;

/**
 * Applies a swap log to a rota (R7, 值班工作制度 三, 七(二)(三)): the replacement serves; an approval by the cadre in
 * charge of duty (值班工作分管科级干部, the office file's {@code dutyInCharge}) moves responsibility to the
 * replacement, anything else leaves it with the original. A replacement who is away is an error and the swap is not
 * applied: they did not serve, and are not credited. The rota as served is then checked again: a swap that takes
 * away the holiday leader's linked clerk (R4) or puts someone on duty two or three days running (R3) is reported.
 */
public final class Swaps {

  private Swaps() {}

  /**
   * Who served and who is responsible, each day, and what is wrong with the log.
   *
   * @param days each rota day with who served and who is responsible, in the rota's order
   * @param findings what is wrong with the log and with the rota as served
   */
  public record Result(List<ServedDay> days, List<Finding> findings) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @param days each rota day with who served and who is responsible, in the rota's order
     * @param findings what is wrong with the log and with the rota as served
     * @throws NullPointerException if {@code days} or {@code findings} is {@code null}
     */
    public Result {
      days = List.copyOf(days);
      findings = List.copyOf(findings);
    }
  }

  /**
   * Applies the log to the rota.
   *
   * @param days the rota
   * @param swaps the log, in order
   * @param office the office, to check that replacements were available and who approved; {@code null} to skip
   *     those checks
   * @param policy the pack's numbers (when the duty day begins)
   * @return each day as served, and the findings
   */
  public static Result apply(List<DutyDay> days, List<Swap> swaps, Office office, RotaPolicy policy) {
    Map<LocalDate, Integer> index = new HashMap<>();
    List<List<String>> served = new ArrayList<>();
    List<List<String>> responsible = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      index.put(days.get(i).date(), i);
      served.add(new ArrayList<>(days.get(i).duty()));
      responsible.add(new ArrayList<>(days.get(i).duty()));
    }
    String approver = office == null ? null : office.dutyInCharge();
    List<Finding> findings = new ArrayList<>();
    if (office != null && approver == null && !swaps.isEmpty()) {
      findings.add(RotaProblem.SWAP_APPROVER_UNNAMED.at(swaps.get(0).where()));
    }
    List<Swap> applied = new ArrayList<>();
    Map<String, Swap> seen = new HashMap<>();
    for (Swap swap : swaps) {
      Integer i = index.get(swap.date());
      String date = swap.date().toString();
      Swap same = seen.putIfAbsent(date + "\t" + swap.original() + "\t" + swap.replacement(), swap);
      if (same != null) {
        // the same swap written twice is one swap: the second line is said to repeat the first
        findings.add(RotaProblem.SWAP_REPEATED.at(swap.where(), date, Integer.toString(same.where().line())));
        continue;
      }
      if (i == null) {
        findings.add(error(swap, "日期", RotaProblem.SWAP_NO_DAY, date));
        continue;
      }
      int at = served.get(i).indexOf(swap.original());
      if (at < 0) {
        findings.add(error(swap, "原值班人员", RotaProblem.SWAP_NOT_ON_DUTY, date, swap.original()));
        continue;
      }
      if (served.get(i).contains(swap.replacement())) {
        findings.add(error(swap, "顶替人员", RotaProblem.SWAP_ALREADY_ON_DUTY, date, swap.replacement()));
        continue;
      }
      if (office != null) {
        Person replacement = office.person(swap.replacement()).orElse(null);
        if (replacement == null) {
          // nobody by that name can have served: the swap is not applied
          findings.add(error(swap, "顶替人员", RotaProblem.SWAP_UNKNOWN_REPLACEMENT, date, swap.replacement()));
          continue;
        }
        if (replacement.role() != Role.CLERK) {
          // duty is the clerks' (R1): a swap to anyone else is not applied, the original stays on duty
          findings.add(error(swap, "顶替人员", RotaProblem.SWAP_NOT_CLERK, date, swap.replacement(),
              replacement.role().label(), swap.original()));
          continue;
        }
        if (!Availability.available(replacement, swap.date())) {
          // Someone away cannot have served: the swap is not applied, the original stays on duty and responsible.
          String reason = Availability.absence(replacement, swap.date());
          findings.add(error(swap, "顶替人员", RotaProblem.SWAP_REPLACEMENT_AWAY, date, swap.replacement(),
              reason == null ? "—" : reason, swap.original()));
          continue;
        }
      }
      served.get(i).set(at, swap.replacement());
      applied.add(swap);
      boolean approved = swap.approvedBy() != null;
      if (approved && office != null && !approvedByTheRightCadre(office, approver, swap.approvedBy())) {
        findings.add(RotaProblem.SWAP_WRONG_APPROVER.at(swap.where(), date, swap.approvedBy(),
            approver == null ? "@rota.duty_in_charge_unnamed" : approver, swap.original()));
        approved = false;
      } else if (!approved) {
        findings.add(RotaProblem.SWAP_UNAPPROVED.at(swap.where(), date, swap.original(), swap.replacement()));
      }
      LocalDateTime start = swap.date().atTime(policy.handover());
      LocalDateTime end = start.plusDays(1);
      if (approved && swap.approvedAt() != null && !swap.approvedAt().isBefore(end)) {
        // approved once the duty day was over: no part of the day was served under the approval
        findings.add(RotaProblem.SWAP_APPROVED_AFTER_DUTY.at(swap.where(), date,
            swap.approvedAt().toString().replace('T', ' '), end.toString().replace('T', ' '), swap.original()));
        approved = false;
      } else if (approved && swap.approvedAt() != null && swap.approvedAt().isAfter(start)) {
        // The clause sets no deadline; the approval counts, from its time: before it the swap was not approved.
        findings.add(RotaProblem.SWAP_LATE_APPROVAL.at(swap.where(), date,
            swap.approvedAt().toString().replace('T', ' '), policy.handover().toString(), swap.original(),
            swap.replacement()));
      }
      if (!swap.unreported().isEmpty()) {
        findings.add(RotaProblem.SWAP_NOT_REPORTED.at(swap.where(), date, String.join("、", swap.unreported())));
      }
      if (approved) {
        int r = responsible.get(i).indexOf(swap.original());
        if (r >= 0) {
          responsible.get(i).set(r, swap.replacement());
        }
      }
    }
    List<ServedDay> out = new ArrayList<>(days.size());
    for (int i = 0; i < days.size(); i++) {
      out.add(new ServedDay(days.get(i), served.get(i), responsible.get(i)));
    }
    recheck(out, index, applied, office, findings);
    return new Result(out, findings);
  }

  /** Approved by the cadre in charge of duty; when the office file names nobody, by any section-level cadre. */
  private static boolean approvedByTheRightCadre(Office office, String approver, String approvedBy) {
    if (approver != null) {
      return approver.equals(approvedBy);
    }
    return office.person(approvedBy).map(p -> p.role() == Role.SECTION_CADRE).orElse(false);
  }

  /** The rota as served, checked again on the days each swap changed (R4 on holidays; runs of duty, R3). */
  private static void recheck(
      List<ServedDay> days, Map<LocalDate, Integer> index, List<Swap> applied, Office office,
      List<Finding> findings) {
    java.util.Set<String> runs = new java.util.HashSet<>();
    for (Swap swap : applied) {
      ServedDay day = days.get(index.get(swap.date()));
      String date = swap.date().toString();
      if (office != null && day.day().isHoliday() && day.day().leader() != null) {
        List<String> own = office.linkedClerks(day.day().leader()).stream().map(Person::name).toList();
        if (own.stream().anyMatch(day.day().duty()::contains) && own.stream().noneMatch(day.served()::contains)) {
          findings.add(RotaProblem.SWAP_LINKED_CLERK_GONE.at(swap.where(), date, day.day().leader(),
              String.join("、", own), swap.replacement()));
        }
      }
      if (!day.served().contains(swap.replacement())) {
        continue; // swapped out again by a later line
      }
      LocalDate first = swap.date();
      while (serves(days, index, first.minusDays(1), swap.replacement())) {
        first = first.minusDays(1);
      }
      LocalDate last = swap.date();
      while (serves(days, index, last.plusDays(1), swap.replacement())) {
        last = last.plusDays(1);
      }
      int run = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
      if (run >= 2 && !runs.add(swap.replacement() + " " + first + " " + last)) {
        continue; // the same run, made by several swaps: said once
      }
      if (run >= 3) {
        findings.add(RotaProblem.SWAP_RUN.at(swap.where(), date, swap.replacement(), Integer.toString(run),
            first.toString(), last.toString()));
      } else if (run == 2) {
        LocalDate other = first.equals(swap.date()) ? last : first;
        findings.add(RotaProblem.SWAP_BACK_TO_BACK.at(swap.where(), date, swap.replacement(), other.toString()));
      }
    }
  }

  private static boolean serves(List<ServedDay> days, Map<LocalDate, Integer> index, LocalDate date, String name) {
    Integer i = index.get(date);
    return i != null && days.get(i).served().contains(name);
  }

  private static Finding error(Swap swap, String field, RotaProblem problem, String... args) {
    return problem.at(new Location(swap.where().file(), swap.where().line(), swap.where().column(), field), args);
  }
}
