package findings.search;

import org.apache.lucene.index.QueryTimeout;

/**
 * A per-request time limit for Lucene's searching. The searcher is shared by all requests, so the limit lives in
 * a thread-local: each request sets its own deadline on its own thread before it searches.
 */
final class Deadline {
  private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

  /** Installed on every searcher: Lucene asks it, while it collects, whether to stop. */
  static final QueryTimeout TIMEOUT = () -> {
    Long d = DEADLINE.get();
    return d != null && System.nanoTime() > d;
  };

  private Deadline() {}

  static void start(long millis) {
    DEADLINE.set(System.nanoTime() + millis * 1_000_000L);
  }

  /** True when the current request ran past its deadline (its results are partial and must not be shown). */
  static boolean passed() {
    Long d = DEADLINE.get();
    return d != null && System.nanoTime() > d;
  }

  static void clear() {
    DEADLINE.remove();
  }
}
