package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import findings.model.SearchPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A search with no other search waiting counts its facets on the pool while its own thread ranks and marks the page:
 * the page, the total and every count are what counting on the search's own thread gives, filters, sorting and
 * later pages included, and a page past the last is still refused with its message. A page whose counts are known
 * is marked in two halves side by side, and is the same page.
 */
class CountedBesideTest {
  private static SearchRequest request(String q, Map<String, List<String>> filters, int page, SearchRequest.Sort sort) {
    return new SearchRequest(q, filters, page, 5, sort);
  }

  @Test
  void countsBesideTheRankingAreTheCountsInline() throws Exception {
    Path index = Files.createTempDirectory("findings-beside").resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    List<SearchRequest> requests = List.of(
        request("fostering", Map.of(), 1, SearchRequest.Sort.RELEVANCE),
        request("children looked after", Map.of(), 1, SearchRequest.Sort.RELEVANCE),
        request("\"young people\"", Map.of(), 2, SearchRequest.Sort.RELEVANCE),
        request("fostering", Map.of("grade", List.of("Good", "Adequate"), "year", List.of("2007")), 1, SearchRequest.Sort.RELEVANCE),
        request("safeguarding OR asylum", Map.of("type", List.of("Joint area review")), 2, SearchRequest.Sort.DATE_DESC),
        request("", Map.of("authority", List.of("Havering")), 3, SearchRequest.Sort.DATE));
    try (SearchService search = new SearchService(index)) {
      for (SearchRequest r : requests) {
        search.besideWorthIt = false;
        search.forgetCounts(r);
        SearchPage inline = search.search(r);
        search.besideWorthIt = true;
        search.forgetCounts(r);
        SearchPage beside = search.search(r);
        assertTrue(inline.total() > 0, r + " finds something");
        assertEquals(inline.total(), beside.total(), r.toString());
        assertEquals(inline.facets(), beside.facets(), r.toString());
        assertEquals(inline.hits(), beside.hits(), r.toString());
        assertEquals(inline.didYouMean(), beside.didYouMean(), r.toString());
      }
      // A page of ten whose counts are known is marked in two halves side by side: the same paragraphs, snippets and order.
      for (SearchRequest r : requests) {
        SearchRequest ten = new SearchRequest(r.query(), r.filters(), 1, 10, r.sort());
        search.besideWorthIt = false;
        SearchPage alone = search.search(ten);
        search.besideWorthIt = true;
        SearchPage halves = search.search(ten);
        assertTrue(halves.hits().size() >= 8, ten + " fills a page of at least eight");
        assertEquals(alone.hits(), halves.hits(), ten.toString());
      }
      for (boolean beside : new boolean[] {false, true}) {
        search.besideWorthIt = beside;
        SearchRequest pastTheEnd = request("fostering", Map.of("year", List.of("2007")), 500, SearchRequest.Sort.RELEVANCE);
        search.forgetCounts(pastTheEnd);
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> search.search(pastTheEnd));
        assertEquals("page", refused.parameter());
        assertTrue(refused.getMessage().contains("out of range"), refused.getMessage());
      }
    }
  }
}
