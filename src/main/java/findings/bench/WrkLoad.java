package findings.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of {@link LoadBench} sent by wrk (Debian's package {@code wrk}), the load generator the issue names: a
 * C program on epoll that needs a fraction of the CPU the JDK's HTTP client does. That matters on two cores shared
 * with the server: at 10k paragraphs the JDK's client in the server's JVM took about a quarter of what Findings'
 * server could answer, and next to nothing of SQLite's, whose server answers a tenth as many requests.
 * A Lua script sends the same fixed requests in turn and counts 4xx and 5xx answers apart.
 */
public final class WrkLoad implements LoadBench.Client {
  private static final Pattern RESULT = Pattern.compile(
      "RESULT requests=(\\d+) seconds=([\\d.]+) p50=([\\d.]+) p99=([\\d.]+) max=([\\d.]+) errors=(\\d+) c4=(\\d+) c5=(\\d+)");

  private final String version;

  private WrkLoad(String version) {
    this.version = version;
  }

  /** wrk from the {@code PATH}, if it is installed and answers its version. */
  public static Optional<WrkLoad> find() {
    try {
      // The process builder looks the command up along the PATH, as a shell would.
      Process p = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
      String first = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
      p.waitFor();
      return first.startsWith("wrk ") ? Optional.of(new WrkLoad(first.split(" ")[1])) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // no wrk on the PATH, or none that runs here
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  @Override
  public String name() {
    return "wrk " + version;
  }

  @Override
  public LoadBench.Result run(String base, List<String> paths, int connections, Duration duration) throws IOException, InterruptedException {
    Path script = Files.createTempFile("findings-wrk", ".lua");
    Path output = Files.createTempFile("findings-wrk", ".txt");
    try {
      Files.writeString(script, script(paths));
      // One thread drives every connection: the client shares the machine's cores with the server it measures, and a
      // thread of wrk is far from its limit here (16 connections to serve on the 10k index: 28% of a core at 9,800
      // requests/s; with a thread a core, 35% between them, and 3-4% fewer requests/s for the server).
      Process p = new ProcessBuilder("wrk", "-t1", "-c" + connections,
          "-d" + Math.max(1, duration.toSeconds()) + "s", "--timeout", "30s", "-s", script.toString(), base)
          .redirectErrorStream(true).redirectOutput(output.toFile()).start();
      int code = p.waitFor();
      String out = Files.readString(output);
      Matcher m = RESULT.matcher(out);
      if (code != 0 || !m.find()) throw new IOException("wrk exited with " + code + " and no result: " + out.strip());
      drain(base + paths.get(0));
      long c4 = Long.parseLong(m.group(7));
      long c5 = Long.parseLong(m.group(8));
      return new LoadBench.Result(Long.parseLong(m.group(1)), Long.parseLong(m.group(6)), c5, c4, Double.parseDouble(m.group(2)),
          Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)));
    } finally {
      Files.deleteIfExists(script);
      Files.deleteIfExists(output);
    }
  }

  /**
   * Waits until the server has finished what wrk left in flight. wrk stops at its time and drops the requests it has
   * sent and not yet had answered; a server still searching for them would start the next round behind (at 1M
   * paragraphs SQLite's sixteen take it seconds). Both servers answer in turn, so one more answered request means
   * those before it are done.
   */
  private static void drain(String url) throws IOException, InterruptedException {
    try (HttpClient client = HttpClient.newHttpClient()) {
      client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.discarding());
    }
  }

  /**
   * The requests in turn across the connections; 4xx and 5xx counted apart (wrk's own count has both as one "non-2xx
   * or 3xx"), in the thread's variables, which only the thread object reads back at the end.
   */
  static String script(List<String> paths) {
    StringBuilder s = new StringBuilder("local paths = {\n");
    for (String path : paths) {
      if (path.indexOf('"') >= 0 || path.indexOf('\\') >= 0 || path.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("a request path wrk cannot be given as written: " + path);
      }
      s.append("  \"").append(path).append("\",\n");
    }
    return s.append("""
        }
        local threads = {}
        function setup(thread)
          table.insert(threads, thread)
        end
        function init(args)
          next_path = 0
          c4, c5 = 0, 0
        end
        function request()
          next_path = next_path + 1
          return wrk.format("GET", paths[(next_path % #paths) + 1])
        end
        function response(status, headers, body)
          if status >= 500 then c5 = c5 + 1 elseif status >= 400 then c4 = c4 + 1 end
        end
        function done(summary, latency, requests)
          local n4, n5 = 0, 0
          for _, t in ipairs(threads) do n4 = n4 + t:get("c4"); n5 = n5 + t:get("c5") end
          local e = summary.errors
          io.write(string.format("RESULT requests=%d seconds=%.3f p50=%.3f p99=%.3f max=%.3f errors=%d c4=%d c5=%d\\n",
            summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(99) / 1e3,
            latency.max / 1e3, e.connect + e.read + e.write + e.timeout, n4, n5))
        end
        """).toString();
  }
}
