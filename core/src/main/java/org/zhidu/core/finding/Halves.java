package org.zhidu.core.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Checks of many independent items (people, documents) shared between the caller's thread and a helper the
 * caller's executor runs, each half into findings of its own, given back in order: how a checker's last phase uses
 * both cores. Core starts no thread itself.
 */
public final class Halves {

  /** The items from one index to another, their findings into {@code found}. */
  @FunctionalInterface
  public interface Half {
    /**
     * Checks the items from {@code from} (inclusive) to {@code to} (exclusive), adding what they give to {@code found}.
     *
     * @param from the first item's index, inclusive
     * @param to the index after the last item, exclusive
     * @param found the list this half's findings are added to, in item order; owned by this half alone
     */
    void check(int from, int to, List<Finding> found);
  }

  private Halves() {}

  /**
   * The findings of {@code count} items, the first half's then the second's; all on this thread when {@code helper}
   * is {@code null} or the items are few. What the helper's half throws is thrown here, as it was.
   *
   * @param count how many items there are, indexed {@code 0} to {@code count - 1}
   * @param helper where the second half runs, or {@code null} to check everything on this thread
   * @param half the check of a range of items; called at most twice, with ranges that do not overlap
   * @return the findings of all items in item order, whichever thread found them
   */
  public static List<Finding> check(int count, Executor helper, Half half) {
    int cut = helper == null || count < 64 ? count : count / 2;
    List<Finding> first = new ArrayList<>();
    List<Finding> second = new ArrayList<>();
    CompletableFuture<Void> other = cut == count ? null
        : CompletableFuture.runAsync(() -> half.check(cut, count, second), helper);
    half.check(0, cut, first);
    if (other != null) {
      try {
        other.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }
    first.addAll(second);
    return first;
  }
}
