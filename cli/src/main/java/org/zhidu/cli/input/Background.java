package org.zhidu.cli.input;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Work started on a daemon thread of its own (a file read and decoded, a pack loaded) while the command does
 * something else, and joined when its result is needed: a failure comes back as it was thrown, never wrapped.
 *
 * @param <T> what the work gives
 */
public final class Background<T> {

  private final CompletableFuture<T> future;

  private Background(CompletableFuture<T> future) {
    this.future = future;
  }

  /** Starts the work on a thread of its own called {@code name}. */
  public static <T> Background<T> start(String name, Supplier<T> work) {
    return new Background<>(CompletableFuture.supplyAsync(work, thread(name)));
  }

  /** The work's result, waiting for it; what it threw is thrown here as it was. */
  public T join() {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /**
   * Runs each task on a new daemon thread called {@code name}: not the common pool, which on two cores is one thread,
   * left to the work the command does itself.
   */
  public static Executor thread(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      thread.start();
    };
  }
}
