package findings.cli;

import findings.index.Indexer;
import findings.search.SearchService;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a serving index in step with its source folders: every so often it re-runs the incremental ingestion
 * (unchanged files cost a stat each) and, once that run has committed, lets searches see the result. Searches
 * never see half a run: a report replaces its old paragraphs in one atomic update, and searches read only what has
 * been committed.
 */
final class SourceWatcher implements AutoCloseable {
  private final Indexer indexer;
  private final SearchService search;
  private final List<Path> roots;
  private final PrintStream log;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "findings-source-watcher");
    t.setDaemon(true);
    return t;
  });

  SourceWatcher(Indexer indexer, SearchService search, List<Path> roots, PrintStream log) {
    this.indexer = indexer;
    this.search = search;
    this.roots = List.copyOf(roots);
    this.log = log;
  }

  void every(long seconds) {
    timer.scheduleWithFixedDelay(this::runOnce, seconds, seconds, TimeUnit.SECONDS);
  }

  /** One pass: ingest what changed, commit, then show it to searches. */
  synchronized IndexRun.Outcome runOnce() {
    try {
      IndexRun.Outcome outcome = new IndexRun(new PrintStream(OutputStream.nullOutputStream()), log, false).run(indexer, roots);
      search.refresh();
      if (outcome.indexed() + outcome.removed() > 0) {
        log.printf("re-indexed: %d new or changed, %d removed%n", outcome.indexed(), outcome.removed());
      }
      return outcome;
    } catch (Exception e) {
      log.println("findings: re-indexing failed, the index is as it was: " + e.getMessage());
      return null;
    }
  }

  @Override
  public void close() {
    timer.shutdown();
    try {
      // Let a run in progress finish its commit before the index is closed under it.
      if (!timer.awaitTermination(60, TimeUnit.SECONDS)) timer.shutdownNow();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
