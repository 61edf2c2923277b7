package findings.cli;

import com.sun.management.OperatingSystemMXBean;
import findings.bench.CorpusGenerator;
import findings.bench.FindingsEngine;
import findings.bench.Latencies;
import findings.bench.LatencyChart;
import findings.bench.LoadBench;
import findings.bench.QueryMix;
import findings.bench.RawLuceneIndex;
import findings.bench.SqlitePeer;
import findings.bench.SqlitePeerServer;
import findings.index.Indexer;
import findings.model.Hit;
import findings.model.ReportSummary;
import findings.search.QueryBuilder;
import findings.search.SearchRequest;
import findings.search.SearchService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scale benchmark of BENCHMARKS.md: for each corpus size, generate the corpus, ingest it (Findings from text and
 * from PDF, and plain Lucene as the limit), measure the query mix through the service's own search path and through
 * SQLite FTS5 on the same paragraphs, then start {@code serve} on the index in a child process to time its first
 * answer, read its memory and load it over HTTP, and the peer's server the same way.
 */
final class ScaleRun {
  record SizeResult(long target, long paragraphs, Map<String, Latencies> ours, Map<String, Latencies> peer) {}

  private final PrintStream out;
  private final Path work;
  private final Path seeds;
  private final int pdfReports;
  private final int serverSeconds;
  private final int connections;
  private final LoadBench.Client loadClient;
  private final QueryTimes queryTimes;

  /**
   * How long each engine searches the query mix, at least: unmeasured ({@code warmup}), then measured
   * ({@code measured}); the same for both engines (see QueryMix.measure).
   */
  record QueryTimes(Duration warmup, Duration measured) {
    static final QueryTimes NONE = new QueryTimes(Duration.ZERO, Duration.ZERO);
  }

  ScaleRun(PrintStream out, Path work, Path seeds, int pdfReports, int serverSeconds, int connections, LoadBench.Client loadClient,
      QueryTimes queryTimes) {
    this.out = out;
    this.queryTimes = queryTimes;
    this.work = work;
    this.seeds = seeds;
    this.pdfReports = pdfReports;
    this.serverSeconds = serverSeconds;
    this.connections = connections;
    this.loadClient = loadClient;
  }

  List<SizeResult> run(List<Long> sizes) throws Exception {
    out.printf(Locale.ROOT, "machine: %d cores, %.1f GiB memory, %s %s, max heap of this run %d MiB%n",
        Runtime.getRuntime().availableProcessors(), totalMemoryGiB(), System.getProperty("java.vm.name"),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    CorpusGenerator generator = new CorpusGenerator(seeds);
    List<SizeResult> results = new ArrayList<>();
    boolean pdfDone = false;
    for (long size : sizes) {
      results.add(runSize(generator, size, !pdfDone));
      pdfDone = true;
    }
    return results;
  }

  private SizeResult runSize(CorpusGenerator generator, long size, boolean withPdf) throws Exception {
    out.printf(Locale.ROOT, "%n## %,d paragraphs%n", size);
    Path dir = Files.createDirectories(work.resolve(Long.toString(size)));
    Path txt = dir.resolve("txt");
    BenchCommand.deleteTree(txt);
    long t0 = System.nanoTime();
    List<CorpusGenerator.Generated> files = generator.generate(txt, size, 20261123L);
    long rawBytes = files.stream().mapToLong(g -> sizeOf(g.file())).sum();
    out.printf(Locale.ROOT, "corpus: %,d reports, %.1f MB of text, generated in %.1f s%n", files.size(), rawBytes / 1e6, secondsSince(t0));

    Path index = dir.resolve("index");
    Ingested ingested = ingestBesideLimit(txt, files, rawBytes, index, dir.resolve("raw-lucene"));

    if (withPdf && pdfReports > 0) measurePdf(files);

    Map<String, Latencies> ours;
    Map<String, Latencies> peer;
    List<String> serverPaths;
    List<ReadingStop> reading;
    // The peer's database is kept until its start-up has been timed as serve's is, then deleted.
    Path peerFile = dir.resolve("peer.sqlite");
    try (SearchService search = new SearchService(index)) {
      List<String> authorities = files.stream().map(CorpusGenerator.Generated::authority).distinct().sorted().toList();
      List<String> years = files.stream().map(g -> Integer.toString(g.year())).distinct().sorted().toList();
      List<QueryMix.Query> queries = QueryMix.queries(authorities, years);
      List<QueryMix.Query> thesaurus = QueryMix.thesaurusQueries(authorities, years);
      QueryMix.Engine findings = new FindingsEngine(search);
      ours = measure(findings, queries, thesaurus, 5, 10);
      long t1 = System.nanoTime();
      try (SqlitePeer sqlite = SqlitePeer.build(peerFile, search::forEachParagraphUnchecked)) {
        double rowsPerSecond = sqlite.rows() / sqlite.loadSeconds();
        long databaseBytes = sizeOf(peerFile);
        // The peer's ratio to ours, as for every query figure; its load starts from paragraphs Findings has parsed.
        out.printf(Locale.ROOT, "ingest, SQLite FTS5 peer (from the parsed paragraphs): %,d rows in %.1f s = %,.0f rows/s; database %.1f MB; "
                + "SQLite / Findings: %.2f× the paragraphs/s, %.2f× the size on disk%n", sqlite.rows(), sqlite.loadSeconds(), rowsPerSecond,
            databaseBytes / 1e6, rowsPerSecond / ingested.paragraphsPerSecond(), (double) databaseBytes / ingested.indexBytes());
        int peerRounds = size >= 1_000_000 ? 2 : 4;
        peer = measure(sqlite, queries, thesaurus, 1, peerRounds);
        Map<QueryMix.Query, QueryMix.Query> equivalents = equivalents(thesaurus);
        peer.putAll(QueryMix.measure(sqlite, List.copyOf(equivalents.values()), 1, queryTimes.warmup(), peerRounds,
            queryTimes.measured()));
        printSameMatches(search, sqlite, equivalents);
      }
      printLatencies(ours, peer);
      out.printf(Locale.ROOT, "(query and peer measurements took %.0f s)%n", secondsSince(t1));
      serverPaths = serverPaths(queries);
      reading = readingStops(search);
    }
    // The servers are measured as they are run: each in a JVM of its own, started on the index or database, with the
    // load from outside (wrk, or this JVM's client with nothing else to do).
    try {
      Started<Loaded> serve = measureServe(index, txt, serverPaths, reading);
      Loaded afresh = measureServeAfresh(index, txt, serverPaths);
      measurePeerStart(peerFile, serve, afresh, serverPaths);
    } finally {
      Files.deleteIfExists(peerFile);
    }
    return new SizeResult(size, ingested.outcome().paragraphs(), ours, peer);
  }

  private void printRow(String name, Latencies ours, Latencies peer) {
    out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f× | %.1f× |%n", name, ours.p50(), ours.p99(), ours.max(),
        peer.p50(), peer.p99(), peer.max(), peer.p50() / ours.p50(), peer.p99() / ours.p99());
  }

  /** "1 segment", "9 segments": how many segments each search walks, which sets much of a small index's search time. */
  private static String segments(int count) {
    return count + (count == 1 ? " segment" : " segments");
  }

  /** What an ingest beside the limit gave: the run's outcome, its paragraphs a second and the index's size. */
  record Ingested(IndexRun.Outcome outcome, double paragraphsPerSecond, long indexBytes) {}

  /**
   * Ingests the corpus in {@code txt} with Findings from text on every core into {@code index} (made afresh), then with the plain
   * Lucene program of {@link RawLuceneIndex} (the limit; its index deleted afterwards), and prints both.
   */
  Ingested ingestBesideLimit(Path txt, List<CorpusGenerator.Generated> files, long rawBytes, Path index, Path raw) throws Exception {
    BenchCommand.deleteTree(index);
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    IndexRun.Outcome outcome;
    try (Indexer indexer = new Indexer(index)) {
      outcome = new IndexRun(quiet, System.err, false).run(indexer, List.of(txt));
    }
    double oursSeconds = secondsSince(t0);
    double oursCpu = (processCpuNanos() - cpu0) / 1e9;
    long indexBytes = treeSize(index);
    out.printf(Locale.ROOT, "ingest, Findings from text: %,d paragraphs in %.1f s = %,.0f paragraphs/s, %.2f MB/s, %.2f cores busy "
            + "(%.1f CPU-s); index %.1f MB = %.2f × the text, %s%n", outcome.paragraphs(), oursSeconds, outcome.paragraphs() / oursSeconds,
        rawBytes / 1e6 / oursSeconds, oursCpu / oursSeconds, oursCpu, indexBytes / 1e6, (double) indexBytes / rawBytes,
        segments(Indexer.segments(index)));

    // The limit: plain Lucene over the same files, no parsing, two threads.
    BenchCommand.deleteTree(raw);
    cpu0 = processCpuNanos();
    RawLuceneIndex.Result limit = RawLuceneIndex.index(files, raw, 2);
    out.printf(Locale.ROOT, "ingest, raw Lucene (no parsing, line = document): %,d documents in %.1f s = %,.0f documents/s, %.2f MB/s "
            + "(%.1f CPU-s); Findings reaches %.0f%% of its MB/s%n", limit.documents(), limit.seconds(), limit.documents() / limit.seconds(),
        limit.bytes() / 1e6 / limit.seconds(), (processCpuNanos() - cpu0) / 1e9,
        100 * (rawBytes / oursSeconds) / (limit.bytes() / limit.seconds()));
    BenchCommand.deleteTree(raw);
    return new Ingested(outcome, outcome.paragraphs() / oursSeconds, indexBytes);
  }

  /**
   * Ingest alone, for before/after comparisons in one sitting: one corpus generated once, then Findings and the raw
   * Lucene limit alternately, {@code rounds} times each.
   */
  void ingestRounds(long size, int rounds) throws Exception {
    Path dir = Files.createDirectories(work.resolve(Long.toString(size)));
    Path txt = dir.resolve("txt");
    BenchCommand.deleteTree(txt);
    List<CorpusGenerator.Generated> files = new CorpusGenerator(seeds).generate(txt, size, 20261123L);
    long rawBytes = files.stream().mapToLong(g -> sizeOf(g.file())).sum();
    out.printf(Locale.ROOT, "corpus: %,d reports, %.1f MB of text%n", files.size(), rawBytes / 1e6);
    for (int round = 1; round <= rounds; round++) {
      out.printf(Locale.ROOT, "round %d%n", round);
      ingestBesideLimit(txt, files, rawBytes, dir.resolve("index"), dir.resolve("raw-lucene"));
    }
  }

  private void measurePdf(List<CorpusGenerator.Generated> files) throws Exception {
    Path pdf = work.resolve("pdf");
    BenchCommand.deleteTree(pdf);
    int pages = CorpusGenerator.typeset(files, pdfReports, pdf);
    Path pdfIndex = work.resolve("pdf-index");
    BenchCommand.deleteTree(pdfIndex);
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    IndexRun.Outcome outcome;
    try (Indexer indexer = new Indexer(pdfIndex)) {
      outcome = new IndexRun(new PrintStream(OutputStream.nullOutputStream()), System.err, false).run(indexer, List.of(pdf));
    }
    double seconds = secondsSince(t0);
    out.printf(Locale.ROOT, "ingest, Findings from PDF: %d reports, %,d pages, %,d paragraphs in %.1f s = %.0f pages/s, %.2f cores busy%n",
        outcome.indexed(), pages, outcome.paragraphs(), seconds, pages / seconds, (processCpuNanos() - cpu0) / 1e9 / seconds);
    BenchCommand.deleteTree(pdfIndex);
    BenchCommand.deleteTree(pdf);
  }

  /** The mix's figures, then the thesaurus queries' measured on their own, so that the mix stays as the issue fixed it. */
  private Map<String, Latencies> measure(QueryMix.Engine engine, List<QueryMix.Query> mix, List<QueryMix.Query> thesaurus,
      int warmRounds, int rounds) throws Exception {
    // Generating the corpus, ingesting it and the raw program's indexing leave this JVM's old regions full of garbage.
    // With it, G1's young collections during the searches took 4-20 ms, most of them over 7, one every 1.4 s at a
    // million paragraphs; without it, 1-6 ms. About one search in a hundred met one, so they set the p99 (session 37,
    // BENCHMARKS.md). What is timed is the search path, not this JVM's history, so each engine's searches start from
    // a collected heap.
    System.gc();
    Map<String, Latencies> all = new LinkedHashMap<>(
        QueryMix.measure(engine, mix, warmRounds, queryTimes.warmup(), rounds, queryTimes.measured()));
    all.putAll(QueryMix.measure(engine, thesaurus, warmRounds, queryTimes.warmup(), rounds, queryTimes.measured()));
    return all;
  }

  /** Each thesaurus query with the same written for the peer as what Findings matches for it (see Fts5Equivalents). */
  private static Map<QueryMix.Query, QueryMix.Query> equivalents(List<QueryMix.Query> thesaurus) {
    QueryBuilder builder = new QueryBuilder();
    Map<QueryMix.Query, QueryMix.Query> out = new LinkedHashMap<>();
    for (QueryMix.Query q : thesaurus) QueryMix.equivalent(q, builder.matchingQuery(q.text())).ifPresent(e -> out.put(q, e));
    return out;
  }

  /**
   * Whether the peer, given the equivalents, finds what Findings finds: each query's count of matches in both. They
   * differ where the two analyse a word differently (FTS5 splits a hyphenated word, Findings also indexes it joined).
   */
  private void printSameMatches(SearchService search, SqlitePeer sqlite, Map<QueryMix.Query, QueryMix.Query> equivalents)
      throws Exception {
    List<String> each = new ArrayList<>();
    int same = 0;
    for (Map.Entry<QueryMix.Query, QueryMix.Query> e : equivalents.entrySet()) {
      long ours = search.search(new SearchRequest(e.getKey().text(), Map.of(), 1, 20, SearchRequest.Sort.RELEVANCE)).total();
      long theirs = sqlite.count(e.getValue().text());
      if (ours == theirs) same++;
      each.add(String.format(Locale.ROOT, "%s %,d / %,d", e.getKey().text(), ours, theirs));
    }
    out.printf(Locale.ROOT, "equivalents: SQLite given every equivalent Findings matches for the %d thesaurus queries FTS5 can say;"
        + " the same count of matches for %d (Findings / SQLite: %s)%n", equivalents.size(), same, String.join("; ", each));
  }

  private void printLatencies(Map<String, Latencies> ours, Map<String, Latencies> peer) {
    out.println("| query (ms) | Findings p50 | p99 | max | SQLite FTS5 p50 | p99 | max | SQLite / Findings p50 | p99 |");
    out.println("|---|---|---|---|---|---|---|---|---|");
    for (String variant : List.of("alone", "filtered", "full", "page two")) {
      for (String kind : List.of("single", "phrase", "boolean", "mix", "thesaurus")) {
        String key = kind + " " + variant;
        Latencies a = ours.get(key);
        Latencies b = peer.get(key);
        printRow(key, a, b);
      }
      Latencies equivalents = peer.get("equivalents " + variant);
      if (equivalents != null) printRow("thesaurus " + variant + ", SQLite given the equivalents", ours.get("thesaurus " + variant), equivalents);
    }
    out.println("(thesaurus: ten queries of unquoted words that the thesaurus widens, such as looked after children,"
        + " measured apart from the mix and not counted in it; SQLite is given the words as typed, ANDed, and in the"
        + " rows \"SQLite given the equivalents\" every equivalent's words that Findings matches, ORed)");
    out.printf(Locale.ROOT, "(searches measured a row of one kind, of the mix: Findings %,d, %,d; SQLite %,d, %,d)%n",
        ours.get("single alone").count(), ours.get("mix alone").count(), peer.get("single alone").count(), peer.get("mix alone").count());
  }

  /** The server load's requests: each query of the mix, alone and with two facet filters, as {@code /api/search} paths. */
  private static List<String> serverPaths(List<QueryMix.Query> queries) {
    List<String> paths = new ArrayList<>();
    for (QueryMix.Query q : queries) {
      String query = "/api/search?q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8);
      paths.add(query);
      paths.add(query + "&authority=" + URLEncoder.encode(q.authority(), StandardCharsets.UTF_8) + "&year=" + q.year());
    }
    return paths;
  }

  /** A server's load: how it warmed up, then what was measured. */
  record Loaded(LoadBench.WarmUp warmUp, LoadBench.Result result) {}

  /**
   * Loads the server at {@code base} with {@code paths} at {@link #connections}: in rounds of a quarter of the measured
   * time until its rate stops rising (for at most three times the measured time), then for the measured time, and
   * prints the measured figures after {@code label}. Null where the run measures no server.
   */
  private Loaded load(String base, List<String> paths, String label) throws Exception {
    if (serverSeconds <= 0) return null;
    Duration round = Duration.ofSeconds(Math.max(1, serverSeconds / 4));
    Duration warmupLimit = Duration.ofSeconds(Math.max(2L * round.toSeconds(), 3L * serverSeconds));
    LoadBench.WarmUp warm = LoadBench.warmUntilSteady(loadClient, base, paths, connections, round, warmupLimit);
    LoadBench.Result r = loadClient.run(base, paths, connections, Duration.ofSeconds(serverSeconds));
    out.print(label);
    LoadBench.print(r, connections, out);
    return new Loaded(warm, r);
  }

  /**
   * The peer server's threads, each a database connection: one a core, as Findings admits one search a core at a time
   * (more threads only contend for the same cores).
   */
  private static final int PEER_THREADS = Runtime.getRuntime().availableProcessors();

  /** Reports visited by {@link #measureReading}, spread evenly over the list of every report. */
  private static final int READ_REPORTS = 40;

  /** A report {@link #measureReading} visits, and the paragraph it reads there (the middle one). */
  record ReadingStop(String reportId, String number) {}

  /**
   * {@link #READ_REPORTS} reports spread evenly over the list of every report (a report more than once where there are
   * fewer), each with its middle paragraph.
   */
  private static List<ReadingStop> readingStops(SearchService search) throws IOException {
    List<ReportSummary> reports = search.reports();
    List<ReadingStop> stops = new ArrayList<>();
    for (int i = 0; i < READ_REPORTS && !reports.isEmpty(); i++) {
      String id = reports.get((int) ((long) i * reports.size() / READ_REPORTS)).id();
      List<Hit> paragraphs = search.reportParagraphs(id);
      if (!paragraphs.isEmpty()) stops.add(new ReadingStop(id, paragraphs.get(paragraphs.size() / 2).number()));
    }
    return stops;
  }

  /**
   * What a reader does after a search, one request at a time over loopback: open a report page, follow a permalink,
   * read one paragraph with its neighbours, ask for its similar findings, type into the search box, list the reports
   * and export a search. None of these is in the query mix, and each was once slower at a million paragraphs than the
   * search that led to it (a report page read every report to find its own: 170 ms). The first completion is printed
   * apart: it waits for the reader's completions if the searches before it have not had them built.
   */
  private void measureReading(String base, List<ReadingStop> stops) throws Exception {
    if (stops.isEmpty()) return;
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Map<String, List<Long>> times = new LinkedHashMap<>();
    int[] failures = {0};
    BiConsumer<String, String> get = (name, path) -> {
      long t0 = System.nanoTime();
      try {
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200 && r.statusCode() != 302) failures[0]++;
      } catch (IOException e) {
        failures[0]++;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failures[0]++;
      }
      times.computeIfAbsent(name, k -> new ArrayList<>()).add(System.nanoTime() - t0);
    };
    String[] prefixes = {"fost", "adop", "safeg", "looked af", "care lea", "resp", "unacc", "Wig", "men", "priv"};
    get.accept("first", "/api/suggest?q=" + prefixes[0]);
    double firstSuggest = times.remove("first").get(0) / 1e6;
    for (int round = 0; round < 2; round++) {
      times.clear();
      for (int i = 0; i < stops.size(); i++) {
        String n = stops.get(i).number();
        String encoded = URLEncoder.encode(stops.get(i).reportId(), StandardCharsets.UTF_8);
        get.accept("/reports/{id}", "/reports/" + encoded);
        get.accept("/api/reports/{id}", "/api/reports/" + encoded);
        get.accept("/p/{id}/{n}", "/p/" + encoded + "/" + n);
        get.accept("/api/paragraphs/{id}/{n}", "/api/paragraphs/" + encoded + "/" + n);
        get.accept("/api/paragraphs/{id}/{n}/similar", "/api/paragraphs/" + encoded + "/" + n + "/similar");
        get.accept("/api/suggest", "/api/suggest?q=" + URLEncoder.encode(prefixes[i % prefixes.length], StandardCharsets.UTF_8));
        if (i % 8 == 0) {
          get.accept("/api/reports", "/api/reports");
          get.accept("/api/export?q=\"private fostering\" (CSV)", "/api/export?q=%22private+fostering%22");
        }
      }
      // The first round is warm-up: each path's code is compiled on its first calls.
    }
    out.printf(Locale.ROOT, "reading, one request at a time (%d reports, after a round of warm-up): ", stops.size());
    List<String> parts = new ArrayList<>();
    parts.add(String.format(Locale.ROOT, "the first /api/suggest %.1f ms", firstSuggest));
    times.forEach((name, t) -> {
      Latencies l = Latencies.of(t.stream().mapToLong(Long::longValue).toArray());
      parts.add(String.format(Locale.ROOT, "%s p50 %.1f / p99 %.1f / max %.1f ms", name, l.p50(), l.p99(), l.max()));
    });
    out.println(String.join("; ", parts) + "; failures " + failures[0]);
  }

  /**
   * Starts {@code serve} on the index in a child process with a 512 MB heap, {@link #SERVE_STARTS} times one after the
   * other: the time to the first answer of each (one start alone is at the mercy of the moment, by a quarter of a
   * second either way); then, on the last, the memory after 200 searches, the server load, the reading round and the
   * memory again, started as {@link #serveCommand} starts it.
   */
  private Started<Loaded> measureServe(Path index, Path sources, List<String> paths, List<ReadingStop> reading) throws Exception {
    String how = serveHow();
    Started<Loaded> started = timeStarts(serveCommand(index, sources, List.of()), "serve", "/api/search", base -> {
      Loaded loaded = load(base, paths, "server, serve's /api/search (" + how + "; full: facets and highlighting; the " + paths.size()
          + " requests repeat, so after the first round their counts and pages are remembered) over loopback, load from "
          + loadClient.name() + ": ");
      measureReading(base, reading);
      return loaded;
    });
    out.printf(Locale.ROOT, "serve on the existing index (%s): %s%n", how, started.figures());
    return started;
  }

  /**
   * {@code serve} started once more, told to use nothing it remembers of a search ({@link SearchService#REMEMBER_PROPERTY}),
   * and loaded the same way: every request ranks, counts and marks its page afresh, as the peer's server does each
   * time, where the load of {@link #measureServe} repeats sixty requests whose counts and pages a server remembers.
   * Null where the run measures no server.
   */
  private Loaded measureServeAfresh(Path index, Path sources, List<String> paths) throws Exception {
    if (serverSeconds <= 0) return null;
    String remembersNothing = "-D" + SearchService.REMEMBER_PROPERTY + "=off";
    try (ServerProcess server = ServerProcess.start(serveCommand(index, sources, List.of(remembersNothing)), "serve")) {
      return load(server.base(), paths, "server, serve's /api/search answering afresh (" + serveHow() + " " + remembersNothing
          + ": no remembered counts or pages; the same " + paths.size() + " requests) over loopback, load from "
          + loadClient.name() + ": ");
    }
  }

  /**
   * {@code serve} on the index with a 512 MB heap and {@code options}: from the jar, {@code java -jar findings.jar serve}
   * as a user starts it (with the startup cache); otherwise (tests) {@link Main} from this JVM's class path.
   */
  private static List<String> serveCommand(Path index, Path sources, List<String> options) {
    Path jar = StartupCache.runningJar().orElse(null);
    List<String> command = new ArrayList<>(List.of(StartupCache.javaLauncher(), SERVER_HEAP));
    command.addAll(options);
    if (jar != null) command.addAll(List.of("-jar", jar.toString()));
    // From the class path, with the collector the jar's serve chooses (StartupCache.COLLECTOR).
    else command.addAll(List.of(StartupCache.COLLECTOR, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of("serve", "--index", index.toString(), "--source", sources.toString(), "--port", "0", "--rescan", "0"));
    return command;
  }

  /** How {@link #serveCommand} starts {@code serve}, for the printed figures. */
  private static String serveHow() {
    return StartupCache.runningJar().isPresent() ? SERVER_HEAP
        : SERVER_HEAP + " " + StartupCache.COLLECTOR + ", from the class path: no startup cache";
  }

  /**
   * The peer's {@code serve}, measured the same way ({@link SqlitePeerServer#main}: a JVM with the same heap that opens
   * the database and answers the same searches over HTTP, under the same load), with the ratios to {@code serve}'s
   * figures. It runs from this JVM's class path, from the jar or not.
   */
  private void measurePeerStart(Path peerFile, Started<Loaded> serve, Loaded afresh, List<String> paths) throws Exception {
    List<String> peerPaths = paths.stream().map(path -> path.replaceFirst("^/api/search", "/search")).toList();
    // The same heap and collector as serve's JVM: the comparison is of the engines and their servers, not of collectors.
    Started<Loaded> peer = timeStarts(List.of(StartupCache.javaLauncher(), SERVER_HEAP, StartupCache.COLLECTOR, "--enable-native-access=ALL-UNNAMED", "-cp",
        System.getProperty("java.class.path"), SqlitePeerServer.class.getName(), peerFile.toString(), Integer.toString(PEER_THREADS)),
        "the peer's server", "/search", base -> load(base, peerPaths, "server, SQLite FTS5 peer under the same load (the same "
            + paths.size() + " searches, each 20 matches highlighted and five facets counted, the filtered ones as Findings counts them;"
            + " a JVM of its own, " + SERVER_HEAP + " " + StartupCache.COLLECTOR + "; JSON from the JDK's HTTP server, " + PEER_THREADS + " threads with a database connection each)"
            + " over loopback: "));
    out.printf(Locale.ROOT, "serve, SQLite FTS5 peer (a JVM of its own on the database, %s %s, the JDK's HTTP server): %s%n",
        SERVER_HEAP, StartupCache.COLLECTOR, peer.figures());
    Loaded ours = serve.then();
    Loaded theirs = peer.then();
    if (ours != null && theirs != null) {
      LoadBench.Result r = ours.result();
      LoadBench.Result p = theirs.result();
      out.printf(Locale.ROOT, "server, Findings / SQLite: %.2f× the requests/s; SQLite / Findings: %.2f× the p50, %.2f× the p99%n",
          r.perSecond() / p.perSecond(), p.p50() / r.p50(), p.p99() / r.p99());
      if (afresh != null) {
        LoadBench.Result f = afresh.result();
        out.printf(Locale.ROOT, "server answering afresh, Findings / SQLite: %.2f× the requests/s; SQLite / Findings: %.2f× the p50, %.2f× the p99%n",
            f.perSecond() / p.perSecond(), p.p50() / f.p50(), p.p99() / f.p99());
      }
      out.println("(server: Findings " + ours.warmUp().describe() + (afresh == null ? "" : "; Findings afresh " + afresh.warmUp().describe())
          + "; SQLite " + theirs.warmUp().describe() + ")");
    }
    ServeFigures a = serve.figures();
    ServeFigures b = peer.figures();
    out.printf(Locale.ROOT, "serve, SQLite / Findings: %.2f× the time to the first answer, %.2f× the heap used, %.2f× the resident memory%n",
        b.firstAnswerSeconds() / a.firstAnswerSeconds(), b.memory().heapUsedMB() / a.memory().heapUsedMB(),
        b.servingResidentMB() / a.servingResidentMB());
  }

  /** The heap of each server's JVM, ours and the peer's: the memory target. */
  private static final String SERVER_HEAP = "-Xmx512m";

  /** The first search after a start, and the searches (each on pages one to five in turn) before the memory is read. */
  private static final String FIRST_QUERY = "fostering";
  private static final List<String> THEN = List.of("safeguarding", "\"care leavers\"", "health AND education AND training");

  /** What the benchmark does with a started server, given its address ({@code http://127.0.0.1:PORT}). */
  @FunctionalInterface
  interface WhileServing<T> {
    T with(String base) throws Exception;
  }

  /** A server's start-up figures, and what was done with its last start. */
  record Started<T>(ServeFigures figures, T then) {}

  /**
   * Starts the server {@code command} runs ({@code name} in errors) {@link #SERVE_STARTS} times, one after the other,
   * each time until it says where it listens and answers {@code search}{@code ?q=}{@link #FIRST_QUERY}. After the last
   * start's first answer: 200 searches of {@link #THEN}, its memory, then {@code then} and its memory again.
   */
  private static <T> Started<T> timeStarts(List<String> command, String name, String search, WhileServing<T> then) throws Exception {
    String java = StartupCache.javaLauncher();
    long[] firstAnswers = new long[SERVE_STARTS];
    // Made once, before any start: the client's own first use is not the server's time.
    HttpClient client = HttpClient.newHttpClient();
    for (int start = 0; start < SERVE_STARTS; start++) {
      long t0 = System.nanoTime();
      try (ServerProcess server = ServerProcess.start(command, name)) {
        String base = server.base() + search;
        HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create(base + "?q="
                + URLEncoder.encode(FIRST_QUERY, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        firstAnswers[start] = System.nanoTime() - t0;
        if (first.statusCode() != 200) throw new IOException(name + "'s first answer was HTTP " + first.statusCode() + ": " + first.body());
        if (start < SERVE_STARTS - 1) continue;
        for (int i = 0; i < 200; i++) {
          String q = URLEncoder.encode(THEN.get(i % THEN.size()), StandardCharsets.UTF_8);
          client.send(HttpRequest.newBuilder(URI.create(base + "?q=" + q + "&page=" + (1 + i % 5))).build(), HttpResponse.BodyHandlers.discarding());
        }
        // With the startup cache, the JVM that serves is the launcher's child (StartupCache); both are counted.
        long serving = server.serving().pid();
        double launcherResident = server.launcher().isPresent() ? residentMB(server.launcher().get().pid()) : Double.NaN;
        Memory memory = memoryOf(serving, java);
        T done = then.with(server.base());
        return new Started<>(new ServeFigures(firstAnswers, memory, launcherResident, done == null ? null : memoryOf(serving, java)), done);
      }
    }
    throw new IllegalStateException("unreachable: the last start returns its figures");
  }

  /**
   * What {@link #timeStarts} measured: each start's time to its first answer (nanoseconds), the serving JVM's memory after
   * 200 searches, the resident memory of the launcher that started it from the startup cache (NaN: one JVM), and the
   * serving JVM's memory after what was done with the last start (null: nothing was).
   */
  record ServeFigures(long[] firstAnswers, Memory memory, double launcherResidentMB, Memory afterwards) {
    double firstAnswerSeconds() {
      return Latencies.of(firstAnswers).p50() / 1000;
    }

    /** The resident memory of every JVM it takes to serve. */
    double servingResidentMB() {
      return memory.residentMB() + (Double.isNaN(launcherResidentMB) ? 0 : launcherResidentMB);
    }

    @Override
    public String toString() {
      Latencies starts = Latencies.of(firstAnswers);
      StringBuilder each = new StringBuilder();
      for (long t : firstAnswers) each.append(each.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", t / 1e9));
      String launcher = Double.isNaN(launcherResidentMB) ? "one JVM"
          : "served by a second JVM from the startup cache; the launcher adds " + megabytes(launcherResidentMB) + " resident";
      return String.format(Locale.ROOT, "first answer (HTTP 200) median %.2f s after start, max %.2f (%d starts: %s); after 200 searches: %s (%s)%s",
          starts.p50() / 1000, starts.max() / 1000, starts.count(), each, memory, launcher,
          afterwards == null ? "" : "; after the load: " + afterwards);
    }
  }

  /** Starts of {@code serve} timed at each size (an odd number, for the median). */
  private static final int SERVE_STARTS = 5;

  /** A JVM's memory: its heap in use and committed (from jcmd; NaN where jcmd gave none) and its resident set. */
  record Memory(double heapUsedMB, double heapCommittedMB, double residentMB) {
    @Override
    public String toString() {
      String heap = Double.isNaN(heapUsedMB) ? "heap ?"
          : String.format(Locale.ROOT, "heap used %.0f MB of %.0f MB committed (max 512)", heapUsedMB, heapCommittedMB);
      return heap + ", resident " + megabytes(residentMB);
    }
  }

  private static String megabytes(double mb) {
    return Double.isNaN(mb) ? "?" : String.format(Locale.ROOT, "%.0f MB", mb);
  }

  private static double residentMB(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
    }
    return Double.NaN;
  }

  private static Memory memoryOf(long pid, String javaBin) throws Exception {
    double rss = residentMB(pid);
    String jcmd = javaBin.replaceFirst("java$", "jcmd");
    Process p = new ProcessBuilder(jcmd, Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
    String info = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return heapOf(info, rss);
  }

  private static final Pattern WHOLE_HEAP = Pattern.compile("committed (\\d+)K, used (\\d+)K");
  private static final Pattern GENERATION = Pattern.compile("total (\\d+)K, used (\\d+)K");

  /**
   * The heap in use and committed from {@code jcmd GC.heap_info}: G1 gives the heap's ("committed …K, used …K"), the
   * parallel and serial collectors each generation's ("total …K, used …K"), summed here.
   */
  static Memory heapOf(String heapInfo, double residentMB) {
    Matcher whole = WHOLE_HEAP.matcher(heapInfo);
    if (whole.find()) return new Memory(Long.parseLong(whole.group(2)) / 1024.0, Long.parseLong(whole.group(1)) / 1024.0, residentMB);
    Matcher generation = GENERATION.matcher(heapInfo);
    long committed = 0;
    long used = 0;
    boolean any = false;
    while (generation.find()) {
      committed += Long.parseLong(generation.group(1));
      used += Long.parseLong(generation.group(2));
      any = true;
    }
    return any ? new Memory(used / 1024.0, committed / 1024.0, residentMB) : new Memory(Double.NaN, Double.NaN, residentMB);
  }

  static void chart(Path file, List<SizeResult> results) throws IOException {
    List<Long> sizes = results.stream().map(SizeResult::paragraphs).toList();
    Map<String, Map<Long, Double>> series = new LinkedHashMap<>();
    for (SizeResult r : results) {
      series.computeIfAbsent("Findings, single term p50", k -> new LinkedHashMap<>()).put(r.paragraphs(), r.ours().get("single alone").p50());
      series.computeIfAbsent("Findings, full mix p99", k -> new LinkedHashMap<>()).put(r.paragraphs(), r.ours().get("mix full").p99());
      series.computeIfAbsent("SQLite FTS5, single term p50", k -> new LinkedHashMap<>()).put(r.paragraphs(), r.peer().get("single alone").p50());
      series.computeIfAbsent("SQLite FTS5, full mix p99", k -> new LinkedHashMap<>()).put(r.paragraphs(), r.peer().get("mix full").p99());
    }
    LatencyChart.write(file, "Query latency against corpus size (2 cores; log–log)", sizes, series);
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  private static long treeSize(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).mapToLong(ScaleRun::sizeOf).sum();
    }
  }

  private static double secondsSince(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static long processCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double totalMemoryGiB() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / (double) (1L << 30);
  }
}
