package org.zhidu.core.spending;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.zhidu.core.approval.Limit;
import org.zhidu.core.approval.RouteRow;

/**
 * The routes of a pack's spending, each worked out once: what {@link SpendRouter#route} answers changes with the
 * amount only at the pack's bounds (a route row's 以上 or 以下, a collective decision's threshold, an amount the
 * clause reads two ways), so a kind's answer is the same for every amount between two bounds, and for each bound
 * itself. A register of a million amounts needs a few dozen routings. Used by one thread.
 */
final class RouteMemo {

  private final SpendingPolicy policy;
  /** Every bound of the pack, in order, each once. */
  private final BigDecimal[] bounds;
  /** Per kind: the answers by budget (unsaid, in, out) and by where the amount falls among the bounds. */
  private final Map<String, SpendRouter.SpendRoute[]> byKind = new HashMap<>();

  RouteMemo(SpendingPolicy policy) {
    this.policy = policy;
    TreeSet<BigDecimal> all = new TreeSet<>(); // compareTo: 3000 and 3000.00 are one bound
    for (RouteRow row : policy.routes().rows()) {
      add(all, row.from());
      add(all, row.to());
    }
    policy.collective().forEach(c -> add(all, c.from()));
    policy.bothReadings().forEach(b -> all.add(b.amount()));
    this.bounds = all.toArray(BigDecimal[]::new);
  }

  private static void add(TreeSet<BigDecimal> all, Limit limit) {
    if (limit != null) {
      all.add(limit.value());
    }
  }

  /** As {@link SpendRouter#route}. */
  SpendRouter.SpendRoute route(String kind, BigDecimal amount, Boolean budgeted) {
    if (amount.signum() < 0) {
      return SpendRouter.route(policy, kind, amount, budgeted); // refused there, never remembered
    }
    int found = Arrays.binarySearch(bounds, amount);
    // between bounds i-1 and i: 2i; on bound i: 2i + 1
    int place = found >= 0 ? 2 * found + 1 : 2 * (-found - 1);
    int places = 2 * bounds.length + 1;
    int slot = (budgeted == null ? 0 : budgeted ? 1 : 2) * places + place;
    SpendRouter.SpendRoute[] routes = byKind.get(kind);
    if (routes == null) {
      routes = new SpendRouter.SpendRoute[3 * places];
      byKind.put(kind, routes);
    }
    SpendRouter.SpendRoute route = routes[slot];
    if (route == null) {
      route = SpendRouter.route(policy, kind, amount, budgeted);
      routes[slot] = route;
    }
    return route;
  }
}
