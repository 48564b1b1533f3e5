package org.zhidu.core.spending;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.approval.Router;
import org.zhidu.core.approval.Routing;
import org.zhidu.core.finding.InvalidValue;

/**
 * Routes spending: who approves, which meetings decide it, and where the clause gives the amount two readings. Pure
 * and stateless: any number of threads may route at once with one policy.
 */
public final class SpendRouter {

  /** Spending is asked for by anyone: the route rows name no requester. */
  static final String ANYONE = "";

  private SpendRouter() {}

  /**
   * What the pack says of spending of a kind and an amount.
   *
   * @param policy the pack's spending clause
   * @param kind the spending's kind, such as 公务接待
   * @param amount the amount in yuan, 0 or more
   * @param budgeted whether it is in the year's budget; {@code null} when not said (a collective decision that depends
   *     on it is then not assumed either way, and says so)
   * @return the chain (or gap), the meetings that decide it, and the clause's two readings of the amount
   * @throws InvalidValue when the amount is negative
   */
  public static SpendRoute route(SpendingPolicy policy, String kind, BigDecimal amount, Boolean budgeted) {
    if (amount.signum() < 0) {
      throw new InvalidValue("spend.negative_amount", amount.toPlainString());
    }
    Routing routing = Router.route(policy.routes(), ANYONE, kind, amount);
    List<Collective> decided = new ArrayList<>();
    List<Collective> unknown = new ArrayList<>();
    for (Collective c : policy.collective()) {
      if (budgeted == null && c.budgeted() != null && c.applies(kind, amount, c.budgeted())) {
        unknown.add(c);
      } else if (c.applies(kind, amount, budgeted)) {
        decided.add(c);
      }
    }
    List<BothReadings> both = new ArrayList<>();
    for (BothReadings b : policy.bothReadings()) {
      if (b.amount().compareTo(amount) == 0) {
        both.add(b);
      }
    }
    return new SpendRoute(routing, decided, unknown, both);
  }

  /**
   * The answer.
   *
   * @param routing the chain of approvers, or the gap
   * @param collective the meetings that decide it
   * @param ifUnbudgeted the meetings that decide it if it is out of the budget, when that was not said
   * @param bothReadings the clause's two readings of this very amount
   */
  public record SpendRoute(Routing routing, List<Collective> collective, List<Collective> ifUnbudgeted,
      List<BothReadings> bothReadings) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @param routing the chain of approvers, or the gap
     * @param collective the meetings that decide it
     * @param ifUnbudgeted the meetings that decide it if it is out of the budget, when that was not said
     * @param bothReadings the clause's two readings of this very amount
     * @throws NullPointerException if a list is {@code null}
     */
    public SpendRoute {
      collective = List.copyOf(collective);
      ifUnbudgeted = List.copyOf(ifUnbudgeted);
      bothReadings = List.copyOf(bothReadings);
    }

    /**
     * Whether a meeting decides the spending, rather than the chain alone.
     *
     * @return {@code true} when {@code collective} is not empty
     */
    public boolean isCollective() {
      return !collective.isEmpty();
    }

    /**
     * The meeting that decides it, by the most specific entry that applies (the one with the highest threshold: a
     * 三重一大 item over the 室务会's general 10,000), or {@code null}.
     *
     * @return the entry, or {@code null} when no meeting decides it
     */
    public Collective decidingEntry() {
      Collective best = null;
      for (Collective c : collective) {
        if (best == null || c.from() != null && (best.from() == null
            || c.from().value().compareTo(best.from().value()) > 0)) {
          best = c;
        }
      }
      return best;
    }
  }
}
