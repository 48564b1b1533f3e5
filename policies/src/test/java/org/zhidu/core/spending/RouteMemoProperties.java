package org.zhidu.core.spending;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhidu.core.approval.Routing;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.PackLoader;
import org.zhidu.policies.Registry;

/**
 * The remembered routes are the routes: for every built-in pack with a spending clause, a memo asked in any order
 * gives what {@link SpendRouter#route} gives for each amount, at each of the pack's bounds, a cent either side and
 * anywhere between, whatever the kind and the budget.
 */
class RouteMemoProperties {

  private static final List<String> KINDS = List.of("公务接待", "车辆维修", "小宗物资采购", "资料印制", "加班用餐", "会议费",
      "重大财务支出", "设备购置", "大修", "差旅费");

  @Provide
  Arbitrary<String> packs() {
    return Arbitraries.of(BuiltInPacks.ids().stream()
        .filter(id -> PackLoader.builtIn(id).sectionOrNull(Registry.SPENDING_SECTION) != null).toList());
  }

  @Provide
  Arbitrary<List<BigDecimal>> amounts() {
    Arbitrary<BigDecimal> near = Arbitraries.of(0L, 500L, 2000L, 3000L, 10000L, 30000L, 50000L, 100000L)
        .flatMap(yuan -> Arbitraries.of(-1L, 0L, 1L).map(cent -> BigDecimal.valueOf(yuan * 100 + cent, 2)))
        .filter(a -> a.signum() >= 0);
    Arbitrary<BigDecimal> any = Arbitraries.longs().between(0, 30_000_000L).map(fen -> BigDecimal.valueOf(fen, 2));
    return Arbitraries.oneOf(near, any, near.map(a -> a.setScale(0, java.math.RoundingMode.DOWN))).list()
        .ofMinSize(1).ofMaxSize(40);
  }

  @Property(tries = 300)
  void aRememberedRouteIsTheRoute(@ForAll("packs") String pack, @ForAll("amounts") List<BigDecimal> amounts,
      @ForAll List<@net.jqwik.api.constraints.IntRange(max = 29) Integer> asks) {
    SpendingPolicy policy = PackLoader.builtIn(pack).spending();
    RouteMemo memo = new RouteMemo(policy);
    List<String> got = new ArrayList<>();
    List<String> want = new ArrayList<>();
    for (int i = 0; i < amounts.size(); i++) {
      int ask = asks.isEmpty() ? i : asks.get(i % asks.size());
      String kind = KINDS.get(ask % KINDS.size());
      Boolean budgeted = ask / KINDS.size() == 0 ? null : ask / KINDS.size() == 1;
      BigDecimal amount = amounts.get(i);
      got.add(shown(memo.route(kind, amount, budgeted)));
      want.add(shown(SpendRouter.route(policy, kind, amount, budgeted)));
    }
    assertEquals(want, got);
  }

  /** What a check reads of a route: the row (its chain, notices and clause) or the gap, the meetings, the readings. */
  private static String shown(SpendRouter.SpendRoute r) {
    String routing = r.routing() instanceof Routing.Route route ? route.row().toString()
        : "gap " + ((Routing.Gap) r.routing()).pack();
    return routing + " | " + r.collective() + " | " + r.ifUnbudgeted() + " | " + r.bothReadings();
  }
}
