package findings.cli;

import findings.index.Indexer;
import findings.index.Vocabulary;
import findings.search.SearchService;
import findings.web.WebServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code findings serve}: bring the index up to date with the source folders, then serve the page and the API. */
@Command(name = "serve", description = "Index the source folders (only what changed) and serve http://localhost:PORT.")
final class ServeCommand implements Callable<Integer> {
  /** What {@code serve} prints, before its port, once it answers: what tests and the benchmark wait for. */
  static final String LISTENING = "Listening on http://localhost:";

  @Option(names = "--port", defaultValue = "7070", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE})")
  Path index;

  @Option(names = "--source", description = "Folder or file of reports to keep indexed; repeatable (default: seeds)")
  List<Path> sources;

  @Option(names = "--rescan", defaultValue = "60",
      description = "Seconds between checks of the source folders for new, changed or deleted reports; 0 = never (default: ${DEFAULT-VALUE})")
  long rescan;

  @Option(names = "--time-limit", defaultValue = "10",
      description = "Seconds one search may run before it is stopped and answered with a 400 (default: ${DEFAULT-VALUE})")
  long timeLimit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    OptionChecks check = new OptionChecks(spec);
    check.between("--port", port, 0, 65535);
    check.atLeast("--rescan", rescan, 0);
    check.atLeast("--time-limit", timeLimit, 1);
    List<Path> roots = sources == null || sources.isEmpty() ? List.of(Path.of("seeds")) : sources;
    Serving serving = start(index, roots, port, Duration.ofSeconds(timeLimit), System.out, System.err);
    if (rescan > 0) serving.watcher().every(rescan);
    awaitShutdown(serving);
    return 0;
  }

  /** A running server over its index: what {@code serve} starts, and what a training run starts and closes again. */
  record Serving(Indexer indexer, SearchService search, WebServer.Running server, SourceWatcher watcher) implements AutoCloseable {
    int port() {
      return server.port();
    }

    /** Lets a re-index in progress commit, then stops the server and closes the index, in that order. */
    @Override
    public void close() throws Exception {
      watcher.close();
      server.close();
      search.close();
      indexer.close();
    }
  }

  /**
   * Brings the index up to date with the source folders (whatever changed since the last run is indexed before the
   * first answer), opens the searches on it and starts the server; prints {@code Listening on …} once it answers.
   * The web server starts on another thread meanwhile (a quarter of a second at a million paragraphs, beside the half
   * second of the check); a request that arrives before the searches are open waits for them.
   */
  static Serving start(Path index, List<Path> roots, int port, Duration timeLimit, PrintStream out, PrintStream err)
      throws Exception {
    warmUpAtStart();
    Indexer indexer = new Indexer(index);
    CompletableFuture<SearchService> opening = new CompletableFuture<>();
    CompletableFuture<WebServer.Running> listening = new CompletableFuture<>();
    Thread.ofPlatform().name("web server start").start(() -> {
      try {
        listening.complete(WebServer.start(opening, port));
      } catch (Throwable t) {
        listening.completeExceptionally(t);
      }
    });
    // The searches open on the last commit as soon as the check has read it, beside the rest of the check (a tenth of
    // a second at a million paragraphs: the facets' ordinal maps), and see what the check then indexed by a refresh.
    CompletableFuture<SearchService> onLastCommit = new CompletableFuture<>();
    SearchService search = null;
    WebServer.Running server = null;
    try {
      // When nothing changed, the index writer is never opened: the check reads the last commit, and searches go on
      // with the same reader.
      IndexRun.Outcome outcome = new IndexRun(out, err, Terminal.isInteractive())
          .whenIndexRead(() -> openOnLastCommit(indexer, timeLimit, onLastCommit)).run(indexer, roots);
      search = joined(onLastCommit);
      if (search == null) {
        search = new SearchService(indexer.lastCommitReader(), timeLimit);
      } else {
        search.refresh();
      }
      if (!StartupCache.inUse()) warmUp("search", search::warmUp);
      opening.complete(search);
      server = joined(listening);
      out.println(LISTENING + server.port());
      if (!outcome.clean()) out.println("(some files were rejected; see above)");
      return new Serving(indexer, search, server, new SourceWatcher(indexer, search, roots, err));
    } catch (Exception e) {
      if (search == null) onLastCommit.thenAccept(ServeCommand::closeQuietly);
      opening.completeExceptionally(e);
      if (server == null) {
        try {
          server = listening.join();
        } catch (CompletionException notStarted) {
          // the start failed, so there is nothing to stop
        }
      }
      if (server != null) server.close();
      if (search != null) search.close();
      indexer.close();
      throw e;
    }
  }

  /**
   * Completes {@code opened} with searches on the index's last commit, or with null when it holds none that this
   * version can search.
   */
  private static void openOnLastCommit(Indexer indexer, Duration timeLimit, CompletableFuture<SearchService> opened) {
    try {
      opened.complete(indexer.searchable() ? new SearchService(indexer.lastCommitReader(), timeLimit) : null);
    } catch (Throwable t) {
      opened.completeExceptionally(t);
    }
  }

  private static void closeQuietly(SearchService search) {
    if (search == null) return;
    try {
      search.close();
    } catch (IOException e) {
      // the start failed already, and says why
    }
  }

  /** What another thread made (the started web server, the searches), or what stopped it (a port in use), as thrown. */
  private static <T> T joined(CompletableFuture<T> made) throws Exception {
    try {
      return made.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof Exception cause) throw cause;
      if (e.getCause() instanceof Error error) throw error;
      throw e;
    }
  }

  /** Serves until the process is asked to stop, then closes in order. */
  private static void awaitShutdown(Serving serving) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        serving.close();
      } catch (Exception e) {
        System.err.println("findings: closing the index: " + e.getMessage());
      }
      stopped.countDown();
    }));
    stopped.await();
  }

  private static final AtomicBoolean WARMING_UP = new AtomicBoolean();

  /**
   * A cold start is mostly class loading: the second core reads the vocabulary and loads the web server's classes
   * while the first parses the command line and opens and checks the index. {@link Main} calls this before it parses
   * a {@code serve} command line (a quarter of a second cold); a second call does nothing. A JVM started from the
   * startup cache ({@link StartupCache}) has the web server's classes loaded already, so only the vocabulary is read
   * there: parsing the command line still takes its first core for a sixth of a second (picocli builds its model of
   * the command by reflection), and reading and fingerprinting the vocabulary's files beside it leaves
   * the index's schema and the searches' thesaurus ready when they are asked for.
   */
  static void warmUpAtStart() {
    if (!WARMING_UP.compareAndSet(false, true)) return;
    warmUp("vocabulary", Vocabulary::get);
    if (!StartupCache.inUse()) warmUp("web server", WebServer::warmUp);
  }

  private interface WarmUp {
    void run() throws Exception;
  }

  /** Runs a warm-up on a background thread; it only saves time, so a failure is ignored (the real work will report it). */
  private static void warmUp(String what, WarmUp work) {
    Thread.ofPlatform().daemon().name("warm-up " + what).start(() -> {
      try {
        work.run();
      } catch (Exception e) {
        // nothing lost: the same code runs again on the first request, and reports there
      }
    });
  }
}
