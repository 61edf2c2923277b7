package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.cli.Main;
import findings.index.Indexer;
import findings.model.SearchPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page two of a search takes the counts its page one left behind, and those counts (and the paragraphs of pages
 * shown) never outlive the index they were read from: a report removed and the reader refreshed, the same search
 * counts and reads again. A page shown again is the page remembered, never beside other counts than its own.
 */
class RememberedCountsTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  private static SearchRequest fostering(int page) {
    return new SearchRequest("fostering", Map.of("grade", List.of("Good", "Adequate")), page, 5, SearchRequest.Sort.RELEVANCE);
  }

  /** The seeds indexed into a new folder. */
  private static Path seedsIndex() throws Exception {
    Path index = Files.createTempDirectory(tmp, "findings-remembered").resolve("index");
    assertEquals(0, Main.execute("index", "--index", index.toString(), "seeds"));
    return index;
  }

  @Test
  void laterPagesShareTheCountsAndARefreshCountsAfresh() throws Exception {
    Path index = seedsIndex();
    try (Indexer indexer = new Indexer(index); SearchService search = new SearchService(indexer.writer())) {
      SearchPage first = search.search(fostering(1));
      SearchPage second = search.search(fostering(2));
      assertTrue(first.total() > 10, "enough fostering paragraphs for two pages: " + first.total());
      assertEquals(first.total(), second.total());
      assertEquals(first.facets(), second.facets());
      assertNotEquals(first.hits().get(0).id(), second.hits().get(0).id(), "page two holds other paragraphs");

      // Counted afresh, the remembered counts are the same as counting from nothing.
      search.forgetCounts(fostering(1));
      assertEquals(first.facets(), search.search(fostering(1)).facets());

      String reportOfTopHit = first.hits().get(0).report().id();
      String source = indexer.indexedFiles().values().stream().filter(f -> f.reportId().equals(reportOfTopHit))
          .findFirst().orElseThrow().source();
      indexer.remove(source);
      indexer.commit();
      search.refresh();
      SearchPage after = search.search(fostering(1));
      assertTrue(after.total() < first.total(), "removing " + source + " leaves fewer: " + after.total() + " of " + first.total());
      assertNotEquals(first.facets(), after.facets());
      // Nor do the remembered paragraphs of a page: the new reader shows none of the removed report's.
      assertTrue(after.hits().stream().noneMatch(h -> h.report().id().equals(reportOfTopHit)), after.hits().toString());
      assertEquals(after.hits(), search.search(fostering(1)).hits(), "a page shown again is the same page");
    }
  }

  @Test
  void aPageShownAgainIsRememberedWithItsCounts() throws Exception {
    try (SearchService search = new SearchService(seedsIndex())) {
      SearchPage shown = search.search(fostering(1));
      SearchPage again = search.search(fostering(1));
      assertSame(shown.hits(), again.hits(), "the same page again is the page remembered");
      assertEquals(shown.facets(), again.facets());
      assertEquals(shown.total(), again.total());

      SearchRequest byDate = new SearchRequest("fostering", fostering(1).filters(), 1, 5, SearchRequest.Sort.DATE_DESC);
      assertNotEquals(shown.hits(), search.search(byDate).hits(), "another order is another page");
      SearchRequest larger = new SearchRequest("fostering", fostering(1).filters(), 1, 6, SearchRequest.Sort.RELEVANCE);
      assertEquals(6, search.search(larger).hits().size(), "another size is another page");
      assertSame(shown.hits(), search.search(fostering(1)).hits(), "still remembered beside the others");

      // Counts counted afresh make the page afresh: the same paragraphs and marks, not the page remembered.
      search.forgetCounts(fostering(1));
      SearchPage afresh = search.search(fostering(1));
      assertNotSame(shown.hits(), afresh.hits());
      assertEquals(shown.hits(), afresh.hits());
    }
  }

  @Test
  void aServiceToldToRememberNothingAnswersEverySearchAfresh() throws Exception {
    Path index = seedsIndex();
    System.setProperty(SearchService.REMEMBER_PROPERTY, "off");
    try (SearchService search = new SearchService(index)) {
      SearchPage shown = search.search(fostering(1));
      SearchPage again = search.search(fostering(1));
      assertNotSame(shown.hits(), again.hits(), "ranked and marked again");
      assertNotSame(shown.facets(), again.facets(), "counted again");
      assertEquals(shown.hits(), again.hits());
      assertEquals(shown.facets(), again.facets());
    } finally {
      System.clearProperty(SearchService.REMEMBER_PROPERTY);
    }
  }
}
