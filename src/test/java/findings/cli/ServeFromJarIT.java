package findings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, as the README runs it: {@code java -jar target/findings.jar serve} serves from a second JVM that
 * maps the startup cache {@code mvn package} wrote, and that JVM never outlives the first — asked to stop or killed
 * outright, the index folder is free again afterwards. Runs after {@code package} (failsafe), on JDK 25 or newer.
 */
class ServeFromJarIT {
  private static final Pattern LISTENING = Pattern.compile("Listening on (http://localhost:\\d+)");
  private static final Path JAR = Path.of("target", "findings.jar").toAbsolutePath();
  private static final Path CACHE = Path.of("target", "findings.aot").toAbsolutePath();

  @TempDir Path tmp;

  record Server(Process launcher, String url) {}

  private Server start(Path index) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-Xmx512m", "-jar", JAR.toString(), "serve", "--port", "0", "--rescan", "0",
        "--index", index.toString(), "--source", Path.of("seeds").toAbsolutePath().toString())
        .redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
      lines.add(line);
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        Thread.ofPlatform().daemon().start(() -> out.lines().forEach(l -> {}));
        return new Server(p, m.group(1));
      }
    }
    p.destroyForcibly();
    throw new AssertionError("serve did not print its URL: " + lines);
  }

  /** The JVM that serves: the launcher's one child, started with the cache and the launcher's own JVM options. */
  private static ProcessHandle server(Server s) {
    List<ProcessHandle> children = s.launcher().children().toList();
    assertEquals(1, children.size(), "one serving JVM under the launcher");
    return children.get(0);
  }

  private static int health(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/health")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static void assertGone(ProcessHandle p) throws Exception {
    try {
      p.onExit().get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      p.destroyForcibly();
      throw new AssertionError("the serving JVM outlived its launcher");
    }
    assertFalse(p.isAlive());
  }

  @Test
  void servesFromTheCacheAndStopsWithItsLauncher() throws Exception {
    assumeTrue(Runtime.version().feature() >= StartupCache.FIRST_RELEASE && Files.isRegularFile(CACHE),
        "the startup cache needs JDK 25 or newer");
    Path index = tmp.resolve("index");

    // Asked to stop, the launcher asks the server, which closes the index.
    Server first = start(index);
    ProcessHandle serving = server(first);
    List<String> options = Arrays.asList(serving.info().arguments().orElseThrow());
    assertTrue(options.contains("-XX:AOTCache=" + CACHE), options.toString());
    assertTrue(options.contains("-Xmx512m"), "the launcher's JVM options carry over: " + options);
    assertEquals(200, health(first.url()));
    first.launcher().destroy();
    assertTrue(first.launcher().waitFor(30, TimeUnit.SECONDS));
    assertGone(serving);

    // Killed outright, the launcher cannot ask: the server notices by itself, and a new serve can take the folder.
    Server second = start(index);
    ProcessHandle orphan = server(second);
    assertEquals(200, health(second.url()));
    second.launcher().destroyForcibly();
    assertGone(orphan);
    Server third = start(index);
    assertEquals(200, health(third.url()));
    third.launcher().destroy();
    assertTrue(third.launcher().waitFor(30, TimeUnit.SECONDS));
  }

  @Test
  void withTheCacheOffItServesInOneJvm() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-D" + StartupCache.PROPERTY + "=off", "-jar", JAR.toString(), "serve", "--port", "0",
        "--rescan", "0", "--index", tmp.resolve("index").toString(), "--source", Path.of("seeds").toAbsolutePath().toString())
        .redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String url = null;
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          url = m.group(1);
          break;
        }
      }
      assertTrue(url != null, "serve printed its URL");
      assertEquals(200, health(url));
      assertEquals(0, p.children().count(), "no second JVM");
    } finally {
      p.destroy();
      p.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
