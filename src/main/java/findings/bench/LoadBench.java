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
    public String describe() {
      StringBuilder rates = new StringBuilder();
      for (double r : perSecond) rates.append(rates.isEmpty() ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.0f", r));
      return String.format(java.util.Locale.ROOT, "warmed up in %d rounds of %d s until a round gained under %.0f%% (requests/s %s)",
          perSecond.size(), round.toSeconds(), 100 * (STEADY - 1), rates);
    }
  }

  /** A round that gains less than this over the round before means the server has reached its steady rate. */
  static final double STEADY = 1.05;

  /**
   * Loads the server in rounds until its rate stops rising (a round gains under 5% on the one before), at least two
   * rounds and at most {@code limit}. A server's first tens of seconds under load are the JIT compiler's: on the 10k
   * index Findings' server answered about 3,500, 5,500, then 6,100 requests/s in its first three 5 s rounds, and a
   * warm-up of fixed length measured some of that climb, a different part of it for each server.
   */
  public static WarmUp warmUntilSteady(String base, List<String> paths, int connections, Duration round, Duration limit)
      throws InterruptedException {
    List<Double> rates = new ArrayList<>();
    long end = System.nanoTime() + limit.toNanos();
    do {
      rates.add(run(base, paths, connections, round).perSecond());
    } while (System.nanoTime() < end
        && (rates.size() < 2 || rates.get(rates.size() - 1) > STEADY * rates.get(rates.size() - 2)));
    return new WarmUp(round, List.copyOf(rates));
  }

  public static void print(Result r, int connections, PrintStream out) {
    out.printf("%d connections, %.1f s: %d requests, %.0f requests/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
            + "errors %d, 5xx %d, 4xx %d%n",
        connections, r.seconds(), r.requests(), r.perSecond(), r.p50(), r.p99(), r.max(), r.errors(), r.serverErrors(), r.clientErrors());
  }
}
