package findings.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import findings.search.SearchService;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} starts its web server while it brings the index up to date: until the searches are handed over, the
 * API says so with a 503 (never a hang or a 500), the page itself is served, and afterwards the API answers.
 */
class StartingServerTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> get(Javalin app, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theApiAnswers503UntilTheSearchesAreOpenThenAnswers() throws Exception {
    Path index = Files.createTempDirectory("findings-starting").resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    CompletableFuture<SearchService> opening = new CompletableFuture<>();
    Javalin app = WebServer.create(opening).start(0);
    try (SearchService search = new SearchService(index)) {
      for (String path : new String[] {"/api/search?q=fostering", "/api/reports", "/health"}) {
        HttpResponse<String> early = get(app, path);
        assertEquals(503, early.statusCode(), path);
        assertTrue(early.body().contains("Findings is starting"), early.body());
        assertTrue(early.headers().firstValue("content-type").orElse("").startsWith("application/json"), path);
      }
      assertEquals(200, get(app, "/").statusCode());
      opening.complete(search);
      HttpResponse<String> ready = get(app, "/api/search?q=fostering");
      assertEquals(200, ready.statusCode());
      assertTrue(ready.body().contains("\"total\""), ready.body());
    } finally {
      app.stop();
    }
  }
}
