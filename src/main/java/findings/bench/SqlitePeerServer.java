package findings.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import findings.model.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The peer behind HTTP, so that its server figures cross the same loopback, client and JSON as Findings' own:
 * {@code GET /search?q=…&authority=…&year=…&page=…} answers what {@code /api/search} answers a page (20 matches
 * highlighted and every facet counted, {@link SqlitePeer#full}) as JSON. It runs on the JDK's own HTTP server, on a
 * fixed pool of threads, each with a database connection of its own (SQLite reads side by side on separate
 * connections; one connection is for one thread at a time).
 */
public final class SqlitePeerServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads;
  private final ConcurrentLinkedQueue<SqlitePeer> opened = new ConcurrentLinkedQueue<>();

  static {
    // Without it the JDK's server leaves Nagle's algorithm on, and a small answer waits for the client's delayed
    // acknowledgement: 40 ms a request, the peer's p99 at any size. Read once, when the first server is made.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private SqlitePeerServer(Path database, int threadCount) throws IOException {
    ThreadLocal<SqlitePeer> connection = new ThreadLocal<>();
    threads = Executors.newFixedThreadPool(threadCount);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.setExecutor(threads);
    server.createContext("/search", exchange -> {
      try (exchange) {
        SqlitePeer peer = connection.get();
        if (peer == null) {
          peer = SqlitePeer.open(database);
          opened.add(peer);
          connection.set(peer);
        }
        answer(exchange, peer);
      } catch (SQLException | RuntimeException e) {
        // The exchange is closed; the client sees the connection end, which the load counts as an error.
        System.err.println("peer search failed: " + e.getMessage());
      }
    });
    server.start();
  }

  /** Starts the peer's server on a free loopback port, with {@code threadCount} threads and database connections. */
  public static SqlitePeerServer start(Path database, int threadCount) throws IOException {
    return new SqlitePeerServer(database, threadCount);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void answer(HttpExchange exchange, SqlitePeer peer) throws IOException, SQLException {
    Map<String, String> params = params(exchange.getRequestURI().getRawQuery());
    String q = params.getOrDefault("q", "");
    String authority = params.get("authority");
    String year = params.get("year");
    int page = Integer.parseInt(params.getOrDefault("page", "1"));
    boolean filtered = authority != null && year != null;
    SqlitePeer.Page result = peer.full(new QueryMix.Query(QueryMix.Kind.SINGLE, q, authority, year), filtered, 20 * (page - 1));
    byte[] body = Json.utf8(result);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static Map<String, String> params(String rawQuery) {
    Map<String, String> out = new HashMap<>();
    if (rawQuery == null) return out;
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      if (eq < 0) continue;
      out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Override
  public void close() throws SQLException, InterruptedException {
    server.stop(0);
    threads.shutdownNow();
    // A connection is closed only once no thread can be searching on it.
    threads.awaitTermination(10, TimeUnit.SECONDS);
    for (SqlitePeer peer : opened) peer.close();
  }

  /**
   * The peer's {@code serve}, for the start-up and memory figures: starts the server on the database named and says
   * where it listens in the words {@code serve} uses, then serves until it is stopped.
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: SqlitePeerServer DATABASE THREADS");
      System.exit(2);
    }
    SqlitePeerServer server = start(Path.of(args[0]), Integer.parseInt(args[1]));
    System.out.println("Listening on http://localhost:" + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
