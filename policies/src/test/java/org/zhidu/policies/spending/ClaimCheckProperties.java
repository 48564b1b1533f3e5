package org.zhidu.policies.spending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhidu.core.approval.Routing;
import org.zhidu.core.finding.Finding;
import org.zhidu.core.rule.Alternatives;
import org.zhidu.core.spending.ClaimChecker;
import org.zhidu.core.spending.ClaimPolicy;
import org.zhidu.core.spending.Collective;
import org.zhidu.core.spending.SpendProblem;
import org.zhidu.core.spending.SpendRouter;
import org.zhidu.core.spending.SpendingPolicy;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.PackLoader;

/**
 * Laws of claims check over every built-in pack: a claim built from the route's own answer (its approvers, meeting,
 * papers, signers, asset number, dates) checks clean; the same claim with an approver left out, or two approvers
 * swapped, does not.
 */
class ClaimCheckProperties {

  private static final List<String> KINDS = List.of("公务接待", "车辆维修", "小宗物资采购", "资料印制", "加班用餐", "会议费",
      "培训费", "加班补助", "预借现金", "重大财务支出", "物资采购", "设备购置", "专用设备购置", "固定资产购置", "办公用品购置", "大修");

  record Ask(String pack, String kind, Boolean budgeted) {}

  @Provide
  Arbitrary<Ask> asks() {
    List<Ask> all = new ArrayList<>();
    for (String id : BuiltInPacks.ids()) {
      if (PackLoader.builtIn(id).sectionOrNull(org.zhidu.policies.Registry.SPENDING_SECTION) == null) {
        continue;
      }
      for (String kind : KINDS) {
        for (Boolean b : new Boolean[] {true, false}) {
          all.add(new Ask(id, kind, b));
        }
      }
    }
    return Arbitraries.of(all);
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.longs().between(1, 20_000_000L).map(fen -> BigDecimal.valueOf(fen, 2))
        .edgeCases(e -> e.add(new BigDecimal("500.00"), new BigDecimal("3000.00"), new BigDecimal("10000.00"),
            new BigDecimal("30000.00"), new BigDecimal("50000.00"), new BigDecimal("100000.00")));
  }

  /** The claim the route's answer makes: everything the pack asks, in the posts' own words. */
  static ClaimCheckTest.Ask fromRoute(SpendingPolicy policy, Ask ask, BigDecimal amount) {
    SpendRouter.SpendRoute route = SpendRouter.route(policy, ask.kind(), amount, ask.budgeted());
    Assume.that(route.routing() instanceof Routing.Route);
    Routing.Route r = (Routing.Route) route.routing();
    ClaimCheckTest.Ask a = new ClaimCheckTest.Ask("经办人甲", ask.kind(), amount.toPlainString(),
        r.chain().toArray(String[]::new));
    a.budgeted = ask.budgeted();
    a.reported = String.join("、", r.notices().stream().map(n -> n.to()).toList());
    Collective deciding = route.decidingEntry();
    a.decision = deciding == null ? "" : deciding.decidedBy();
    ClaimPolicy claims = policy.claims();
    ClaimPolicy.Papers papers = claims.papersOf(ask.kind());
    a.attachments = papers == null ? List.of()
        : papers.papers().stream().map(p -> Alternatives.of(p).get(0)).toList();
    a.signers = policy.claimChain().stream()
        .map(step -> step.equals("经办人") || step.equals("经手人") ? "经办人甲" : Alternatives.of(step).get(0))
        .toList();
    a.assetNumber = "ZC-1";
    a.persons = amount.divide(BigDecimal.valueOf(25), 0, RoundingMode.CEILING).intValueExact();
    a.claimed = a.date.plusMonths(1).withDayOfMonth(3);
    a.invoices = List.of("INV-1");
    return a;
  }

  static List<SpendProblem> errors(List<Finding> findings) {
    return ClaimCheckTest.problems(findings).stream()
        .filter(p -> p.spec().severity() != org.zhidu.core.finding.Severity.INFO).toList();
  }

  @Property(tries = 400)
  void aClaimBuiltFromTheRouteChecksClean(@ForAll("asks") Ask ask, @ForAll("amounts") BigDecimal amount) {
    Assume.that(amount.compareTo(BigDecimal.valueOf(250_000)) <= 0);
    SpendingPolicy policy = PackLoader.builtIn(ask.pack()).spending();
    ClaimCheckTest.Ask a = fromRoute(policy, ask, amount);
    assertEquals(List.of(), errors(ClaimCheckTest.check(ask.pack(), null, a)), a.kind + " " + amount);
  }

  @Property(tries = 400)
  void anApproverLeftOutOrSwappedIsAnError(@ForAll("asks") Ask ask, @ForAll("amounts") BigDecimal amount,
      @ForAll boolean swap) {
    SpendingPolicy policy = PackLoader.builtIn(ask.pack()).spending();
    ClaimCheckTest.Ask a = fromRoute(policy, ask, amount);
    List<String> approvers = new ArrayList<>(a.approvers);
    if (swap) {
      Assume.that(approvers.size() >= 2 && !approvers.get(0).equals(approvers.get(1)));
      approvers.set(0, a.approvers.get(1));
      approvers.set(1, a.approvers.get(0));
    } else {
      approvers.remove(approvers.size() - 1);
    }
    a.approvers = approvers;
    List<SpendProblem> found = errors(ClaimCheckTest.check(ask.pack(), null, a));
    assertTrue(found.contains(SpendProblem.WRONG_APPROVERS) || found.contains(SpendProblem.NOT_APPROVED),
        found + " for " + approvers);
  }

  @Property(tries = 200)
  void theClaimsOfOneCheckerAreTheClaimsOfTwoParts(@ForAll("asks") Ask ask, @ForAll("amounts") BigDecimal amount,
      @ForAll("amounts") BigDecimal other) {
    SpendingPolicy policy = PackLoader.builtIn(ask.pack()).spending();
    ClaimCheckTest.Ask a = fromRoute(policy, ask, amount);
    ClaimCheckTest.Ask b = fromRoute(policy, ask, other);
    b.line = 3;
    b.approvers = List.of();
    LocalDate asOf = ClaimCheckTest.AS_OF;
    ClaimChecker whole = new ClaimChecker(null, policy, asOf);
    ClaimChecker part = whole.part();
    whole.accept(a.claim());
    part.accept(b.claim());
    whole.absorb(part);
    assertEquals(ClaimCheckTest.check(ask.pack(), null, a, b), whole.finish().findings());
  }

  /** The lists a register's clerks write in 审批人, 报账签字 and 附件: right ones, wrong ones, blank, other posts. */
  private static final List<List<String>> LISTS = List.of(List.of("王建国"), List.of("高峰"), List.of("王建国", "高峰"),
      List.of("高峰", "王建国"), List.of("吴敏", "王建国", "高峰"), List.of("梁勇", "王建国", "高峰"), List.of("办公室主任"),
      List.of(), List.of("发票", "接待审批单", "来文公函", "菜单"), List.of("发票"), List.of("发票", "维修明细单"));

  @Provide
  Arbitrary<List<int[]>> picks() {
    // a claim's clerk, kind, amount, approvers, signers, papers and day, each picked on its own
    return Arbitraries.integers().between(0, 10).array(int[].class).ofSize(7).list().ofMinSize(1).ofMaxSize(60);
  }

  /**
   * A checker remembers, per claimant, what a list it has met before stood for, and per kind what a list of papers
   * lacked, and the route of each kind between two of the pack's bounds: a register whose rows share their lists
   * (as the reader hands them over, one list per repeated cell) is found exactly as the same rows each with lists of
   * their own, claimant by claimant, whatever the amounts, kinds and days (梁勇's 小车班 has no head: his 加班用餐 is
   * approved by a post no name settles, counted on every row).
   */
  @Property(tries = 300)
  void rememberedAnswersChangeNothing(@ForAll("picks") List<int[]> picks) {
    List<String> clerks = List.of("吴敏", "梁勇", "不在册");
    List<String> kinds = List.of("公务接待", "车辆维修", "小宗物资采购", "资料印制", "会议费", "加班用餐");
    List<BigDecimal> amounts = List.of(new BigDecimal("1"), new BigDecimal("500"), new BigDecimal("500.01"),
        new BigDecimal("1999.99"), new BigDecimal("2000"), new BigDecimal("3000"), new BigDecimal("2999.99"),
        new BigDecimal("10000"), new BigDecimal("12345.6"));
    List<ClaimCheckTest.Ask> shared = new ArrayList<>();
    List<ClaimCheckTest.Ask> own = new ArrayList<>();
    int line = 2;
    for (int[] p : picks) {
      ClaimCheckTest.Ask a = new ClaimCheckTest.Ask(clerks.get(p[0] % 3), kinds.get(p[1] % 6),
          amounts.get(p[2] % 9).toPlainString());
      a.approvers = LISTS.get(p[3]);
      a.signers = LISTS.get(p[4]);
      a.attachments = LISTS.get(p[5]);
      // the day before the postings begin, that day, and a later one
      a.date = List.of(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 1), a.date).get(p[6] % 3);
      a.reported = "";
      a.invoices = List.of();
      a.line = line++;
      shared.add(a);
      ClaimCheckTest.Ask b = new ClaimCheckTest.Ask(a.handler, a.kind, a.amount.toPlainString());
      b.approvers = new ArrayList<>(a.approvers);
      b.signers = new ArrayList<>(a.signers);
      b.attachments = new ArrayList<>(a.attachments);
      b.date = a.date;
      b.reported = "";
      b.invoices = List.of();
      b.line = a.line;
      own.add(b);
    }
    assertEquals(ClaimCheckTest.check("anju-gov-office", ClaimCheckTest.ANJU, own.toArray(ClaimCheckTest.Ask[]::new)),
        ClaimCheckTest.check("anju-gov-office", ClaimCheckTest.ANJU, shared.toArray(ClaimCheckTest.Ask[]::new)));
  }
}
