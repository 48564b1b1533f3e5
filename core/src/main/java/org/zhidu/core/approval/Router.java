package org.zhidu.core.approval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhidu.core.finding.InvalidValue;

/**
 * Routes a request through a route table: pure, total, never inventing an answer the table does not give. Stateless:
 * any number of threads may route at once through one table.
 */
public final class Router {

  private Router() {}

  /**
   * The chain for a request: the first row naming its role and kind that covers the quantity, else the first row
   * for every kind that does; else the gap, with the nearest rows of the role.
   *
   * @param table the pack's route table
   * @param role the requester's role
   * @param kind the kind of request, such as 事假
   * @param quantity how much is asked for, in the table's unit; 0 or more
   * @return a {@link Routing.Route} with the row that applies, or a {@link Routing.Gap}
   * @throws InvalidValue when the quantity is negative
   */
  public static Routing route(RouteTable table, String role, String kind, BigDecimal quantity) {
    if (quantity.signum() < 0) {
      throw new InvalidValue("leave.negative_days", quantity.toPlainString());
    }
    Routing.Request request = new Routing.Request(role, kind, quantity);
    for (boolean named : new boolean[] {true, false}) {
      for (RouteRow row : table.rows()) {
        if (row.asks(role) && row.kinds().contains(kind) == named
            && (named || row.kinds().isEmpty()) && row.covers(quantity)) {
          return new Routing.Route(request, row);
        }
      }
    }
    return new Routing.Gap(request, table.pack(), nearest(table, role, kind, quantity));
  }

  /** The row of the role ending nearest below the quantity and the one starting nearest above it. */
  private static List<RouteRow> nearest(RouteTable table, String role, String kind, BigDecimal quantity) {
    RouteRow below = null;
    RouteRow above = null;
    for (RouteRow row : table.rows()) {
      if (!row.asks(role) || !row.takes(kind)) {
        continue;
      }
      if (row.to() != null && !row.to().keptBy(quantity)
          && (below == null || row.to().value().compareTo(below.to().value()) > 0)) {
        below = row;
      }
      if (row.from() != null && !row.from().reachedBy(quantity)
          && (above == null || row.from().value().compareTo(above.from().value()) < 0)) {
        above = row;
      }
    }
    List<RouteRow> out = new ArrayList<>();
    if (below != null) {
      out.add(below);
    }
    if (above != null && above != below) {
      out.add(above);
    }
    return out;
  }
}
