package org.zhidu.policies.leave;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhidu.core.approval.RouteTable;
import org.zhidu.core.approval.Router;
import org.zhidu.core.approval.Routing;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.PackLoader;

/** Laws of leave routing over every built-in pack (L1–L3): total, and monotonic in days. */
class LeaveRouteProperties {

  private static final List<String> KINDS = List.of("事假", "病假", "临时请假");

  record Request(RouteTable table, String role, String kind) {}

  @Provide
  Arbitrary<Request> requests() {
    List<Request> all = new ArrayList<>();
    for (String id : BuiltInPacks.ids()) {
      if (PackLoader.builtIn(id).sectionOrNull(org.zhidu.policies.Registry.LEAVE_SECTION) == null) {
        continue; // a pack of a document without leave rules
      }
      RouteTable table = PackLoader.builtIn(id).leave().routes();
      for (String role : table.roles()) {
        for (String kind : KINDS) {
          all.add(new Request(table, role, kind));
        }
      }
    }
    return Arbitraries.of(all);
  }

  @Provide
  Arbitrary<int[]> halfDayPairs() {
    return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 60))
        .as((a, b) -> new int[] {Math.min(a, b), Math.max(a, b)});
  }

  private static BigDecimal halves(int n) {
    return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(2));
  }

  /** Every role of a table, every kind, every number of half days up to 30 days: a route or a gap, never a throw. */
  @Property(tries = 200)
  void routingIsTotal(@ForAll("requests") Request request) {
    for (int n = 0; n <= 60; n++) {
      Routing routing = Router.route(request.table(), request.role(), request.kind(), halves(n));
      assertTrue(routing instanceof Routing.Route || routing instanceof Routing.Gap);
    }
  }

  /** For the same role and kind, the chain for more days is never shorter than for fewer. */
  @Property(tries = 500)
  void moreDaysNeverShortenTheChain(
      @ForAll("requests") Request request, @ForAll("halfDayPairs") int[] pair) {
    Routing fewer = Router.route(request.table(), request.role(), request.kind(), halves(pair[0]));
    Routing more = Router.route(request.table(), request.role(), request.kind(), halves(pair[1]));
    if (fewer instanceof Routing.Route a && more instanceof Routing.Route b) {
      assertTrue(b.chain().size() >= a.chain().size(),
          request.role() + " " + halves(pair[0]) + " → " + a.chain() + ", " + halves(pair[1]) + " → " + b.chain());
    }
  }
}
