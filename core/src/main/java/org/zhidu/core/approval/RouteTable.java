package org.zhidu.core.approval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhidu.core.finding.InvalidValue;

/**
 * A pack's route table: its rows in the pack's order.
 *
 * @param pack the pack it comes from, for the gap's message ("no rule in wujiang-cppcc for …")
 * @param rows the rows; a row naming the kind of a request is taken before a row for every kind
 */
public record RouteTable(String pack, List<RouteRow> rows) {

  /**
   * Refuses a table without its pack or with two rows of one id; keeps an unmodifiable copy of the rows.
   *
   * @param pack the pack it comes from, for the gap's message ("no rule in wujiang-cppcc for …")
   * @param rows the rows; a row naming the kind of a request is taken before a row for every kind
   * @throws NullPointerException if {@code pack} or {@code rows} is {@code null}
   * @throws org.zhidu.core.finding.InvalidValue if two rows share an id
   */
  public RouteTable {
    Objects.requireNonNull(pack, "pack");
    rows = List.copyOf(rows);
    List<String> ids = new ArrayList<>();
    for (RouteRow row : rows) {
      if (ids.contains(row.id())) {
        throw new InvalidValue("pack.route_twice", row.id());
      }
      ids.add(row.id());
    }
  }

  /**
   * The roles the rows name, each once, in order.
   *
   * @return the roles in the order the rows first name them; empty when no row names one
   */
  public List<String> roles() {
    List<String> out = new ArrayList<>();
    for (RouteRow row : rows) {
      for (String role : row.roles()) {
        if (!out.contains(role)) {
          out.add(role);
        }
      }
    }
    return out;
  }
}
