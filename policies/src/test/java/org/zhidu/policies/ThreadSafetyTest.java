package org.zhidu.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhidu.core.approval.Router;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.naming.NameChecker;
import org.zhidu.core.naming.NameReport;
import org.zhidu.core.office.Office;
import org.zhidu.core.register.RegisterReport;
import org.zhidu.core.rota.RotaPlan;
import org.zhidu.core.rota.RotaPlanner;
import org.zhidu.core.rota.RotaRequest;
import org.zhidu.core.scoring.Period;
import org.zhidu.core.scoring.ScoreReport;
import org.zhidu.core.scoring.Scorer;
import org.zhidu.core.spending.SpendRouter;
import org.zhidu.policies.calendar.HolidayData;
import org.zhidu.policies.office.OfficeLoader;
import org.zhidu.policies.register.Registers;
import org.zhidu.policies.scoring.EventsRegister;

/**
 * What the README promises a Java caller: a pack, a calendar and an office are immutable and shared, and the checks
 * (names, rota planning, scores, registers, routes) give on eight threads at once exactly what they give on one.
 * Each thread repeats the work, all starting together, against the same shared objects.
 */
class ThreadSafetyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 3;

  private static ExecutorService pool;

  @BeforeAll
  static void startThreads() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stopThreads() throws InterruptedException {
    pool.shutdownNow();
    assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
  }


  /** Runs the work on eight threads that start together, each {@link #ROUNDS} times; every answer is returned. */
  private static <T> List<T> onEightThreads(Callable<T> work) throws Exception {
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<List<T>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(pool.submit(() -> {
        start.await(30, TimeUnit.SECONDS);
        List<T> answers = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
          answers.add(work.call());
        }
        return answers;
      }));
    }
    List<T> all = new ArrayList<>();
    for (Future<List<T>> f : futures) {
      all.addAll(f.get(5, TimeUnit.MINUTES));
    }
    assertEquals(THREADS * ROUNDS, all.size());
    return all;
  }

  private static <T> void sameAsOneThread(T alone, List<T> together) {
    for (T answer : together) {
      assertEquals(alone, answer);
    }
  }

  @Test
  void eightThreadsLoadingTheSameBuiltInPackGetTheOnePack() throws Exception {
    List<Pack> packs = onEightThreads(() -> PackLoader.builtIn(BuiltInPacks.WUJIANG_CPPCC));
    for (Pack p : packs) {
      assertSame(packs.get(0), p);
    }
  }

  @Test
  void namesCheckedOnEightThreadsAreCheckedAsOnOne() throws Exception {
    Pack pack = PackLoader.builtIn(BuiltInPacks.DEFAULT);
    NameChecker checker = new NameChecker(pack.naming());
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(Examples.of("examples/anju/archive"))) {
      files.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // many names, each a little different, so that the threads are at different places of the parser at once
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      for (String n : names) {
        many.add(i % 2 == 0 ? n : n.replace("2015", Integer.toString(2000 + i)));
      }
    }
    List<NameReport> alone = many.stream().map(checker::check).toList();
    assertTrue(alone.stream().anyMatch(r -> !r.valid()) && alone.stream().anyMatch(NameReport::valid));
    sameAsOneThread(alone, onEightThreads(() -> many.stream().map(checker::check).toList()));
  }

  @Test
  void aRotaPlannedOnEightThreadsIsTheRotaPlannedOnOne() throws Exception {
    Pack pack = PackLoader.builtIn(BuiltInPacks.DEFAULT);
    WorkCalendar calendar = HolidayData.builtInCalendar();
    Office office = OfficeLoader.load(Examples.of("examples/anju/office.yaml"));
    YearMonth month = YearMonth.of(2026, 10);
    RotaRequest request = RotaRequest.of(office, calendar, pack.rota(), month.atDay(1), month.atEndOfMonth());
    RotaPlan alone = RotaPlanner.plan(request);
    assertEquals(31, alone.days().size());
    sameAsOneThread(alone, onEightThreads(() -> RotaPlanner.plan(request)));
  }

  @Test
  void scoresOnEightThreadsAreTheScoresOnOne() throws Exception {
    Pack pack = PackLoader.builtIn(BuiltInPacks.DEFAULT);
    WorkCalendar calendar = HolidayData.builtInCalendar();
    Office office = OfficeLoader.load(Examples.of("examples/anju/office.yaml"));
    EventsRegister.Read events = EventsRegister.read(Examples.of("examples/anju/events-2026.csv"));
    Period quarter = Period.parse("2026Q3");
    ScoreReport alone = Scorer.score(office, pack.scoring(), events.events(), quarter, calendar);
    assertTrue(alone.people().size() > 10);
    sameAsOneThread(alone, onEightThreads(
        () -> Scorer.score(office, pack.scoring(), events.events(), quarter, calendar)));
    // the year too, whose commendations (I6) are worked out across the quarters
    Period year = Period.parse("2026");
    ScoreReport yearAlone = Scorer.score(office, pack.scoring(), events.events(), year, calendar);
    sameAsOneThread(yearAlone, onEightThreads(
        () -> Scorer.score(office, pack.scoring(), events.events(), year, calendar)));
  }

  @Test
  void registersAndRoutesOnEightThreadsAreAsOnOne() throws Exception {
    Pack pack = PackLoader.builtIn(BuiltInPacks.DEFAULT);
    String text = Files.readString(Examples.of("examples/registers/broken/G5-请假加班值班登记.csv"));
    var g5 = Registers.schema(pack, "G5").orElseThrow();
    LocalDate asOf = LocalDate.of(2026, 11, 23);
    RegisterReport alone = Registers.check("G5.csv", text, g5, asOf);
    assertTrue(!alone.findings().isEmpty());
    sameAsOneThread(alone, onEightThreads(() -> Registers.check("G5.csv", text, g5, asOf)));

    var leave = Router.route(pack.leave().routes(), "工作人员", "事假", new BigDecimal("1.5"));
    sameAsOneThread(leave, onEightThreads(
        () -> Router.route(pack.leave().routes(), "工作人员", "事假", new BigDecimal("1.5"))));
    assertTrue(leave instanceof org.zhidu.core.approval.Routing.Route);
    String kind = "公务接待";
    var claim = SpendRouter.route(pack.spending(), kind, new BigDecimal("800"), Boolean.TRUE);
    sameAsOneThread(claim, onEightThreads(
        () -> SpendRouter.route(pack.spending(), kind, new BigDecimal("800"), Boolean.TRUE)));
  }
}
