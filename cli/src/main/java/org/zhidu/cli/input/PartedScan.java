package org.zhidu.cli.input;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.zhidu.core.register.Schema;
import org.zhidu.core.register.Table;

/**
 * A large register read in chunks by this thread and a helper, each chunk into its own part of a checker, the parts
 * absorbed into the whole in file order as soon as each and those before it are read: how leave check and claims
 * check read a million rows. The absorbing runs on whichever thread finds the next part ready, while the other reads
 * on; a part is dropped once absorbed.
 */
public final class PartedScan {

  private PartedScan() {}

  /**
   * Scans the chunks; chunk 0 goes to {@code whole}, every other to a part of it.
   *
   * @param part makes a part of the whole checker
   * @param absorb takes a part into the whole
   * @param reader the consumer of one part's rows
   * @param helper runs the second reader, or {@code null} for this thread only
   * @param <C> the checker
   */
  public static <C> Table.Scan scan(String file, TextDecoding.Chunks chunks, Schema schema, C whole,
      UnaryOperator<C> part, BiConsumer<C, C> absorb, Function<C, Consumer<Table.Row>> reader, Executor helper) {
    int count = chunks.parts().size();
    AtomicReferenceArray<C> parts = new AtomicReferenceArray<>(count);
    AtomicReferenceArray<Boolean> read = new AtomicReferenceArray<>(count);
    ReentrantLock absorbing = new ReentrantLock();
    int[] next = {1};
    Table.Scan scan = Table.scan(file, chunks.parts(), schema, k -> {
      C checker = k == 0 ? whole : part.apply(whole);
      parts.set(k, checker);
      return reader.apply(checker);
    }, k -> {
      read.set(k, Boolean.TRUE);
      // one thread at a time takes the parts that are ready, in order; the other goes on reading (and a part
      // ready just as the absorbing thread lets go is seen by it on its second look)
      while (absorbing.tryLock()) {
        try {
          while (next[0] < count && read.get(next[0]) != null) {
            C taken = parts.getAndSet(next[0], null);
            if (taken != null) { // null: a part of blank lines before the header, read into the whole
              absorb.accept(whole, taken);
            }
            next[0]++;
          }
        } finally {
          absorbing.unlock();
        }
        if (next[0] >= count || read.get(next[0]) == null) {
          break;
        }
      }
    }, helper);
    return scan;
  }
}
