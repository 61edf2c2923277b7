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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code findings serve} as a real child process: builds the index, prints its URL, answers, refuses a second writer. */
class ServeCommandTest {
  private static final Pattern LISTENING = Pattern.compile("Listening on (http://localhost:\\d+)");

  @TempDir Path tmp;

  record Server(Process process, String url, List<String> output) {}

  private Server start(Path index) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "findings.cli.Main",
        "serve", "--port", "0", "--index", index.toString(), "--source", "seeds")
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

  @Test
  void servesTheSeedsThenRestartsOnTheExistingIndexWithoutReindexing() throws Exception {
    Path index = tmp.resolve("index");
    Server first = start(index);
    try {
      assertTrue(first.output().stream().anyMatch(l -> l.contains("5 indexed (617 paragraphs)")), first.output().toString());
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(first.url() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      assertTrue(health.body().contains("\"paragraphs\":617"), health.body());

      // A second process on the same index is refused with a clear message, and the first keeps serving.
      String java = ProcessHandle.current().info().command().orElse("java");
      Process second = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "findings.cli.Main",
          "index", "--index", index.toString(), "seeds").redirectErrorStream(true).start();
      String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(second.waitFor(60, TimeUnit.SECONDS));
      assertEquals(1, second.exitValue(), said);
      assertTrue(said.contains("is in use by another Findings process"), said);
    } finally {
      first.process().destroy();
      first.process().waitFor(30, TimeUnit.SECONDS);
    }

    Server again = start(index);
    try {
      assertTrue(again.output().stream().anyMatch(l -> l.contains("0 indexed (0 paragraphs), 5 unchanged")), again.output().toString());
    } finally {
      again.process().destroy();
      again.process().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
