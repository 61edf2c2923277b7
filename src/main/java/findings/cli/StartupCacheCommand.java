package findings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import findings.index.Indexer;
import findings.model.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code findings startup-cache}: writes the JDK's AOT cache for {@code serve}'s start beside the jar ({@link
 * StartupCache}). {@code mvn package} runs it on the seeds; it is not part of the public command line.
 *
 * <p>It indexes the reports into a scratch folder, then starts a training JVM with {@code -XX:AOTCacheOutput} that
 * serves them from that index as it stands — as {@code serve} mostly starts — and sends every kind of request the page
 * and the API answer; on exit that JVM writes down the classes it loaded and linked (not the profiles of the methods
 * it ran: see {@link #call}).
 * (Indexing in the training JVM as well made the cache a sixth larger and the start no faster.)
 */
@Command(name = "startup-cache", hidden = true,
    description = "Write the JDK's AOT cache for serve's start beside the jar (JDK 25 or newer; mvn package runs it).")
final class StartupCacheCommand implements Callable<Integer> {
  @Option(names = "--source", defaultValue = "seeds", description = "Reports to train on (default: ${DEFAULT-VALUE})")
  Path source;

  @Option(names = "--training", hidden = true, description = "Serve this index and train (in the JVM that writes the cache)")
  Path trainingIndex;

  /** Rounds of requests a training server answers: every class a search, a page and an export load, loaded. */
  private static final int ROUNDS = 8;

  @Override
  public Integer call() throws Exception {
    if (trainingIndex != null) {
      train(trainingIndex, source);
      return 0;
    }
    if (Runtime.version().feature() < StartupCache.FIRST_RELEASE) {
      System.out.printf("startup cache: not written (the JDK's AOT cache needs Java %d or newer; this is %d)%n",
          StartupCache.FIRST_RELEASE, Runtime.version().feature());
      return 0;
    }
    Path jar = StartupCache.runningJar().orElse(null);
    if (jar == null) {
      System.err.println("findings: startup-cache: run it from the jar (java -jar target/findings.jar startup-cache)");
      return 2;
    }
    if (!Files.isDirectory(source)) {
      System.err.println("findings: startup-cache: " + source + ": no such folder of reports to train on");
      return 2;
    }
    StartupCache.CacheFiles files = StartupCache.CacheFiles.of(jar);
    Files.deleteIfExists(files.record());
    Files.deleteIfExists(files.cache());
    Path log = files.cache().resolveSibling(files.cache().getFileName() + ".log");
    long t0 = System.nanoTime();
    Path scratch = Files.createTempDirectory("findings-startup-training");
    int code;
    try {
      Path index = scratch.resolve("index");
      try (Indexer indexer = new Indexer(index)) {
        new IndexRun(new PrintStream(PrintStream.nullOutputStream()), System.err, false).run(indexer, List.of(source));
      }
      Process run = new ProcessBuilder(trainingCommand(files, index, source.toAbsolutePath()))
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      code = run.waitFor();
    } finally {
      BenchCommand.deleteTree(scratch);
    }
    if (code != 0 || !Files.isRegularFile(files.cache())) {
      System.err.println("findings: startup-cache: the training run failed (exit " + code + "); see " + log);
      Files.deleteIfExists(files.cache());
      return 1;
    }
    StartupCache.recordValidity(files);
    System.out.printf(Locale.ROOT, "startup cache: wrote %s (%.0f MB) in %.1f s; serve starts from it%n", files.cache(),
        Files.size(files.cache()) / 1e6, (System.nanoTime() - t0) / 1e9);
    return 0;
  }

  /**
   * The training JVM's command line: it serves {@code index} of the reports in {@code source}, exercises it, and on exit
   * writes the cache.
   */
  static List<String> trainingCommand(StartupCache.CacheFiles files, Path index, Path source) {
    // The cache holds the classes, not the training's method profiles (AOTRecordTraining, on by default): a serve
    // started with those profiles was slower to its first answer at a million paragraphs (0.80-0.97 s against
    // 0.70-0.73 without them) and slower under load for a while after (1,920-1,935 against 2,201-2,301 requests/s in
    // the third 8 s round of wrk; the same within the noise after a minute): the profiles of a few requests on the
    // seeds are not those of a server's load.
    return List.of(StartupCache.javaLauncher(), "-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTRecordTraining",
        "-XX:AOTCacheOutput=" + files.cache(), "-D" + StartupCache.PROPERTY + "=off", "-jar", files.jar().toString(),
        "startup-cache", "--training", index.toString(), "--source", source.toString());
  }

  /** Serves an index of the reports as it stands and sends every kind of request to it. */
  private static void train(Path index, Path source) throws Exception {
    try (ServeCommand.Serving serving = ServeCommand.start(index, List.of(source), 0, Duration.ofSeconds(10),
        new PrintStream(PrintStream.nullOutputStream()), System.err)) {
      exercise("http://127.0.0.1:" + serving.port());
    }
  }

  private static void exercise(String base) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    JsonNode first = Json.MAPPER.readTree(get(client, base, "/api/search?q=fostering"));
    JsonNode hit = first.path("hits").path(0);
    if (hit.isMissingNode()) throw new IllegalStateException("the training reports have no paragraph about fostering");
    String report = hit.path("report").path("id").asText();
    String paragraph = hit.path("id").asText();
    List<String> paths = new ArrayList<>(List.of("/", "/app.js", "/report.js", "/style.css", "/health", "/api/reports",
        "/api/reports/" + report, "/reports/" + report, "/p/" + paragraph, "/api/paragraphs/" + paragraph,
        "/api/paragraphs/" + paragraph + "/similar", "/api/suggest?q=fos", "/api/reports/no-such-report",
        "/api/export?q=respite&format=csv", "/api/export?q=respite&format=json"));
    for (String q : List.of("fostering", "looked after children", "\"care leavers\"", "health AND education AND training",
        "safeguarding", "UASC", "fosterng", "well-being NOT health", "section:\"Looked after\"", "respite care~3", "")) {
      String query = "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
      paths.add(query);
      paths.add(query + "&page=2&sort=date");
      paths.add(query + "&authority=" + URLEncoder.encode(hit.path("report").path("authority").asText(), StandardCharsets.UTF_8)
          + "&grade=Good&grade=Outstanding");
    }
    paths.add("/api/search?q=" + URLEncoder.encode("\"unclosed", StandardCharsets.UTF_8));
    paths.add("/api/search?q=x&page=0");
    for (int round = 0; round < ROUNDS; round++) {
      for (String path : paths) get(client, base, path);
    }
  }

  private static String get(HttpClient client, String base, String path) {
    try {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() >= 500) throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
