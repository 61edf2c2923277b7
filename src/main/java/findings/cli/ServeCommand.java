package findings.cli;

import findings.index.Indexer;
import findings.search.SearchService;
import findings.web.WebServer;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code findings serve}: bring the index up to date with the source folders, then serve the page and the API. */
@Command(name = "serve", description = "Index the source folders (only what changed) and serve http://localhost:PORT.")
final class ServeCommand implements Callable<Integer> {
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

  @Override
  public Integer call() throws Exception {
    List<Path> roots = sources == null || sources.isEmpty() ? List.of(Path.of("seeds")) : sources;
    warmUpAtStart();
    Indexer indexer = new Indexer(index);
    SearchService search = null;
    Javalin app = null;
    try {
      // Whatever changed in the folders since the last run is indexed before the first answer. When nothing did, the
      // index writer is never opened: the check reads the last commit, and searches go on with the same reader.
      IndexRun.Outcome outcome = new IndexRun(System.out, System.err, Terminal.isInteractive()).run(indexer, roots);
      search = new SearchService(indexer.lastCommitReader(), Duration.ofSeconds(timeLimit));
      warmUp("search", search::warmUp);
      app = WebServer.create(search).start(port);
      System.out.println("Listening on http://localhost:" + app.port());
      if (!outcome.clean()) System.out.println("(some files were rejected; see above)");
      SourceWatcher watcher = new SourceWatcher(indexer, search, roots, System.err);
      if (rescan > 0) watcher.every(rescan);
      awaitShutdown(watcher, app, search, indexer);
      return 0;
    } catch (Exception e) {
      if (app != null) app.stop();
      if (search != null) search.close();
      indexer.close();
      throw e;
    }
  }

  /** Serves until the process is asked to stop, then lets a re-index in progress commit and closes in order. */
  private static void awaitShutdown(SourceWatcher watcher, Javalin app, SearchService search, Indexer indexer)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      watcher.close();
      app.stop();
      try {
        search.close();
        indexer.close();
      } catch (Exception e) {
        System.err.println("findings: closing the index: " + e.getMessage());
      }
      stopped.countDown();
    }));
    stopped.await();
  }

  private static final java.util.concurrent.atomic.AtomicBoolean WARMING_UP = new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * A cold start is mostly class loading: the second core reads the vocabulary and loads the web server's classes
   * while the first parses the command line and opens and checks the index. {@link Main} calls this before it parses
   * a {@code serve} command line (a quarter of a second cold); a second call does nothing.
   */
  static void warmUpAtStart() {
    if (!WARMING_UP.compareAndSet(false, true)) return;
    warmUp("vocabulary", findings.index.Vocabulary::get);
    warmUp("web server", WebServer::warmUp);
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
