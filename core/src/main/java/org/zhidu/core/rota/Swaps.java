package org.zhidu.core.rota;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.finding.Location;
import org.zhidu.core.finding.Message;
import org.zhidu.core.finding.Severity;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;

/**
 * Applies a swap log to a rota (R7, 值班工作制度 七(二)(三)): the replacement serves; an approval by the cadre in
 * charge of duty moves responsibility to the replacement, anything else leaves it with the original.
 */
public final class Swaps {

  private Swaps() {}

  /** Who served and who is responsible, each day, and what is wrong with the log. */
  public record Result(List<ServedDay> days, List<Finding> findings) {
    public Result {
      days = List.copyOf(days);
      findings = List.copyOf(findings);
    }
  }

  /**
   * @param days the rota
   * @param swaps the log, in order
   * @param office the office, to check that replacements were available and the approver is the cadre in charge
   *     (the head of the duty section); {@code null} to skip those checks
   * @param policy the pack's numbers (which section is in charge of duty)
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
    String approver = office == null ? null
        : office.section(policy.dutySection()).map(s -> s.head()).orElse(null);
    List<Finding> findings = new ArrayList<>();
    for (Swap swap : swaps) {
      Integer i = index.get(swap.date());
      String date = swap.date().toString();
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
          findings.add(error(swap, "顶替人员", RotaProblem.SWAP_UNKNOWN_REPLACEMENT, date, swap.replacement()));
        } else if (!Availability.available(replacement, swap.date())) {
          String reason = Availability.absence(replacement, swap.date());
          findings.add(error(swap, "顶替人员", RotaProblem.SWAP_REPLACEMENT_AWAY, date, swap.replacement(),
              reason == null ? "—" : reason));
        }
      }
      served.get(i).set(at, swap.replacement());
      boolean approved = swap.approvedBy() != null;
      if (approved && approver != null && !approver.equals(swap.approvedBy())) {
        findings.add(RotaProblem.SWAP_WRONG_APPROVER.at(swap.where(), date, swap.approvedBy(), approver,
            swap.original()));
        approved = false;
      } else if (!approved) {
        findings.add(RotaProblem.SWAP_UNAPPROVED.at(swap.where(), date, swap.original(), swap.replacement()));
      }
      LocalDateTime start = swap.date().atTime(policy.handover());
      if (approved && swap.approvedAt() != null && swap.approvedAt().isAfter(start)) {
        findings.add(RotaProblem.SWAP_LATE_APPROVAL.at(swap.where(), date,
            swap.approvedAt().toString().replace('T', ' ')));
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
    return new Result(out, findings);
  }

  private static Finding error(Swap swap, String field, RotaProblem problem, String... args) {
    return problem.at(new Location(swap.where().file(), swap.where().line(), swap.where().column(), field), args);
  }
}
