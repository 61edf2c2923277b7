package findings.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.QueryTimeout;

/**
 * The time limit of the search running on this thread. Lucene's searcher timeout cannot be used because it scores in
 * windows that drill-sideways refuses, so the reader itself is wrapped ({@code ExitableDirectoryReader}) and asks
 * this timeout, while it enumerates terms or reads doc values, whether the current search has run out of time.
 * A thread with no deadline set (building suggestions, indexing) is never stopped.
 */
final class SearchDeadline implements QueryTimeout {
  static final SearchDeadline INSTANCE = new SearchDeadline();

  private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

  private SearchDeadline() {}

  @Override
  public boolean shouldExit() {
    long[] deadline = DEADLINE.get();
    return deadline != null && System.nanoTime() - deadline[0] > 0;
  }

  /** Starts the clock for this thread; close the returned scope when the search is over. */
  static Scope start(Duration limit) {
    long[] previous = DEADLINE.get();
    DEADLINE.set(new long[] {System.nanoTime() + limit.toNanos()});
    return () -> DEADLINE.set(previous);
  }

  /** Runs tasks with the deadline of the thread that hands them over, so that slices searched in parallel stop too. */
  static ExecutorService propagating(ExecutorService pool) {
    return new AbstractExecutorService() {
      @Override
      public void execute(Runnable task) {
        long[] deadline = DEADLINE.get();
        pool.execute(() -> {
          long[] previous = DEADLINE.get();
          DEADLINE.set(deadline);
          try {
            task.run();
          } finally {
            DEADLINE.set(previous);
          }
        });
      }

      @Override
      public void shutdown() {
        pool.shutdown();
      }

      @Override
      public List<Runnable> shutdownNow() {
        return pool.shutdownNow();
      }

      @Override
      public boolean isShutdown() {
        return pool.isShutdown();
      }

      @Override
      public boolean isTerminated() {
        return pool.isTerminated();
      }

      @Override
      public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return pool.awaitTermination(timeout, unit);
      }
    };
  }

  interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
