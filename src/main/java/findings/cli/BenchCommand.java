package findings.cli;

import findings.bench.BuildComparison;
import findings.bench.LoadBench;
import findings.bench.RelevanceBench;
import findings.bench.RelevanceSet;
import findings.bench.SearchRounds;
import findings.bench.WrkLoad;
import findings.index.Indexer;
import findings.ingest.ReportReader;
import findings.search.SearchService;
import findings.web.WebServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code findings bench …}: measurements that belong in BENCHMARKS.md, never in unit tests. */
@Command(name = "bench", description = "Benchmarks; results go to BENCHMARKS.md.",
    subcommands = {BenchCommand.Relevance.class, BenchCommand.Load.class, BenchCommand.Scale.class, BenchCommand.Ingest.class,
        BenchCommand.Compare.class})
final class BenchCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** Recall and nDCG@10 of the judged queries over the seeds, ours beside a plain keyword baseline. */
  @Command(name = "relevance", description = "Recall and nDCG@10 over the judged queries on the seeds, with a plain baseline.")
  static final class Relevance implements Callable<Integer> {
    @Option(names = "--seeds", defaultValue = "seeds", description = "The judged reports (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Override
    public Integer call() throws Exception {
      Path index = Files.createTempDirectory("findings-relevance");
      try {
        try (Indexer indexer = new Indexer(index)) {
          new IndexRun(new PrintStream(OutputStream.nullOutputStream()), System.err, false).run(indexer, List.of(seeds));
        }
        RelevanceBench.run(index, System.out);
        return 0;
      } finally {
        deleteTree(index);
      }
    }
  }

  /** Search under concurrent load over loopback while the index is being re-ingested beside it. */
  @Command(name = "load", description = "N connections searching for S seconds while re-indexing runs; exit 1 on any error or 5xx.")
  static final class Load implements Callable<Integer> {
    @Option(names = "--connections", defaultValue = "64") int connections;
    @Option(names = "--seconds", defaultValue = "60") int seconds;
    @Option(names = "--source", defaultValue = "seeds", description = "Reports to serve (copied; default: ${DEFAULT-VALUE})") Path source;
    @Option(names = "--warmup", defaultValue = "10", description = "Seconds of unmeasured load first, for the JIT (default: ${DEFAULT-VALUE})")
    int warmup;
    @Option(names = "--reindex", negatable = true, defaultValue = "true", fallbackValue = "true",
        description = "Re-ingest a report again and again beside the load (default: ${DEFAULT-VALUE})") boolean reindex;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      OptionChecks check = new OptionChecks(spec);
      check.atLeast("--connections", connections, 1);
      check.atLeast("--seconds", seconds, 1);
      check.atLeast("--warmup", warmup, 0);
      check.folderWith("--source", source, ".txt", ".pdf");
      Path work = Files.createTempDirectory("findings-load");
      try {
        Path reports = Files.createDirectories(work.resolve("reports"));
        try (var files = Files.walk(source)) {
          for (Path f : files.filter(Files::isRegularFile).filter(ReportReader::isReportFile).toList()) {
            Files.copy(f, reports.resolve(f.getFileName()));
          }
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (Indexer indexer = new Indexer(work.resolve("index"))) {
          new IndexRun(quiet, System.err, false).run(indexer, List.of(reports));
          try (SearchService search = new SearchService(indexer.writer());
              SourceWatcher watcher = new SourceWatcher(indexer, search, List.of(reports), System.err)) {
            WebServer.Running server = WebServer.start(search, "127.0.0.1", 0);
            AtomicBoolean loading = new AtomicBoolean(true);
            AtomicInteger reindexed = new AtomicInteger();
            Thread reindexer = new Thread(() -> {
              // Keep re-ingesting a changed report for as long as the load runs.
              try (var listing = Files.list(reports)) {
                Path victim = listing.sorted().findFirst().orElseThrow();
                byte[] original = Files.readAllBytes(victim);
                while (reindex && loading.get()) {
                  byte[] text = reindexed.get() % 2 == 0 ? (new String(original, StandardCharsets.UTF_8)
                      + "\n\nAddendum: re-indexed under load.\n").getBytes(StandardCharsets.UTF_8) : original;
                  Files.write(victim, text);
                  Files.setLastModifiedTime(victim, FileTime.fromMillis(System.currentTimeMillis() + reindexed.get()));
                  watcher.runOnce();
                  reindexed.incrementAndGet();
                }
              } catch (IOException e) {
                System.err.println("findings: re-indexing under load stopped: " + e.getMessage());
              }
            }, "load-reindexer");
            reindexer.start();
            List<String> mix = LoadBench.mix(RelevanceSet.load().queries());
            LoadBench.Result r;
            LoadBench.Result warm = null;
            try {
              if (warmup > 0) warm = LoadBench.run("http://127.0.0.1:" + server.port(), mix, connections, Duration.ofSeconds(warmup));
              r = LoadBench.run("http://127.0.0.1:" + server.port(), mix, connections, Duration.ofSeconds(seconds));
            } finally {
              loading.set(false);
              reindexer.join();
              server.close();
            }
            LoadBench.print(r, connections, System.out);
            System.out.printf("re-indexing rounds beside the load: %d%n", reindexed.get());
            boolean warmClean = warm == null || warm.errors() == 0 && warm.serverErrors() == 0;
            if (!warmClean) System.out.printf("the warm-up had errors: %d, 5xx: %d%n", warm.errors(), warm.serverErrors());
            return warmClean && r.errors() == 0 && r.serverErrors() == 0 ? 0 : 1;
          }
        }
      } finally {
        deleteTree(work);
      }
    }
  }

  /** Ingest, query, server and memory figures at growing corpus sizes, beside SQLite FTS5 and plain Lucene. */
  @Command(name = "scale", description = "Generate corpora of N paragraphs from the seeds; measure ingest, queries (beside SQLite FTS5), "
      + "server load, serve start-up and memory at each size.")
  static final class Scale implements Callable<Integer> {
    @Option(names = "--sizes", defaultValue = "10k,100k,1M", split = ",", converter = ParagraphCount.class,
        description = "Corpus sizes in paragraphs, such as 1500, 10k or 1M (default: ${DEFAULT-VALUE})")
    List<Long> sizes;
    @Mixin CorpusOptions corpus;
    @Option(names = "--pdf-reports", defaultValue = "40", description = "Reports typeset as PDF for the PDF ingest figure (default: ${DEFAULT-VALUE})")
    int pdfReports;
    @Option(names = "--server-seconds", defaultValue = "20", description = "Seconds of HTTP load per size; 0 = none (default: ${DEFAULT-VALUE})")
    int serverSeconds;
    @Option(names = "--connections", defaultValue = "16", description = "Concurrent HTTP connections (default: ${DEFAULT-VALUE})")
    int connections;
    @Option(names = "--chart", defaultValue = "bench-latency.svg", description = "Where to write the latency chart (default: ${DEFAULT-VALUE})")
    Path chart;
    @Option(names = "--load-client", defaultValue = "auto",
        description = "What sends the server load: wrk (Debian's package), java (the JDK's HTTP client in this JVM), or auto: wrk "
            + "when it is installed (default: ${DEFAULT-VALUE})")
    String loadClient;
    @Option(names = "--query-warmup", defaultValue = "10",
        description = "Seconds each engine searches unmeasured before its query figures, at least (default: ${DEFAULT-VALUE})")
    int queryWarmup;
    @Option(names = "--query-seconds", defaultValue = "5",
        description = "Seconds each engine's query figures are measured over, at least (default: ${DEFAULT-VALUE})")
    int querySeconds;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      OptionChecks check = new OptionChecks(spec);
      check.atLeast("--pdf-reports", pdfReports, 0);
      check.atLeast("--server-seconds", serverSeconds, 0);
      check.atLeast("--connections", connections, 1);
      check.atLeast("--query-warmup", queryWarmup, 0);
      check.atLeast("--query-seconds", querySeconds, 0);
      check.fileToWrite("--chart", chart);
      check.oneOf("--load-client", loadClient, List.of("auto", "wrk", "java"));
      Optional<WrkLoad> wrk = loadClient.equals("java") ? Optional.empty() : WrkLoad.find();
      check.available("--load-client wrk", wrk.isPresent() || !loadClient.equals("wrk"),
          "no wrk on the PATH (apt-get install wrk), or use --load-client java");
      corpus.check(check);
      LoadBench.Client client = wrk.map(LoadBench.Client.class::cast).orElse(LoadBench.JAVA);
      inFolder(corpus.work, "findings-scale", dir -> {
        List<ScaleRun.SizeResult> results = new ScaleRun(System.out, dir, corpus.seeds, pdfReports, serverSeconds, connections,
            client, new ScaleRun.QueryTimes(Duration.ofSeconds(queryWarmup), Duration.ofSeconds(querySeconds))).run(sizes);
        ScaleRun.chart(chart, results);
        System.out.println("chart: " + chart);
      });
      return 0;
    }
  }

  /** Ingest alone, ours and the raw Lucene limit alternately on one corpus: the before/after measure for ingestion. */
  @Command(name = "ingest", description = "Generate one corpus of N paragraphs; ingest it with Findings and with plain Lucene, alternately, R times.")
  static final class Ingest implements Callable<Integer> {
    @Option(names = "--size", defaultValue = "100k", converter = ParagraphCount.class,
        description = "Corpus size in paragraphs, such as 1500, 10k or 1M (default: ${DEFAULT-VALUE})")
    long size;
    @Option(names = "--rounds", defaultValue = "2", description = "Rounds of both (default: ${DEFAULT-VALUE})")
    int rounds;
    @Mixin CorpusOptions corpus;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      OptionChecks check = new OptionChecks(spec);
      check.atLeast("--rounds", rounds, 1);
      corpus.check(check);
      inFolder(corpus.work, "findings-ingest",
          dir -> new ScaleRun(System.out, dir, corpus.seeds, 0, 0, 0, LoadBench.JAVA, ScaleRun.QueryTimes.NONE).ingestRounds(size, rounds));
      return 0;
    }
  }

  /** Two builds searching one index alternately: the before/after measure for a change to the search path. */
  @Command(name = "compare", description = "Search one index with two builds of Findings in one JVM, a round each in turn; "
      + "print each build's time a search and the ratio of each round's pair.")
  static final class Compare implements Callable<Integer> {
    @Option(names = "--index", required = true, description = "An index both builds read") Path index;
    @Option(names = "--before", required = true, description = "The build before the change: its findings.jar") Path before;
    @Option(names = "--after", description = "The build after it: its findings.jar (default: this build)") Path after;
    @Option(names = "--queries", defaultValue = "mix", description = "single, phrase, boolean, mix (the three), or thesaurus (unquoted thesaurus terms, apart from the mix; default: ${DEFAULT-VALUE})")
    String queries;
    @Option(names = "--variant", defaultValue = "full", description = "alone, filtered, full or page2 (default: ${DEFAULT-VALUE})")
    String variant;
    @Option(names = "--rounds", defaultValue = "24", description = "Rounds of each build (default: ${DEFAULT-VALUE})") int rounds;
    @Option(names = "--unmeasured", defaultValue = "4", description = "First rounds left out, for the JIT (default: ${DEFAULT-VALUE})")
    int unmeasured;
    @Option(names = "--round-ms", defaultValue = "1000", description = "Milliseconds a round (default: ${DEFAULT-VALUE})") int roundMs;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      OptionChecks check = new OptionChecks(spec);
      check.indexFolder("--index", index);
      check.fileToRead("--before", before);
      if (after != null) check.fileToRead("--after", after);
      check.oneOf("--queries", queries, SearchRounds.KINDS);
      check.oneOf("--variant", variant, SearchRounds.VARIANTS);
      check.atLeast("--unmeasured", unmeasured, 0);
      check.atLeast("--rounds", rounds, unmeasured + 1L);
      check.atLeast("--round-ms", roundMs, 10);
      BuildComparison.Build was = new BuildComparison.Build(before.toString(), List.of(before.toUri().toURL()));
      BuildComparison.Build is = after != null ? new BuildComparison.Build(after.toString(), List.of(after.toUri().toURL()))
          : new BuildComparison.Build("this build", thisClassPath());
      BuildComparison.Plan plan = new BuildComparison.Plan(index, queries, variant, rounds, unmeasured, Duration.ofMillis(roundMs));
      BuildComparison.print(was, is, plan, BuildComparison.run(was, is, plan), System.out);
      return 0;
    }

    /** The class path this JVM runs from: the jar, or the classes and jars a test runs with. */
    static List<URL> thisClassPath() throws MalformedURLException {
      List<URL> urls = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (!entry.isEmpty()) urls.add(Path.of(entry).toUri().toURL());
      }
      return urls;
    }
  }

  /** Where the benchmarks that generate corpora take their seeds from and do their work. */
  static final class CorpusOptions {
    @Option(names = "--seeds", defaultValue = "seeds", description = "Reports to recombine (default: ${DEFAULT-VALUE})")
    Path seeds;
    @Option(names = "--work", description = "Folder for corpora and indexes (default: a temporary folder, deleted afterwards)")
    Path work;

    void check(OptionChecks check) {
      check.folderWith("--seeds", seeds, ".txt");
      if (work != null) check.workFolder("--work", work);
    }
  }

  /**
   * A corpus size in paragraphs: a whole number, with k for thousands or M for millions (either case). Anything else,
   * no paragraphs at all, or more than 100M, is refused by name rather than read as a number.
   */
  static final class ParagraphCount implements ITypeConverter<Long> {
    private static final long MOST = 100_000_000L;
    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})([kKmM]?)");

    @Override
    public Long convert(String value) {
      Matcher m = SIZE.matcher(value.strip());
      if (!m.matches()) throw new TypeConversionException("'" + value + "' is not a number of paragraphs (such as 1500, 10k or 1M)");
      long n = Long.parseLong(m.group(1)) * switch (m.group(2)) {
        case "k", "K" -> 1_000L;
        case "m", "M" -> 1_000_000L;
        default -> 1L;
      };
      if (n < 1) throw new TypeConversionException("'" + value + "': a corpus needs at least 1 paragraph");
      // A slip of the keyboard (10000M) would otherwise fill the disk with generated reports before anything failed.
      if (n > MOST) throw new TypeConversionException("'" + value + "': at most 100M paragraphs (about 55 GB of text)");
      return n;
    }
  }

  private interface InFolder {
    void run(Path dir) throws Exception;
  }

  /** Runs {@code work} in the folder given, or in a temporary one that is deleted afterwards. */
  private static void inFolder(Path given, String prefix, InFolder work) throws Exception {
    boolean temporary = given == null;
    Path dir = temporary ? Files.createTempDirectory(prefix) : Files.createDirectories(given);
    try {
      work.run(dir);
    } finally {
      if (temporary) deleteTree(dir);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
