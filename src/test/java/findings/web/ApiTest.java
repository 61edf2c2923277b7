package findings.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import findings.model.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint of the contract over real HTTP, against the seeds served on a free port. */
class ApiTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  static SeedServer server;
  static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

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

  static JsonNode json(String pathAndQuery, int status) throws Exception {
    HttpResponse<String> r = get(pathAndQuery);
    assertEquals(status, r.statusCode(), pathAndQuery + " → " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), pathAndQuery);
    return Json.MAPPER.readTree(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Every paragraph matching q and filters, from the export: what facet counts must agree with. */
  static List<JsonNode> all(String query) throws Exception {
    JsonNode rows = json("/api/export?format=json&" + query, 200);
    List<JsonNode> out = new java.util.ArrayList<>();
    rows.forEach(out::add);
    return out;
  }

  static Map<String, Long> facet(JsonNode page, String dim) {
    Map<String, Long> m = new HashMap<>();
    for (JsonNode v : page.get("facets").get(dim)) m.put(v.get("value").asText(), v.get("count").asLong());
    return m;
  }

  static Map<String, Long> countBy(List<JsonNode> hits, String field) {
    Map<String, Long> m = new HashMap<>();
    for (JsonNode h : hits) {
      JsonNode v = field.equals("authority") ? h.get("report").get("authority") : field.equals("year")
          ? h.get("report").get("year") : field.equals("type") ? h.get("report").get("type") : h.get(field);
      if (v != null && !v.isNull()) m.merge(v.asText(), 1L, Long::sum);
    }
    return m;
  }

  @Test
  void healthCountsReportsAndParagraphs() throws Exception {
    JsonNode h = json("/health", 200);
    assertEquals("ok", h.get("status").asText());
    assertEquals(5, h.get("reports").asInt());
    assertEquals(617, h.get("paragraphs").asInt());
  }

  @Test
  void searchReturnsTheContractsHitShape() throws Exception {
    JsonNode page = json("/api/search?q=" + enc("unaccompanied asylum seekers"), 200);
    assertEquals("unaccompanied asylum seekers", page.get("query").asText());
    assertTrue(page.get("total").asInt() >= 6, "the six paragraphs that say it, and those that say UASC or asylum-seeking children");
    assertEquals(1, page.get("page").asInt());
    assertEquals(20, page.get("size").asInt());
    assertTrue(page.has("tookMs"));
    JsonNode p23 = null;
    for (JsonNode h : page.get("hits")) if (h.get("id").asText().equals("city-of-london-joint-area-review-2007-12-21/23")) p23 = h;
    assertNotNull(p23);
    assertEquals("23", p23.get("number").asText());
    assertEquals("City of London", p23.get("report").get("authority").asText());
    assertEquals("Joint area review", p23.get("report").get("type").asText());
    assertEquals("2007-12-21", p23.get("report").get("published").asText());
    assertEquals(2007, p23.get("report").get("year").asInt());
    assertEquals("Looked after children and young people", p23.get("section").asText());
    assertEquals("Outstanding", p23.get("grade").asText());
    assertEquals("finding", p23.get("kind").asText());
    assertTrue(p23.get("page").isNull(), "text sources have no pages");
    assertEquals("Joint area review: City of London (Ofsted, published 21 December 2007), paragraph 23", p23.get("citation").asText());
    assertEquals("/reports/city-of-london-joint-area-review-2007-12-21#p23", p23.get("url").asText());
    String snippet = p23.get("snippet").asText();
    assertTrue(snippet.replace("</mark> <mark>", " ").contains("<mark>unaccompanied asylum seekers</mark>"), snippet);
    assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), "only <mark> is markup");
    for (String dim : List.of("authority", "year", "type", "section", "grade", "kind")) assertTrue(page.get("facets").has(dim), dim);
  }

  @Test
  void facetCountsAgreeWithTheParagraphsAndStayMultiSelect() throws Exception {
    List<JsonNode> everything = all("q=care");
    JsonNode page = json("/api/search?q=care", 200);
    assertEquals(everything.size(), page.get("total").asInt());
    for (String dim : List.of("authority", "year", "type", "section", "grade", "kind")) {
      Map<String, Long> expected = countBy(everything, dim);
      Map<String, Long> actual = facet(page, dim);
      if (dim.equals("section") || dim.equals("authority")) {
        expected.forEach((k, v) -> { if (actual.containsKey(k)) assertEquals(v, actual.get(k), dim + "=" + k); });
      } else {
        assertEquals(expected, actual, dim);
      }
    }
    // Choose Havering: the hits narrow, the authority facet still shows every authority's count,
    // and the other facets count only Havering's paragraphs.
    JsonNode havering = json("/api/search?q=care&authority=Havering", 200);
    List<JsonNode> haveringAll = all("q=care&authority=Havering");
    assertEquals(haveringAll.size(), havering.get("total").asInt());
    assertEquals(facet(page, "authority"), facet(havering, "authority"), "multi-select: authority counts unchanged");
    assertEquals(countBy(haveringAll, "grade"), facet(havering, "grade"));
    assertEquals(countBy(haveringAll, "kind"), facet(havering, "kind"));
    for (JsonNode h : havering.get("hits")) assertEquals("Havering", h.get("report").get("authority").asText());
    // values within a filter are OR-ed, filters AND-ed
    long both = json("/api/search?q=care&authority=Havering&authority=Westminster", 200).get("total").asLong();
    assertEquals(facet(page, "authority").get("Havering") + facet(page, "authority").get("Westminster"), both);
    JsonNode good = json("/api/search?q=care&authority=Havering&grade=Good", 200);
    assertEquals(facet(havering, "grade").get("Good").longValue(), good.get("total").asLong());
    for (JsonNode h : good.get("hits")) assertEquals("Good", h.get("grade").asText());
  }

  /**
   * A filter's value typed in an address as a person types it ("havering", "good", the authority's longer name) is
   * read as the value the facet shows. Filters are exact, and such a value had found nothing, and said nothing.
   */
  @Test
  void filterValuesAreReadAsTheFacetsShowThem() throws Exception {
    long havering = json("/api/search?q=care&authority=Havering", 200).get("total").asLong();
    assertTrue(havering > 0);
    assertEquals(havering, json("/api/search?q=care&authority=havering", 200).get("total").asLong());
    assertEquals(havering, json("/api/search?q=care&authority=" + enc("London Borough of Havering"), 200).get("total").asLong());
    long good = json("/api/search?q=care&grade=Good", 200).get("total").asLong();
    assertTrue(good > 0);
    assertEquals(good, json("/api/search?q=care&grade=good", 200).get("total").asLong());
    long jar = json("/api/search?q=care&type=" + enc("Joint area review"), 200).get("total").asLong();
    assertTrue(jar > 0);
    assertEquals(jar, json("/api/search?q=care&type=" + enc("joint AREA review"), 200).get("total").asLong());
    long findings = json("/api/search?q=care&kind=finding", 200).get("total").asLong();
    assertEquals(findings, json("/api/search?q=care&kind=Finding", 200).get("total").asLong());
    long send = json("/api/search?q=care&theme=SEND", 200).get("total").asLong();
    assertTrue(send > 0);
    assertEquals(send, json("/api/search?q=care&theme=send", 200).get("total").asLong());
    // The chosen value is shown as the facet shows it, and a value that names nothing still finds nothing.
    assertTrue(facet(json("/api/search?q=care&authority=havering", 200), "authority").containsKey("Havering"));
    assertEquals("Havering", json("/api/search?q=care&authority=havering", 200).get("filters").get("authority").get(0).asText());
    assertEquals(0, json("/api/search?q=care&authority=Atlantis", 200).get("total").asLong());
  }

  @Test
  void emptyQueryIsEveryParagraphAndPagingAndSortingWork() throws Exception {
    JsonNode all = json("/api/search?size=5", 200);
    assertEquals(617, all.get("total").asInt());
    assertEquals(5, all.get("hits").size());
    JsonNode page2 = json("/api/search?size=5&page=2", 200);
    assertFalse(all.get("hits").get(0).get("id").equals(page2.get("hits").get(0).get("id")));
    JsonNode oldest = json("/api/search?sort=date&size=1", 200).get("hits").get(0);
    JsonNode newest = json("/api/search?sort=-date&size=1", 200).get("hits").get(0);
    assertEquals("2007-02-06", oldest.get("report").get("published").asText());
    assertEquals("2018-04-30", newest.get("report").get("published").asText());
    assertEquals(17, json("/api/search?size=100&page=7", 200).get("hits").size(), "the last page");
    assertTrue(json("/api/search?size=100&page=8", 400).get("error").asText().contains("out of range"));
    assertEquals(0, json("/api/search?q=zzzzqqq", 200).get("total").asInt(), "no match is not an error");
    assertEquals(617, json("/api/search?type=" + enc("Joint area review") + "&type=" + enc("Committee report") + "&type=" + enc("Self-assessment"), 200).get("total").asInt());
  }

  @Test
  void badInputIs400WithAJsonBodyNamingTheProblem() throws Exception {
    for (String bad : List.of("/api/search?q=" + enc("\"unclosed"), "/api/search?q=" + enc("(care"), "/api/search?page=0",
        "/api/search?size=101", "/api/search?size=abc", "/api/search?page=1000&size=100", "/api/search?sort=sideways",
        "/api/search?colour=red", "/api/search?q=" + enc("*are"), "/api/export?format=xml")) {
      JsonNode body = json(bad, 400);
      assertFalse(body.get("error").asText().isBlank(), bad);
      assertTrue(body.has("detail"), bad);
      assertFalse(body.toString().contains("Exception"), bad);
    }
  }

  @Test
  void unknownIdsAre404WithAJsonBody() throws Exception {
    for (String missing : List.of("/api/reports/no-such-report", "/api/paragraphs/no-such-report/1",
        "/api/paragraphs/city-of-london-joint-area-review-2007-12-21/999", "/reports/no-such-report", "/p/no-such-report/1", "/api/nothing")) {
      JsonNode body = json(missing, 404);
      assertFalse(body.get("error").asText().isBlank(), missing);
      // An unknown id is told to check the id; a path no route serves, which paths there are.
      String detail = body.get("detail").asText();
      assertTrue(missing.equals("/api/nothing") ? detail.contains("/api/search") && !detail.contains("check the id")
          : detail.startsWith("check the id"), missing + ": " + detail);
    }
  }

  /** A link checker asks with HEAD: it must get GET's status and type, not an empty 200 for a link that is broken. */
  @Test
  void headAnswersAsGetWouldWithoutTheBody() throws Exception {
    for (String path : List.of("/api/search?q=fostering", "/api/search?q=%22open", "/api/reports/no-such-report",
        "/p/no-such-report/1", "/p/city-of-london-joint-area-review-2007-12-21/23", "/api/reports", "/health", "/")) {
      HttpResponse<String> got = get(path);
      HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(URI.create(server.base + path))
          .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(got.statusCode(), head.statusCode(), path);
      assertEquals(got.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
      assertEquals(got.headers().firstValue("Location"), head.headers().firstValue("Location"), path);
      assertEquals("", head.body(), path);
    }
  }

  /**
   * JSON is written through the response as it is made: an answer many times Jackson's and Jetty's buffers arrives
   * whole and the same, as it is and gzipped for a browser that asks for it.
   */
  @Test
  void largeAnswersArriveWholeCompressedOrNot() throws Exception {
    for (String path : List.of("/api/reports/city-of-london-joint-area-review-2007-12-21", "/api/search?q=children&size=100")) {
      HttpResponse<byte[]> plain = HTTP.send(HttpRequest.newBuilder(URI.create(server.base + path)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      HttpResponse<byte[]> gzipped = HTTP.send(HttpRequest.newBuilder(URI.create(server.base + path))
          .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, plain.statusCode(), path);
      assertTrue(plain.body().length > 64 * 1024, path + ": " + plain.body().length + " bytes, too small to span buffers");
      assertEquals(java.util.Optional.of("gzip"), gzipped.headers().firstValue("Content-Encoding"), path);
      byte[] unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body())).readAllBytes();
      JsonNode asIs = Json.MAPPER.readTree(plain.body());
      JsonNode inflated = Json.MAPPER.readTree(unzipped);
      for (JsonNode answer : List.of(asIs, inflated)) if (answer.has("tookMs")) ((com.fasterxml.jackson.databind.node.ObjectNode) answer).remove("tookMs");
      assertTrue(asIs.equals(inflated), path + ": the gzipped answer differs from the plain one");
    }
  }

  @Test
  void paragraphKnowsItsNeighbours() throws Exception {
    JsonNode p = json("/api/paragraphs/city-of-london-joint-area-review-2007-12-21/23", 200);
    assertEquals("city-of-london-joint-area-review-2007-12-21/23", p.get("id").asText());
    assertEquals("Outstanding", p.get("grade").asText());
    JsonNode all = json("/api/reports/city-of-london-joint-area-review-2007-12-21", 200).get("paragraphs");
    String before = null;
    for (int i = 1; i < all.size(); i++) if (all.get(i).get("number").asText().equals("23")) before = all.get(i - 1).get("id").asText();
    assertEquals(before, p.get("previous").asText());
    assertEquals("weakness", json("/api/paragraphs/" + before, 200).get("kind").asText(), "the weaknesses column above it");
    assertEquals("city-of-london-joint-area-review-2007-12-21/24", p.get("next").asText());
    JsonNode first = json("/api/paragraphs/city-of-london-joint-area-review-2007-12-21/1", 200);
    assertTrue(first.get("previous").isNull());
  }

  @Test
  void reportsListAndOneReport() throws Exception {
    JsonNode list = json("/api/reports", 200);
    assertEquals(5, list.size());
    JsonNode city = null;
    for (JsonNode r : list) if (r.get("id").asText().equals("city-of-london-joint-area-review-2007-12-21")) city = r;
    assertNotNull(city);
    assertEquals("City of London", city.get("authority").asText());
    assertEquals("000_1cb2265a1d41d5cf.txt", city.get("sourceFile").asText());
    assertEquals(74, city.get("paragraphCount").asInt());
    assertEquals(5, city.get("gradedAreas").size());
    assertEquals("Safeguarding", city.get("gradedAreas").get(0).get("area").asText());
    assertEquals("Outstanding", city.get("gradedAreas").get(0).get("grade").asText());
    JsonNode one = json("/api/reports/city-of-london-joint-area-review-2007-12-21", 200);
    assertEquals(74, one.get("paragraphs").size());
    assertEquals("1", one.get("paragraphs").get(0).get("number").asText());
    JsonNode committee = json("/api/reports/city-of-london-committee-report-2016-10-14", 200);
    boolean adoptionUngraded = false;
    for (JsonNode a : committee.get("gradedAreas")) if (a.get("area").asText().contains("doption")) adoptionUngraded = a.get("grade").isNull();
    assertTrue(adoptionUngraded);
  }

  @Test
  void exportGivesEveryMatchAsCsvOrJson() throws Exception {
    long total = json("/api/search?q=respite", 200).get("total").asLong();
    HttpResponse<String> csv = get("/api/export?q=respite");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String[] lines = csv.body().split("\r\n");
    assertTrue(lines[0].contains("\"id\",\"authority\",\"type\",\"published\",\"section\",\"grade\",\"kind\",\"page\",\"citation\",\"url\",\"text\""));
    assertEquals(total, lines.length - 1);
    assertTrue(lines[1].contains(server.base + "/reports/"), "absolute links to paste");
    assertEquals(total, all("q=respite").size());
  }

  @Test
  void reportPageAnchorsEveryParagraphAndPermalinksRedirect() throws Exception {
    HttpResponse<String> page = get("/reports/city-of-london-joint-area-review-2007-12-21");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    String html = page.body();
    assertTrue(html.contains("id=\"p23\""));
    assertTrue(html.contains("<h2>Looked after children and young people</h2>"));
    assertTrue(html.contains("Outstanding"));
    assertFalse(html.contains("<script>"), "no inline script");
    HttpResponse<String> link = get("/p/city-of-london-joint-area-review-2007-12-21/23");
    assertEquals(302, link.statusCode());
    assertEquals("/reports/city-of-london-joint-area-review-2007-12-21#p23", link.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void suggestionsAndSimilarFindingsOverHttp() throws Exception {
    JsonNode suggest = json("/api/suggest?q=haver", 200);
    boolean havering = false;
    for (JsonNode s : suggest.get("suggestions")) havering |= s.get("text").asText().equals("Havering");
    assertTrue(havering, suggest.toString());
    JsonNode similar = json("/api/paragraphs/city-of-london-joint-area-review-2007-12-21/23/similar?size=3", 200);
    assertTrue(similar.get("similar").size() > 0 && similar.get("similar").size() <= 3);
    for (JsonNode h : similar.get("similar")) assertFalse(h.get("report").get("id").asText().equals("city-of-london-joint-area-review-2007-12-21"));
    json("/api/paragraphs/no-such-report/1/similar", 404);
    json("/api/paragraphs/city-of-london-joint-area-review-2007-12-21/23/similar?size=500", 400);
    assertEquals("respite care", json("/api/search?q=" + enc("repsite care"), 200).get("didYouMean").asText());
    JsonNode fewer = json("/api/search?q=" + enc("adoption zzqx"), 200).get("fewerWords");
    assertEquals("zzqx", fewer.get(0).get("without").asText());
    assertEquals("adoption", fewer.get(0).get("query").asText());
    assertEquals(json("/api/search?q=adoption", 200).get("total").asLong(), fewer.get(0).get("total").asLong());
    assertEquals(0, json("/api/search?q=adoption", 200).get("fewerWords").size());
  }

  @Test
  void thePageIsServedFromTheJarWithNoExternalResources() throws Exception {
    HttpResponse<String> index = get("/");
    assertEquals(200, index.statusCode());
    assertTrue(index.body().contains("<script src=\"/app.js\"></script>"));
    // Every file of web/ is served, with its type, and none reaches outside the server.
    try (java.util.stream.Stream<Path> files = Files.list(Path.of("web"))) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        HttpResponse<String> served = get("/" + name);
        assertEquals(200, served.statusCode(), name);
        assertEquals(Files.readString(file), served.body(), name);
        String type = served.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith(name.endsWith(".html") ? "text/html" : name.endsWith(".css") ? "text/css" : "text/javascript"), name + ": " + type);
        assertFalse(served.body().contains("http://") || served.body().contains("https://"), name + " loads nothing from elsewhere");
        // A browser revalidating a file it holds is told it has not changed.
        String etag = served.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create(server.base + "/" + name))
            .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode(), name);
      }
    }
    assertEquals(404, get("/no-such-file.js").statusCode());
  }
}
