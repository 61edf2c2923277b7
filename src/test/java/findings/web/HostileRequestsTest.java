package findings.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import findings.model.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random, malformed and hostile requests never get a 5xx, a stack trace or a file they should not. */
class HostileRequestsTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  static SeedServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String ALPHABET =
      "abcdefghijklmnopqrstuvwxyzABC  \"\"()[]{}:*?~^!+-&|\\/<>'%#=;,.0123456789éß€\u0000\u202e\uFFFF日本AND OR NOT ";

  @BeforeAll
  static void start() throws Exception {
    server = new SeedServer(tmp);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server.base + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * A Java class name ending in Exception or Error, or a stack frame. Not the bare word: the seeds' own text says
   * "Exceptions are then presented …", and a match-all page holds it whenever that report is indexed first.
   */
  private static final java.util.regex.Pattern STACK_TRACE =
      java.util.regex.Pattern.compile("\\b[a-z][\\w$]*\\.[\\w.$]*(Exception|Error)\\b|\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");

  private static void assertAnswered(HttpResponse<String> r, String what) throws Exception {
    assertTrue(r.statusCode() == 200 || r.statusCode() == 400 || r.statusCode() == 404, what + " → " + r.statusCode() + " " + r.body());
    assertFalse(STACK_TRACE.matcher(r.body()).find(), what + " leaks a stack trace: " + r.body());
    if (r.statusCode() != 200) {
      JsonNode body = Json.MAPPER.readTree(r.body());
      assertFalse(body.get("error").asText().isBlank(), what);
    }
  }

  @Test
  void randomQueriesNeverGetA5xx() throws Exception {
    Random random = new Random(20261123L); // fixed seed: a failure reproduces
    for (int i = 0; i < 1500; i++) {
      int length = random.nextInt(i % 10 == 0 ? 300 : 30);
      StringBuilder q = new StringBuilder();
      for (int k = 0; k < length; k++) q.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      String extra = switch (i % 5) {
        case 0 -> "&page=" + (random.nextInt(5) - 1);
        case 1 -> "&size=" + (random.nextInt(120) - 5);
        case 2 -> "&grade=" + enc(q.toString());
        case 3 -> "&sort=" + enc(q.toString());
        default -> "";
      };
      assertAnswered(get("/api/search?q=" + enc(q.toString()) + extra), "q=" + q);
    }
  }

  @Test
  void expensiveQueriesAreRefusedWithAClearMessage() throws Exception {
    for (String q : List.of("a*", "*", "?x", "/.*/", "c?x", "x".repeat(1001), "care~2 " + "or ".repeat(1100) + "x",
        "(" .repeat(500) + "care" + ")".repeat(500))) {
      HttpResponse<String> r = get("/api/search?q=" + enc(q));
      assertEquals(400, r.statusCode(), q.substring(0, Math.min(40, q.length())) + " → " + r.body());
      assertAnswered(r, q);
    }
    assertEquals(200, get("/api/search?q=" + enc("safeg*")).statusCode(), "a wildcard after two letters is fine");
    assertEquals(200, get("/api/search?q=" + enc("respit~1")).statusCode(), "fuzzy terms are bounded by Lucene");
  }

  @Test
  void aLongAddressIsAnsweredInJson() throws Exception {
    // A query within its 1,000 characters, in letters that each take six or nine bytes of the address: the query's
    // own check reads it (it was Jetty's HTML "414 URI Too Long" page, past 8 KB of address).
    String curly = "’".repeat(600) + " care";
    HttpResponse<String> withinLimit = get("/api/search?q=" + enc(curly) + "&authority=" + enc("é".repeat(900)));
    assertTrue(enc(curly).length() > 5000, "the address is long");
    assertEquals(200, withinLimit.statusCode(), withinLimit.body());
    HttpResponse<String> overLimit = get("/api/search?q=" + enc("日".repeat(1001)));
    assertEquals(400, overLimit.statusCode());
    assertTrue(Json.MAPPER.readTree(overLimit.body()).get("error").asText().contains("at most 1000"), overLimit.body());
    // Past what the server reads at all: Jetty's own refusal, as JSON with what to do about it.
    HttpResponse<String> tooLong = get("/api/search?q=" + "x".repeat(70_000));
    assertEquals(414, tooLong.statusCode());
    assertTrue(tooLong.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), tooLong.headers().toString());
    JsonNode body = Json.MAPPER.readTree(tooLong.body());
    assertEquals("URI Too Long", body.get("error").asText());
    assertTrue(body.get("detail").asText().contains("1000 characters"), tooLong.body());
  }

  @Test
  void idsAndStaticFilesCannotReachOutsideWhatIsServed() throws Exception {
    for (String path : List.of("/../pom.xml", "/..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/etc/passwd",
        "/reports/..%2f..%2fpom.xml", "/api/reports/..%2F..%2Fetc%2Fpasswd", "/p/..%2f..%2f/1", "/web/../findings/authorities.tsv",
        "/findings/authorities.tsv", "/simplelogger.properties")) {
      HttpResponse<String> r = get(path);
      assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " → " + r.statusCode());
      assertFalse(r.body().contains("root:") || r.body().contains("<artifactId>") || r.body().contains("E09000001"), path);
    }
  }

  @Test
  void reportTextAndQueryTextAreAlwaysEscaped() throws Exception {
    HttpResponse<String> page = get("/reports/city-of-london-joint-area-review-2007-12-21");
    assertFalse(page.body().contains("<input"), "markup from the report text never reaches the page as markup");
    // Markup typed in a query is data: echoed as the query's text (which the page writes as text), never in a snippet.
    for (String q : List.of("<script>alert(1)</script> care", "<i>care</i>")) {
      JsonNode answer = Json.MAPPER.readTree(get("/api/search?q=" + enc(q)).body());
      assertEquals(q, answer.get("query").asText());
      for (JsonNode h : answer.get("hits")) {
        assertFalse(h.get("snippet").asText().replace("<mark>", "").replace("</mark>", "").contains("<"), h.get("snippet").asText());
      }
    }
    assertTrue(Json.MAPPER.readTree(get("/api/search?q=" + enc("<i>care</i>")).body()).get("total").asInt() > 0);
    for (JsonNode h : Json.MAPPER.readTree(get("/api/search?q=checkbox&size=50").body()).get("hits")) {
      assertFalse(h.get("snippet").asText().replace("<mark>", "").replace("</mark>", "").contains("<"), h.get("snippet").asText());
    }
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
  }
}
