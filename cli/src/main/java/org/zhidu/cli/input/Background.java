package org.zhidu.cli.input;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Work started on a daemon thread of its own (a file read and decoded, a pack loaded) while the command does
 * something else, and joined when its result is needed: a failure comes back as it was thrown, never wrapped.
 *
 * @param <T> what the work gives
 */
public final class Background<T> {

  // a plain task, not a CompletableFuture: work started ahead of a short run should not cost it the start of the
  // common pool's machinery
  private final FutureTask<T> future;

  private Background(FutureTask<T> future) {
    this.future = future;
  }

  /** Starts the work on a thread of its own called {@code name}. */
  public static <T> Background<T> start(String name, Supplier<T> work) {
    FutureTask<T> task = new FutureTask<>(work::get);
    thread(name).execute(task);
    return new Background<>(task);
  }

  /** The work's result, waiting for it; what it threw is thrown here as it was. */
  public T join() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true; // the work goes on; its result is still wanted
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
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
