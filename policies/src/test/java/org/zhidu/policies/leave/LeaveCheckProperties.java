package org.zhidu.policies.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.zhidu.core.approval.Approvers;
import org.zhidu.core.approval.Router;
import org.zhidu.core.approval.Routing;
import org.zhidu.core.calendar.HalfDay;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.leave.LeaveChecker;
import org.zhidu.core.leave.LeaveMode;
import org.zhidu.core.leave.LeavePolicy;
import org.zhidu.core.leave.LeaveProblem;
import org.zhidu.core.leave.LeaveRequest;
import org.zhidu.core.office.Office;
import org.zhidu.core.office.Person;
import org.zhidu.core.office.Role;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.PackLoader;

/**
 * Laws of {@code leave check} over every built-in pack: a request built from the route's own answer is accepted; the
 * same request with an approver left out, or two approvers swapped, is not.
 */
class LeaveCheckProperties {

  /** A pack and one of the posts its route table names. */
  record Asker(String pack, String role) {}

  @Provide
  Arbitrary<Asker> askers() {
    List<Asker> all = new ArrayList<>();
    for (String id : BuiltInPacks.ids()) {
      if (PackLoader.builtIn(id).sectionOrNull(org.zhidu.policies.Registry.LEAVE_SECTION) == null) {
        continue; // a pack of a document without leave rules
      }
      for (String role : PackLoader.builtIn(id).leave().routes().roles()) {
        all.add(new Asker(id, role));
      }
    }
    return Arbitraries.of(all);
  }

  /**
   * An office of the requester and one distinct person for each approving post of every row, the requester naming
   * each of them under reportsTo, so every chain resolves to names.
   */
  static Office office(LeavePolicy policy, String role) {
    Map<String, String> reportsTo = new LinkedHashMap<>();
    List<Person> people = new ArrayList<>();
    int n = 0;
    for (var row : policy.routes().rows()) {
      for (String approver : row.chain()) {
        if (!reportsTo.containsKey(approver)) {
          String name = "审批" + n++;
          reportsTo.put(approver, name);
          people.add(new Person(name, Role.STAFF, List.of(), null, List.of(), approver, Map.of()));
        }
      }
    }
    people.add(new Person("请假人", Role.STAFF, List.of(), null, List.of(), role, reportsTo));
    return new Office("测试办", List.of(), people);
  }

  /** The request as the route answers it, or {@code null} where the pack is silent (a gap). */
  static LeaveRequest fromRoute(String pack, String role, LocalDate first, int halves) {
    LeavePolicy policy = PackLoader.builtIn(pack).leave();
    Office office = office(policy, role);
    HalfDay start = HalfDay.morning(first);
    long slot = first.toEpochDay() * 2;
    int counted = 0;
    long end = slot;
    for (long s = slot; counted < halves; s++) {
      if (LeaveCheckTest.CALENDAR.isWorkday(LocalDate.ofEpochDay(s / 2))) {
        counted++;
        end = s;
      }
    }
    HalfDay last = new HalfDay(LocalDate.ofEpochDay(end / 2), end % 2 == 1);
    BigDecimal days = BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2));
    Routing routing = Router.route(policy.routes(), role, "事假", days);
    if (!(routing instanceof Routing.Route route)) {
      return null;
    }
    Person asker = office.person("请假人").orElseThrow();
    List<String> names = Approvers.resolve(office, asker, route.chain(), policy.sectionHead(), first);
    return new LeaveRequest("请假人", "事假", start, last, first.minusDays(10).atTime(9, 0), names,
        first.minusDays(9).atTime(9, 0), LeaveMode.WRITTEN, null, "证明", "审批0", last.date().plusDays(30).atTime(8, 0),
        null, null);
  }

  static List<LeaveProblem> approverProblems(String pack, String role, LeaveRequest request) {
    LeavePolicy policy = PackLoader.builtIn(pack).leave();
    LeaveChecker checker = new LeaveChecker(office(policy, role), LeaveCheckTest.CALENDAR, policy,
        LocalDate.of(2026, 1, 1), null);
    checker.accept(request);
    List<LeaveProblem> out = new ArrayList<>();
    for (Finding f : checker.finish().findings()) {
      for (LeaveProblem p : List.of(LeaveProblem.WRONG_APPROVERS, LeaveProblem.UNNAMED_APPROVER)) {
        if (p.messageKey().equals(f.message().key())) {
          out.add(p);
        }
      }
    }
    return out;
  }

  private static LeaveRequest withApprovers(LeaveRequest r, List<String> approvers) {
    return new LeaveRequest(r.person(), r.kind(), r.start(), r.end(), r.applied(), approvers, r.approved(), r.mode(),
        r.completed(), r.certificate(), r.cover(), r.returned(), r.statedDays(), r.where());
  }

  @Property(tries = 300)
  void theRoutesOwnAnswerIsAccepted(@ForAll("askers") Asker asker, @ForAll @IntRange(min = 1, max = 40) int halves,
      @ForAll @IntRange(min = 0, max = 300) int day) {
    LeaveRequest request = fromRoute(asker.pack(), asker.role(), LocalDate.of(2025, 3, 2).plusDays(day), halves);
    if (request != null) {
      assertEquals(List.of(), approverProblems(asker.pack(), asker.role(), request));
    }
  }

  @Property(tries = 300)
  void anApproverLeftOutOrTwoSwappedIsRejected(@ForAll("askers") Asker asker,
      @ForAll @IntRange(min = 1, max = 40) int halves, @ForAll @IntRange(min = 0, max = 300) int day,
      @ForAll @IntRange(min = 0, max = 10) int which) {
    LeaveRequest request = fromRoute(asker.pack(), asker.role(), LocalDate.of(2025, 3, 2).plusDays(day), halves);
    if (request == null) {
      return;
    }
    List<String> approvers = request.approvers();
    List<String> fewer = new ArrayList<>(approvers);
    fewer.remove(which % approvers.size());
    if (!fewer.isEmpty()) {
      assertTrue(approverProblems(asker.pack(), asker.role(), withApprovers(request, fewer))
          .contains(LeaveProblem.WRONG_APPROVERS), "left out: " + fewer);
    }
    if (approvers.size() >= 2) {
      List<String> swapped = new ArrayList<>(approvers);
      int i = which % (approvers.size() - 1);
      swapped.set(i, approvers.get(i + 1));
      swapped.set(i + 1, approvers.get(i));
      assertFalse(swapped.equals(approvers));
      assertTrue(approverProblems(asker.pack(), asker.role(), withApprovers(request, swapped))
          .contains(LeaveProblem.WRONG_APPROVERS), "swapped: " + swapped);
    }
  }
}
