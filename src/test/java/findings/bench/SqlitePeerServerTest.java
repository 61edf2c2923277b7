package findings.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import findings.cli.Main;
import findings.model.FacetCount;
import findings.model.Json;
import findings.model.SearchPage;
import findings.search.SearchRequest;
import findings.search.SearchService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The peer's server answers what Findings' search answers a page, or the server figures compare different work: 20
 * highlighted matches, and facet counts as Findings counts them — a dimension a filter names counted without its own
 * filter, so that the page can offer its other values.
 */
class SqlitePeerServerTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  @Test
  void answersAPageWithItsCountsAsFindingsCountsThem() throws Exception {
    Path dir = Files.createTempDirectory(tmp, "peer-server");
    Path index = dir.resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    try (SearchService search = new SearchService(index);
        SqlitePeer built = SqlitePeer.build(dir.resolve("peer.sqlite"), search::forEachParagraphUnchecked);
        SqlitePeerServer server = SqlitePeerServer.start(dir.resolve("peer.sqlite"), 2)) {
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port() + "/search?q=fostering";

      JsonNode page = get(client, base);
      assertEquals(20, page.get("hits").size(), "a full page of the seeds' fostering paragraphs");
      for (JsonNode hit : page.get("hits")) assertTrue(hit.get(1).asText().contains("<mark>"), hit.toString());
      assertEquals(built.count("fostering"), total(page.get("counts").get("grade")), "every match counted once by grade");

      JsonNode filtered = get(client, base + "&authority=Havering&year=2007");
      SearchPage ours = search.search(new SearchRequest("fostering", Map.of("authority", List.of("Havering"), "year", List.of("2007")),
          1, 20, SearchRequest.Sort.RELEVANCE));
      assertTrue(filtered.get("counts").get("authority").size() > 1, "the authorities beside the one filtered by are counted");
      for (String dim : List.of("authority", "year", "grade")) {
        assertEquals(counts(ours.facets().get(dim)), counts(filtered.get("counts").get(dim)), dim);
      }
      assertEquals(ours.total(), filtered.get("hits").size(), "the page of the filtered matches");

      JsonNode pageTwo = get(client, base + "&page=2");
      assertTrue(!pageTwo.get("hits").get(0).get(0).equals(page.get("hits").get(0).get(0)), "page two starts past page one");
    }
  }

  private static JsonNode get(HttpClient client, String uri) throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return Json.MAPPER.readTree(r.body());
  }

  private static long total(JsonNode counts) {
    long sum = 0;
    for (JsonNode row : counts) sum += row.get(1).asLong();
    return sum;
  }

  private static Map<String, Long> counts(JsonNode rows) {
    Map<String, Long> out = new TreeMap<>();
    for (JsonNode row : rows) if (!row.get(0).asText().isEmpty()) out.put(row.get(0).asText(), row.get(1).asLong());
    return out;
  }

  private static Map<String, Long> counts(List<FacetCount> facet) {
    Map<String, Long> out = new TreeMap<>();
    for (FacetCount c : facet) out.put(c.value(), c.count());
    return out;
  }
}
