package findings.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class WrkLoadTest {
  /** A server whose answers the test knows: 200 for /ok, 404 for /missing, 500 for anything else; it counts what it answered. */
  @Test
  void wrkSendsEveryPathInTurnAndCountsClientAndServerErrorsApart() throws Exception {
    WrkLoad wrk = WrkLoad.find().orElse(null);
    Assumptions.assumeTrue(wrk != null, "Debian's wrk is not installed");
    AtomicLong ok = new AtomicLong();
    AtomicLong missing = new AtomicLong();
    AtomicLong boom = new AtomicLong();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      int status = switch (path) {
        case "/ok" -> 200;
        case "/missing" -> 404;
        default -> 500;
      };
      (status == 200 ? ok : status == 404 ? missing : boom).incrementAndGet();
      byte[] body = ("{\"path\":\"" + path + "\"}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      LoadBench.Result r = wrk.run("http://127.0.0.1:" + server.getAddress().getPort(), List.of("/ok", "/missing", "/boom", "/boom"),
          2, Duration.ofSeconds(1));
      assertTrue(r.requests() > 20, "requests: " + r.requests());
      assertEquals(0, r.errors());
      // wrk asks for the paths in turn, so a quarter are 404 and a half 500, give or take the requests in
      // flight when the time ran out, and the counts are what the server answered.
      assertEquals(missing.get(), r.clientErrors(), 2.0);
      assertEquals(boom.get(), r.serverErrors(), 2.0);
      assertEquals(r.requests() / 4.0, r.clientErrors(), 4.0);
      assertEquals(r.requests() / 2.0, r.serverErrors(), 4.0);
      assertEquals(ok.get(), r.requests() - r.clientErrors() - r.serverErrors(), 2.0);
      assertTrue(r.p50() > 0 && r.p50() <= r.p99() && r.p99() <= r.max(), r.toString());
      assertEquals(1.0, r.seconds(), 0.5);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aPathThatCannotBeWrittenIntoTheScriptIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WrkLoad.script(List.of("/ok", "/a\"b")));
    assertTrue(e.getMessage().contains("/a\"b"), e.getMessage());
    assertTrue(WrkLoad.script(List.of("/ok", "/api/search?q=%22x%22")).contains("\"/api/search?q=%22x%22\","));
  }
}
