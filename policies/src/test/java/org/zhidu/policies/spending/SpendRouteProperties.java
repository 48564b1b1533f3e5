package org.zhidu.policies.spending;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhidu.core.approval.Routing;
import org.zhidu.core.spending.SpendRouter;
import org.zhidu.core.spending.SpendingPolicy;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.PackLoader;

/** Laws of spending routes over every built-in pack: total, and monotone in the amount. */
class SpendRouteProperties {

  private static final List<String> KINDS = List.of("公务接待", "车辆维修", "小宗物资采购", "资料印制", "加班用餐", "办公用品",
      "会议费", "预借现金", "重大财务支出", "物资采购", "固定资产购置", "大修", "培训费");

  record Ask(SpendingPolicy policy, String kind, Boolean budgeted) {}

  @Provide
  Arbitrary<Ask> asks() {
    List<Ask> all = new ArrayList<>();
    for (String id : BuiltInPacks.ids()) {
      SpendingPolicy policy = PackLoader.builtIn(id).sectionOrNull(org.zhidu.policies.Registry.SPENDING_SECTION);
      if (policy == null) {
        continue;
      }
      for (String kind : KINDS) {
        for (Boolean b : new Boolean[] {null, true, false}) {
          all.add(new Ask(policy, kind, b));
        }
      }
    }
    return Arbitraries.of(all);
  }

  @Provide
  Arbitrary<long[]> fenPairs() {
    return Arbitraries.longs().between(0, 20_000_000L).array(long[].class).ofSize(2).map(a -> {
      long lo = Math.min(a[0], a[1]);
      return new long[] {lo, Math.max(a[0], a[1])};
    });
  }

  /** More money never needs fewer approvers, and never drops a meeting a smaller amount needed. */
  @Property(tries = 500)
  void moreMoneyNeverNeedsLess(@ForAll("asks") Ask ask, @ForAll("fenPairs") long[] fens) {
    BigDecimal less = BigDecimal.valueOf(fens[0], 2);
    BigDecimal more = BigDecimal.valueOf(fens[1], 2);
    SpendRouter.SpendRoute a = SpendRouter.route(ask.policy(), ask.kind(), less, ask.budgeted());
    SpendRouter.SpendRoute b = SpendRouter.route(ask.policy(), ask.kind(), more, ask.budgeted());
    if (a.routing() instanceof Routing.Route ra && b.routing() instanceof Routing.Route rb) {
      assertTrue(rb.chain().size() >= ra.chain().size(), ra.chain() + " at " + less + ", " + rb.chain() + " at " + more);
    }
    assertTrue(b.collective().containsAll(a.collective()), a.collective() + " at " + less + ", " + b.collective());
  }
}
