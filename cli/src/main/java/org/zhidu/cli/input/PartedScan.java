package org.zhidu.cli.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.zhidu.core.register.Schema;
import org.zhidu.core.register.Table;

/**
 * A large register read in chunks by this thread and a helper, each chunk into its own part of a checker, the parts
 * absorbed into the whole in file order: how leave check and claims check read a million rows.
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
    List<C> parts = new ArrayList<>(Collections.nCopies(chunks.texts().size(), null));
    Table.Scan scan = Table.scan(file, chunks.texts(), chunks.firstLines(), schema, k -> {
      C checker = k == 0 ? whole : part.apply(whole);
      synchronized (parts) {
        parts.set(k, checker);
      }
      return reader.apply(checker);
    }, helper);
    for (int k = 1; k < parts.size(); k++) {
      absorb.accept(whole, parts.get(k));
    }
    return scan;
  }
}
