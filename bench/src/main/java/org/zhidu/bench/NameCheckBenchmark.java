package org.zhidu.bench;

import java.util.List;
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
import org.zhidu.core.naming.NameChecker;
import org.zhidu.policies.BuiltInPacks;
import org.zhidu.policies.PackLoader;

/** In-process name check throughput on one thread: the whole corpus per invocation, names per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class NameCheckBenchmark {

  static final int CORPUS = 10_000;

  private NameChecker checker;
  private List<String> corpus;
  private List<String> validOnly;
  private List<String> brokenOnly;

  @Setup
  public void setUp() {
    checker = new NameChecker(PackLoader.builtIn(BuiltInPacks.ANJU_GOV_OFFICE).naming());
    corpus = NameCorpus.names(CORPUS, 20261123L);
    validOnly = corpus.stream().filter(n -> checker.check(n).findings().isEmpty()).toList();
    brokenOnly = corpus.stream().filter(n -> !checker.check(n).valid()).toList();
  }

  @Benchmark
  @OperationsPerInvocation(CORPUS)
  public void mixedArchive(Blackhole sink) {
    for (String name : corpus) {
      sink.consume(checker.check(name));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CORPUS)
  public void validNames(Blackhole sink) {
    cycle(validOnly, sink);
  }

  @Benchmark
  @OperationsPerInvocation(CORPUS)
  public void invalidNames(Blackhole sink) {
    cycle(brokenOnly, sink);
  }

  /** As many checks as mixedArchive, cycling over one part of the corpus. */
  private void cycle(List<String> names, Blackhole sink) {
    int n = names.size();
    for (int i = 0; i < CORPUS; i++) {
      sink.consume(checker.check(names.get(i % n)));
    }
  }
}
