package findings.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import findings.search.SearchService;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web server started before its searches are open, as {@code serve} starts it beside the file check: the page is
 * served at once, and a search asked meanwhile waits and is then answered from the index, not refused.
 */
class OpeningSearchesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path tmp;

  @Test
  void aSearchAskedWhileTheIndexOpensWaitsForIt() throws Exception {
    Path index = tmp.resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    CompletableFuture<SearchService> opening = new CompletableFuture<>();
    Javalin app = WebServer.create(opening).start(0);
    SearchService search = null;
    try {
      String base = "http://localhost:" + app.port();
      HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());

      CompletableFuture<HttpResponse<String>> asked = HTTP.sendAsync(
          HttpRequest.newBuilder(URI.create(base + "/api/search?q=respite")).build(), HttpResponse.BodyHandlers.ofString());
      Thread.sleep(500);
      assertFalse(asked.isDone(), "answered before the searches were open");

      search = new SearchService(index);
      opening.complete(search);
      HttpResponse<String> answer = asked.get(30, TimeUnit.SECONDS);
      assertEquals(200, answer.statusCode(), answer.body());
      assertTrue(answer.body().contains("\"total\":") && !answer.body().contains("\"total\":0"), answer.body());
    } finally {
      app.stop();
      if (search != null) search.close();
    }
  }
}
