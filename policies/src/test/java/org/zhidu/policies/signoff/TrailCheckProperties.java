package org.zhidu.policies.signoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.zhidu.core.finding.Location;
import org.zhidu.core.signoff.SignoffPolicy;
import org.zhidu.core.signoff.SignoffProblem;
import org.zhidu.core.signoff.TrailChain;
import org.zhidu.core.signoff.TrailChecker;
import org.zhidu.core.signoff.TrailRow;
import org.zhidu.core.signoff.TrailStep;
import org.zhidu.policies.PackLoader;

/**
 * A trail made from the pack's own chain checks clean; the same trail with one step left out, or one step signed
 * before the step before it, shows exactly that; a register checked in parts gives what it gives checked whole.
 */
class TrailCheckProperties {

  private static final SignoffPolicy ANJU = PackLoader.builtIn("anju-gov-office").signoff();

  @Provide
  Arbitrary<String> types() {
    return Arbitraries.of("政府发文", "政府办发文", "政府发文、规范性文件", "报市政府", "区长综合类专题会议方案", "区长其他专题会议方案",
        "副区长专题会议方案", "区长专题会议纪要", "副区长专题会议纪要");
  }

  /** Who signs a step in {@link TrailCheckTest#ANJU}, for 张伟 as the handling clerk. */
  private static String signer(TrailStep s) {
    if (s.posts().isEmpty()) {
      return s.kind() == TrailStep.Kind.PROOF ? "孙浩" : "某单位";
    }
    return switch (s.posts().get(0)) {
      case "文秘人员" -> "张伟";
      case "联系科级干部" -> "赵志刚";
      case "分管文秘科级干部" -> "李红梅";
      case "发文审核科级干部" -> "王建国";
      case "办公室主任" -> "高峰";
      case "分管县级领导" -> "施瑞昶";
      case "研究室主任" -> "陈晓燕";
      default -> throw new IllegalStateException(s.posts().toString());
    };
  }

  private static String opinion(TrailStep s) {
    return switch (s.kind()) {
      case DRAFT -> "";
      case PROOF -> "已校核。此稿付印存档。";
      case HANDLER, REVIEW -> "拟同意";
      case PLAIN -> "同意";
    };
  }

  /** Every step of the type's chain, an hour apart, each by its own signer with its own words. */
  static List<TrailCheckTest.Sig> fromChain(String type) {
    TrailChain chain = ANJU.trails().chainOf(type);
    List<TrailCheckTest.Sig> sigs = new ArrayList<>();
    int hour = 8;
    for (TrailStep s : chain.steps()) {
      hour++;
      sigs.add(new TrailCheckTest.Sig(s.name(), signer(s), opinion(s), String.format("2026-03-02 %02d:00", hour)));
    }
    return sigs;
  }

  @Property(tries = 200)
  void aTrailMadeFromItsChainIsClean(@ForAll("types") String type) {
    assertEquals(List.of(), TrailCheckTest.anju(type, fromChain(type)));
  }

  @Property(tries = 300)
  void aStepLeftOutIsSkippedOrStillToCome(@ForAll("types") String type, @ForAll @IntRange(max = 20) int which) {
    TrailChain chain = ANJU.trails().chainOf(type);
    List<TrailCheckTest.Sig> sigs = fromChain(type);
    int k = which % sigs.size();
    TrailStep left = chain.steps().get(k);
    sigs.remove(k);
    int[] ranks = chain.ranks();
    boolean later = false;
    for (int i = 0; i < chain.steps().size(); i++) {
      later |= i != k && ranks[i] > ranks[k];
    }
    List<SignoffProblem> expected = left.optional() ? List.of()
        : List.of(later ? SignoffProblem.SKIPPED : SignoffProblem.INCOMPLETE);
    assertEquals(expected, TrailCheckTest.anju(type, sigs), () -> "without " + left.name());
  }

  @Property(tries = 300)
  void aStepSignedBeforeTheStepBeforeItIsBackdated(@ForAll("types") String type,
      @ForAll @IntRange(max = 20) int which) {
    TrailChain chain = ANJU.trails().chainOf(type);
    List<TrailCheckTest.Sig> sigs = fromChain(type);
    int[] ranks = chain.ranks();
    int k = 1 + which % (sigs.size() - 1);
    if (ranks[k] == ranks[k - 1]) {
      return; // signed side by side: neither is before the other
    }
    TrailCheckTest.Sig s = sigs.get(k);
    sigs.set(k, new TrailCheckTest.Sig(s.step(), s.name(), s.opinion(), "2026-03-02 08:30"));
    assertEquals(List.of(SignoffProblem.BACKDATED), TrailCheckTest.anju(type, sigs), () -> s.step());
  }

  @Property(tries = 300)
  void twoStepsSwappedInTimeAreOneBackdating(@ForAll("types") String type, @ForAll @IntRange(max = 20) int which) {
    TrailChain chain = ANJU.trails().chainOf(type);
    List<TrailCheckTest.Sig> sigs = fromChain(type);
    int[] ranks = chain.ranks();
    int k = which % (sigs.size() - 1);
    if (ranks[k] == ranks[k + 1]) {
      return; // signed side by side: their order is free
    }
    TrailCheckTest.Sig a = sigs.get(k);
    TrailCheckTest.Sig b = sigs.get(k + 1);
    sigs.set(k, new TrailCheckTest.Sig(a.step(), a.name(), a.opinion(), b.time()));
    sigs.set(k + 1, new TrailCheckTest.Sig(b.step(), b.name(), b.opinion(), a.time()));
    assertEquals(List.of(SignoffProblem.BACKDATED), TrailCheckTest.anju(type, sigs), () -> a.step() + " ⇄ " + b.step());
  }

  @Property(tries = 100)
  void aRegisterCheckedInPartsOnTwoThreadsGivesWhatOneGives(@ForAll @IntRange(min = 1, max = 200) int documents,
      @ForAll @IntRange(min = 1, max = 50) int cutEvery, @ForAll long seed) throws Exception {
    java.util.Random random = new java.util.Random(seed);
    List<String> types = List.of("政府发文", "政府办发文", "报市政府", "区长专题会议纪要");
    List<TrailRow> rows = new ArrayList<>();
    int line = 2;
    for (int d = 0; d < documents; d++) {
      String type = types.get(random.nextInt(types.size()));
      List<TrailCheckTest.Sig> sigs = fromChain(type);
      if (random.nextInt(4) == 0) {
        sigs.remove(random.nextInt(sigs.size()));
      }
      for (TrailCheckTest.Sig s : sigs) {
        int at = line++;
        // now and then a row of another type than its document's first: said, and left out, by either reading
        String rowType = random.nextInt(40) == 0 ? types.get(random.nextInt(types.size())) : type;
        rows.add(new TrailRow("文件" + d, rowType, s.step(), s.name(), s.opinion(),
            s.time().isEmpty() ? TrailRow.BLANK : TrailCheckTest.time(s.time()) + (random.nextInt(9) == 0 ? -200 : 0),
            TrailRow.Mark.NONE, -1, field -> new Location("t.csv", at, 1, field)));
      }
    }
    TrailChecker whole = new TrailChecker("t.csv", TrailCheckTest.ANJU, ANJU.trails(), ANJU.drafting(),
        TrailCheckTest.CALENDAR);
    rows.forEach(whole::accept);
    TrailChecker first = new TrailChecker("t.csv", TrailCheckTest.ANJU, ANJU.trails(), ANJU.drafting(),
        TrailCheckTest.CALENDAR);
    List<TrailChecker> parts = new ArrayList<>();
    TrailChecker current = first;
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0 && i % cutEvery == 0) {
        current = first.part();
        parts.add(current);
      }
      current.accept(rows.get(i));
    }
    parts.forEach(first::absorb);
    ExecutorService helper = Executors.newSingleThreadExecutor();
    try {
      TrailChecker.Report alone = whole.finish();
      TrailChecker.Report shared = first.finish(helper);
      assertEquals(alone.findings(), shared.findings());
      assertEquals(alone.documents(), shared.documents());
    } finally {
      helper.shutdown();
    }
  }
}
