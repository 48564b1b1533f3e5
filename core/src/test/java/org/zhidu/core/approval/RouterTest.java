package org.zhidu.core.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhidu.core.finding.InvalidValue;
import org.zhidu.core.leave.LeaveRules;
import org.zhidu.core.rule.Bound;

/** The router over a small table in the manner of L2 (十三): bounds, kinds, gaps and their nearest rows. */
class RouterTest {

  private static final Limit HALF_INCLUSIVE = new Limit(new BigDecimal("0.5"), Bound.INCLUSIVE);
  private static final Limit ONE_INCLUSIVE = new Limit(BigDecimal.ONE, Bound.INCLUSIVE);
  private static final Limit ONE_EXCLUSIVE = new Limit(BigDecimal.ONE, Bound.EXCLUSIVE);

  private static final RouteRow STAFF_HALF = new RouteRow("科室工作人员-半天以下", List.of("科室工作人员"), List.of(),
      null, HALF_INCLUSIVE, List.of("科室负责人"), List.of(), LeaveRules.L2, "十三");
  private static final RouteRow STAFF_DAY = new RouteRow("科室工作人员-1天以上", List.of("科室工作人员"), List.of(),
      ONE_INCLUSIVE, null, List.of("科室负责人", "分管副主任", "主任"), List.of(new Notice("报备", "办公室")),
      LeaveRules.L2, "十三");
  private static final RouteRow STAFF_SHORT = new RouteRow("临时请假", List.of("科室工作人员"), List.of("临时请假"),
      null, null, List.of("分管科级干部"), List.of(), LeaveRules.L2, "四");

  private static final RouteTable TABLE = new RouteTable("test", List.of(STAFF_HALF, STAFF_DAY, STAFF_SHORT));

  private static Routing route(String role, String kind, String days) {
    return Router.route(TABLE, role, kind, new BigDecimal(days));
  }

  @Test
  void anInclusiveUpperBoundTakesTheValueItself() {
    assertEquals(STAFF_HALF, ((Routing.Route) route("科室工作人员", "事假", "0.5")).row());
    assertEquals(STAFF_HALF, ((Routing.Route) route("科室工作人员", "事假", "0")).row());
  }

  @Test
  void anInclusiveLowerBoundTakesTheValueItself() {
    Routing.Route route = (Routing.Route) route("科室工作人员", "事假", "1");
    assertEquals(List.of("科室负责人", "分管副主任", "主任"), route.chain());
    assertEquals(List.of(new Notice("报备", "办公室")), route.notices());
  }

  @Test
  void betweenTwoRowsIsAGapNamingBothNearestRows() {
    Routing.Gap gap = assertInstanceOf(Routing.Gap.class, route("科室工作人员", "事假", "0.75"));
    assertEquals("test", gap.pack());
    assertEquals(List.of(STAFF_HALF, STAFF_DAY), gap.nearest());
  }

  @Test
  void anExclusiveLowerBoundLeavesTheValueItselfOut() {
    RouteRow over = new RouteRow("超过1天", List.of("工作人员"), List.of(), ONE_EXCLUSIVE, null,
        List.of("分管科级干部", "办公室主任"), List.of(), LeaveRules.L1, "二");
    RouteTable table = new RouteTable("t", List.of(over));
    assertInstanceOf(Routing.Gap.class, Router.route(table, "工作人员", "事假", BigDecimal.ONE));
    assertInstanceOf(Routing.Route.class, Router.route(table, "工作人员", "事假", new BigDecimal("1.5")));
  }

  @Test
  void aRowNamingTheKindComesBeforeARowForEveryKind() {
    assertEquals(STAFF_SHORT, ((Routing.Route) route("科室工作人员", "临时请假", "0.5")).row());
  }

  @Test
  void aRoleTheTableDoesNotNameIsAGapWithNoNearestRow() {
    Routing.Gap gap = assertInstanceOf(Routing.Gap.class, route("主席", "事假", "1"));
    assertEquals(List.of(), gap.nearest());
  }

  @Test
  void negativeDaysAreRefused() {
    assertThrows(InvalidValue.class, () -> route("科室工作人员", "事假", "-0.5"));
  }

  @Test
  void aRowWhoseRangeIsEmptyIsRefused() {
    assertThrows(InvalidValue.class, () -> new RouteRow("空", List.of("x"), List.of(), ONE_EXCLUSIVE,
        ONE_INCLUSIVE, List.of("y"), List.of(), LeaveRules.L1, "二"));
    assertThrows(InvalidValue.class, () -> new RouteRow("空", List.of("x"), List.of(), ONE_INCLUSIVE,
        HALF_INCLUSIVE, List.of("y"), List.of(), LeaveRules.L1, "二"));
  }

  @Test
  void aRowTwiceIsRefused() {
    assertThrows(InvalidValue.class, () -> new RouteTable("t", List.of(STAFF_HALF, STAFF_HALF)));
  }
}
