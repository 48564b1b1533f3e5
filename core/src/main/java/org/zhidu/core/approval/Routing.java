package org.zhidu.core.approval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** What routing a request gives: the chain of a row, or the gap where the document is silent (X-GAP). */
public sealed interface Routing permits Routing.Route, Routing.Gap {

  /**
   * The request routed.
   *
   * @return the role, kind and quantity routed
   */
  Request request();

  /**
   * A request: who asks, for what and how much.
   *
   * @param role the requester's role
   * @param kind the kind of request (事假, 病假, …)
   * @param quantity how much (days)
   */
  record Request(String role, String kind, BigDecimal quantity) {
    /**
     * Refuses a request with a part missing.
     *
     * @param role the requester's role
     * @param kind the kind of request (事假, 病假, …)
     * @param quantity how much (days)
     * @throws NullPointerException if {@code role}, {@code kind} or {@code quantity} is {@code null}
     */
    public Request {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(quantity, "quantity");
    }
  }

  /**
   * The row that applies, and so its chain, notices and clause.
   *
   * @param request the request
   * @param row the row
   */
  record Route(Request request, RouteRow row) implements Routing {
    /**
     * The approvers in order, as the row gives them.
     *
     * @return the row's chain of roles, never empty
     */
    public List<String> chain() {
      return row.chain();
    }

    /**
     * Who is told or where the request is filed once approved.
     *
     * @return the row's notices; empty when it has none
     */
    public List<Notice> notices() {
      return row.notices();
    }
  }

  /**
   * No row applies: "no rule in &lt;pack&gt; for …" (X-GAP).
   *
   * @param request the request
   * @param pack the pack whose table is silent
   * @param nearest the rows of the same role nearest to the quantity, below and above it; empty for a role the table
   *     does not name
   */
  record Gap(Request request, String pack, List<RouteRow> nearest) implements Routing {
    /**
     * Keeps an unmodifiable copy of the nearest rows.
     *
     * @param request the request
     * @param pack the pack whose table is silent
     * @param nearest the rows of the same role nearest to the quantity, below and above it; empty for a role the table
     *     does not name
     * @throws NullPointerException if {@code nearest} is {@code null}
     */
    public Gap {
      nearest = List.copyOf(nearest);
    }
  }
}
