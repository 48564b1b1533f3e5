package org.zhidu.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.core.office.Office;
import org.zhidu.core.rota.RotaPlan;
import org.zhidu.core.rota.RotaPlanner;
import org.zhidu.core.rota.RotaPolicy;
import org.zhidu.core.rota.RotaRequest;
import org.zhidu.policies.calendar.HolidayData;

/** Planning a whole year's rota (2026, with its holidays) in process: goal under one second for 200 clerks. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(3)
public class RotaPlanBenchmark {

  @Param({"30", "200"})
  int clerks;

  private Office office;
  private WorkCalendar calendar;

  @Setup
  public void setUp() {
    office = RotaOffices.office(clerks, 2026);
    calendar = HolidayData.calendar(null, null);
  }

  @Benchmark
  public RotaPlan wholeYear() {
    RotaPlan plan = RotaPlanner.plan(RotaRequest.of(office, calendar, RotaPolicy.ANJU, LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31)));
    if (!plan.meetsHardRules()) {
      throw new IllegalStateException(plan.findings().toString());
    }
    return plan;
  }
}
