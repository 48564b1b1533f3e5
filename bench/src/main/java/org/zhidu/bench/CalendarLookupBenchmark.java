package org.zhidu.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.zhidu.core.calendar.WorkCalendar;
import org.zhidu.policies.calendar.HolidayData;

/** Day-type lookups in process, one thread: random days of 2001–2026, lookups per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CalendarLookupBenchmark {

  static final int DAYS = 4096;

  private WorkCalendar calendar;
  private LocalDate[] dates;
  private long[] epochDays;

  @Setup
  public void setUp() {
    calendar = WorkCalendar.of(HolidayData.builtIn());
    SplittableRandom random = new SplittableRandom(20261123L);
    long first = LocalDate.of(2001, 1, 1).toEpochDay();
    long last = LocalDate.of(2026, 12, 31).toEpochDay();
    dates = new LocalDate[DAYS];
    epochDays = new long[DAYS];
    for (int i = 0; i < DAYS; i++) {
      epochDays[i] = random.nextLong(first, last + 1);
      dates[i] = LocalDate.ofEpochDay(epochDays[i]);
    }
  }

  @Benchmark
  @OperationsPerInvocation(DAYS)
  public void dayTypeOfLocalDate(Blackhole sink) {
    for (LocalDate d : dates) {
      sink.consume(calendar.dayType(d));
    }
  }

  @Benchmark
  @OperationsPerInvocation(DAYS)
  public void dayTypeOfEpochDay(Blackhole sink) {
    for (long d : epochDays) {
      sink.consume(calendar.typeOf(d));
    }
  }
}
