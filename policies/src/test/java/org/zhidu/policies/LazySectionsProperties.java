package org.zhidu.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A built-in pack binds each section when it is first asked for: whatever the order the sections are asked in, and
 * from however many threads, a pack gives the same policies and the same values in force as one bound whole.
 */
class LazySectionsProperties {

  @Property(tries = 60)
  void theOrderSectionsAreAskedInChangesNoAnswer(
      @ForAll("packs") String id, @ForAll("orders") List<PackSection<?, ?>> order) {
    Pack whole = PackLoader.readBuiltIn(id);
    List<Setting> settings = whole.settings(); // binds every section, in the registry's order
    Pack lazy = PackLoader.readBuiltIn(id);
    for (PackSection<?, ?> section : order) {
      assertEquals(whole.sectionOrNull(section), lazy.sectionOrNull(section), id + " " + section.key());
    }
    assertEquals(settings, lazy.settings(), "the values in force keep the registry's order");
    assertEquals(whole.thresholds(), lazy.thresholds());
  }

  @Test
  void eightThreadsAskingAtOnceShareOneBindingOfEachSection() throws Exception {
    for (String id : BuiltInPacks.ids()) {
      Pack pack = PackLoader.readBuiltIn(id);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Object>>> answers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          int shift = t;
          answers.add(pool.submit(() -> {
            start.await();
            List<PackSection<?, ?>> sections = Registry.sections();
            Object[] seen = new Object[sections.size()];
            for (int i = 0; i < sections.size(); i++) {
              int at = (i + shift) % sections.size(); // each thread starts at another section
              seen[at] = pack.sectionOrNull(sections.get(at));
            }
            return java.util.Arrays.asList(seen);
          }));
        }
        start.countDown();
        List<Object> first = answers.get(0).get();
        for (Future<List<Object>> answer : answers) {
          List<Object> seen = answer.get();
          for (int i = 0; i < seen.size(); i++) {
            assertSame(first.get(i), seen.get(i), id + " " + Registry.sections().get(i).key());
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Provide
  Arbitrary<String> packs() {
    return Arbitraries.of(BuiltInPacks.ids());
  }

  @Provide
  Arbitrary<List<PackSection<?, ?>>> orders() {
    return Arbitraries.of(Registry.sections()).list().ofMinSize(1).ofMaxSize(30);
  }
}
