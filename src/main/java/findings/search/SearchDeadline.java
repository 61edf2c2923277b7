package findings.search;

import java.time.Duration;
import java.util.concurrent.Executor;
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
  static Executor propagating(Executor pool) {
    return task -> {
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
    };
  }

  interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
