package org.zhidu.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.zhidu.core.office.Office;
import org.zhidu.core.scoring.Period;
import org.zhidu.core.scoring.ScoreEvent;
import org.zhidu.core.scoring.ScoreReport;
import org.zhidu.core.scoring.Scorer;
import org.zhidu.core.scoring.ScoringPolicy;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.PackLoader;

/** Scoring a year of 100,000 events for 500 people in process: goal under half a second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(3)
public class ScoreBenchmark {

  private Office office;
  private List<ScoreEvent> events;
  private ScoringPolicy policy;

  @Setup
  public void setUp() {
    office = ScoreCorpus.office(500);
    events = ScoreCorpus.events(100_000, 500, 20261123L);
    policy = PackLoader.builtIn(BuiltInPacks.ANJU_GOV_OFFICE).scoring();
  }

  @Benchmark
  public ScoreReport year() {
    return Scorer.score(office, policy, events, new Period.Year(2026));
  }
}
