package findings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code findings serve} as a real child process: builds the index, prints its URL, answers, refuses a second writer;
 * restarted, it reindexes nothing, or exactly what changed in its folder meanwhile, before it answers.
 */
class ServeCommandTest {
  private static final Pattern LISTENING = Pattern.compile("Listening on (http://localhost:\\d+)");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path tmp;

  record Server(Process process, String url, List<String> output) {}

  private Server start(Path index, Path source) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "findings.cli.Main",
        "serve", "--port", "0", "--index", index.toString(), "--source", source.toString())
        .redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String line;
    while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
      lines.add(line);
      Matcher m = LISTENING.matcher(line);
      if (m.find()) return new Server(p, m.group(1), lines);
    }
    p.destroyForcibly();
    throw new AssertionError("serve did not print its URL: " + lines);
  }

  private static String health(Server server) throws Exception {
    HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode());
    return health.body();
  }

  private static void assertSecondWriterRefused(Path index) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process second = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "findings.cli.Main",
        "index", "--index", index.toString(), "seeds").redirectErrorStream(true).start();
    String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(second.waitFor(60, TimeUnit.SECONDS));
    assertEquals(1, second.exitValue(), said);
    assertTrue(said.contains("is in use by another Findings process"), said);
  }

  private static void stop(Server server) throws Exception {
    server.process().destroy();
    server.process().waitFor(30, TimeUnit.SECONDS);
  }

  @Test
  void servesTheSeedsThenRestartsOnTheExistingIndexWithoutReindexing() throws Exception {
    Path index = tmp.resolve("index");
    Path source = tmp.resolve("reports");
    Files.createDirectories(source);
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.toList()) Files.copy(seed, source.resolve(seed.getFileName()));
    }
    Server first = start(index, source);
    try {
      // A new index is built before anything is served: there is nothing to answer from until then.
      assertTrue(first.output().stream().anyMatch(l -> l.contains("5 indexed (617 paragraphs)")), first.output().toString());
      assertTrue(health(first).contains("\"paragraphs\":617"));

      // A second process on the same index is refused with a clear message, and the first keeps serving.
      assertSecondWriterRefused(index);
      assertTrue(health(first).contains("\"paragraphs\":617"));
    } finally {
      stop(first);
    }

    Server again = start(index, source);
    try {
      assertTrue(again.output().stream().anyMatch(l -> l.contains("0 indexed (0 paragraphs), 5 unchanged, 0 removed")), again.output().toString());
      assertTrue(health(again).contains("\"paragraphs\":617"));
      // With nothing to write, serve never opened the index writer; the folder is held all the same.
      assertSecondWriterRefused(index);
    } finally {
      stop(again);
    }

    // A report deleted while nothing served has left the index by the time serve answers again.
    Path gone;
    try (Stream<Path> reports = Files.list(source)) {
      gone = reports.sorted().findFirst().orElseThrow();
    }
    Files.delete(gone);
    Server third = start(index, source);
    try {
      // What changed in the folder while nothing served is in the index before the first answer.
      assertTrue(third.output().stream().anyMatch(l -> l.contains("0 indexed (0 paragraphs), 4 unchanged, 1 removed")), third.output().toString());
      assertTrue(health(third).contains("\"reports\":4"), health(third));
    } finally {
      stop(third);
    }
  }
}
