package findings.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load client over loopback: N connections, each sending the next request of a fixed mix as soon
 * as the previous answer arrives, for a fixed time. Counts every status and measures every latency.
 */
public final class LoadBench {
  /** What a run measured. Latencies in milliseconds. */
  public record Result(long requests, long errors, long serverErrors, long clientErrors, double seconds, double p50, double p99,
      double max) {
    public double perSecond() {
      return requests / seconds;
    }
  }

  /** What sends the load: the JDK's HTTP client in this JVM ({@link #JAVA}) or wrk ({@link WrkLoad}). */
  public interface Client {
    String name();

    Result run(String base, List<String> paths, int connections, Duration duration) throws Exception;
  }

  /** The JDK's HTTP client, in this JVM: always at hand, and heavier on the cores the server shares with it. */
  public static final Client JAVA = new Client() {
    @Override
    public String name() {
      return "the JDK's HTTP client";
    }

    @Override
    public Result run(String base, List<String> paths, int connections, Duration duration) throws InterruptedException {
      return LoadBench.run(base, paths, connections, duration);
    }
  };

  private LoadBench() {}

  /** A mixed set of searches a page would send: words, phrases, synonyms, filters, paging, sorting. */
  public static List<String> mix(List<String> queries) {
    List<String> out = new ArrayList<>();
    String[] filters = {"", "&grade=Good", "&authority=Havering&authority=Westminster", "&type=Joint+area+review&grade=Outstanding",
        "&theme=Children+in+care", "&sort=-date", "&page=2&size=10", "&kind=recommendation"};
    for (int i = 0; i < queries.size(); i++) {
      out.add("/api/search?q=" + URLEncoder.encode(queries.get(i), StandardCharsets.UTF_8) + filters[i % filters.length]);
    }
    out.add("/api/search?q=");
    out.add("/api/search?q=%22respite+care%22");
    out.add("/api/search?q=safeg*+AND+grade%3Agood");
    return out;
  }

  public static Result run(String base, List<String> paths, int connections, Duration duration) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    long end = System.nanoTime() + duration.toNanos();
    AtomicLong requests = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong serverErrors = new AtomicLong();
    AtomicLong clientErrors = new AtomicLong();
    ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
    long started = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      int offset = c;
      Thread t = new Thread(() -> {
        long[] mine = new long[1 << 16];
        int n = 0;
        int i = offset;
        while (System.nanoTime() < end) {
          String path = paths.get(i++ % paths.size());
          long t0 = System.nanoTime();
          try {
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() >= 500) serverErrors.incrementAndGet();
            else if (r.statusCode() >= 400) clientErrors.incrementAndGet();
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          if (n == mine.length) mine = Arrays.copyOf(mine, n * 2);
          mine[n++] = System.nanoTime() - t0;
          requests.incrementAndGet();
        }
        latencies.add(Arrays.copyOf(mine, n));
      }, "load-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) t.join();
    double seconds = (System.nanoTime() - started) / 1e9;
    Latencies all = Latencies.of(latencies.stream().flatMapToLong(Arrays::stream).toArray());
    return new Result(requests.get(), errors.get(), serverErrors.get(), clientErrors.get(), seconds, all.p50(), all.p99(), all.max());
  }

  /** The warm-up rounds a server was given before it was measured: requests/s of each, in order. */
  public record WarmUp(Duration round, List<Double> perSecond) {
    /** Whether the last round gained under 5% on the one before; if not, the warm-up ended at its limit. */
    public boolean steady() {
      int n = perSecond.size();
      return n >= 2 && perSecond.get(n - 1) <= STEADY * perSecond.get(n - 2);
    }

    public String describe() {
      StringBuilder rates = new StringBuilder();
      for (double r : perSecond) rates.append(rates.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", r));
      return String.format(Locale.ROOT, "warmed up in %d rounds of %d s %s (requests/s %s)", perSecond.size(),
          round.toSeconds(), steady() ? String.format(Locale.ROOT, "until a round gained under %.0f%%", 100 * (STEADY - 1))
              : "and stopped at the limit, still rising", rates);
    }
  }

  /** A round that gains less than this over the round before means the server has reached its steady rate. */
  static final double STEADY = 1.05;

  /**
   * Loads the server in rounds until its rate stops rising (a round gains under 5% on the one before), at least two
   * rounds and at most {@code limit}. A server's first tens of seconds under load are the JIT compiler's: on the 10k
   * index, loaded by the JDK's client, Findings' server answered 1,197, 2,158, 3,420, 5,990, 6,863 and 6,640 requests/s
   * in 5 s rounds, SQLite's 608, 639, 692 and 678, and a warm-up of fixed length measured part of the climb, a larger
   * part for the server that climbs longer.
   */
  public static WarmUp warmUntilSteady(Client client, String base, List<String> paths, int connections, Duration round,
      Duration limit) throws Exception {
    List<Double> rates = new ArrayList<>();
    long end = System.nanoTime() + limit.toNanos();
    WarmUp warm;
    do {
      rates.add(client.run(base, paths, connections, round).perSecond());
      warm = new WarmUp(round, List.copyOf(rates));
    } while (System.nanoTime() < end && !warm.steady());
    return warm;
  }

  public static void print(Result r, int connections, PrintStream out) {
    out.printf("%d connections, %.1f s: %d requests, %.0f requests/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
            + "errors %d, 5xx %d, 4xx %d%n",
        connections, r.seconds(), r.requests(), r.perSecond(), r.p50(), r.p99(), r.max(), r.errors(), r.serverErrors(), r.clientErrors());
  }
}
