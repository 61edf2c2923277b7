package findings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import findings.model.Hit;
import findings.model.SearchPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.PhraseQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search of many matches whose plain text has proximity boosts is ranked from two windows ({@link ProximityWindow}).
 * The seeds' 617 paragraphs are far too few to reach it as shipped, so the switched service takes that path for every
 * search; with windows wider than the matches it must give the very pages that scoring every match gives, and with
 * narrow ones every page must still come from one ranking.
 */
class ProximityWindowTest {
  /** Deleted by JUnit when the class's tests are done, with every index made in it. */
  @TempDir static Path tmp;

  /** Plain texts of several words that the thesaurus does not widen. */
  private static final List<String> TEXTS = List.of("young people", "children and young people", "of the",
      "quality of care", "work with families", "the local authority", "the council", "social workers",
      "voice of the child", "education health and care");

  @Test
  void onlyPlainTextsOfSeveralWordsSplit() {
    QueryBuilder queries = new QueryBuilder();
    for (String text : TEXTS) {
      ProximityWindow.Split split = queries.proximitySplit(text).orElseThrow(() -> new AssertionError(text));
      assertTrue(QueryBuilder.leaves(split.firstPass()).stream()
          .noneMatch(q -> q instanceof PhraseQuery p && p.getSlop() > 0), text + ": " + split.firstPass());
      assertTrue(QueryBuilder.leaves(split.adjacent()).stream().allMatch(q -> q instanceof PhraseQuery p && p.getSlop() == 0),
          text + ": " + split.adjacent());
    }
    for (String text : List.of("fostering", "\"young people\"", "young AND people", "young OR people", "foster*", "")) {
      assertTrue(queries.proximitySplit(text).isEmpty(), text);
    }
  }

  @Test
  void windowsWiderThanTheMatchesGiveThePagesOfTheWholeQuery() throws Exception {
    try (FacetIndexes.Compared services = FacetIndexes.Compared.over(tmp, "findings-proximity", windowed -> {
      windowed.onePass = false;
      windowed.windowAbove = 0;
    })) {
      int[] compared = {0};
      FacetIndexes.eachPage(services.shipped(), services.switched(), TEXTS, 3, (request, whole, windowed) -> {
        String what = request.query() + " " + request.filters();
        assertEquals(whole.total(), windowed.total(), what);
        assertEquals(ids(whole), ids(windowed), what + ", page " + request.page());
        compared[0] += whole.hits().isEmpty() ? 0 : 1;
      });
      assertTrue(compared[0] > 60, "pages compared: " + compared[0]);
    }
  }

  @Test
  void narrowWindowsStillGiveEveryPageFromOneRanking() throws Exception {
    try (FacetIndexes.Compared services = FacetIndexes.Compared.over(tmp, "findings-proximity-narrow", windowed -> {
      windowed.onePass = false;
      windowed.windowAbove = 0;
      windowed.proximityWindow = 7;
    })) {
      int reordered = 0;
      for (String text : TEXTS) {
        SearchPage whole = services.shipped().search(new SearchRequest(text, Map.of(), 1, 40, SearchRequest.Sort.RELEVANCE));
        SearchPage atOnce = services.switched().search(new SearchRequest(text, Map.of(), 1, 40, SearchRequest.Sort.RELEVANCE));
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 4 && (page - 1) * 10 < atOnce.total(); page++) {
          paged.addAll(ids(services.switched().search(new SearchRequest(text, Map.of(), page, 10, SearchRequest.Sort.RELEVANCE))));
        }
        assertEquals(ids(atOnce), paged, text + ": pages of ten against one page of forty");
        assertEquals(paged.size(), new HashSet<>(paged).size(), text + ": a paragraph on two pages");
        assertEquals(new HashSet<>(ids(whole)).size(), ids(whole).size());
        assertEquals(Math.min(40, whole.total()), atOnce.hits().size(), text);
        assertFalse(atOnce.hits().isEmpty(), text);
        if (!ids(whole).equals(ids(atOnce))) reordered++;
      }
      assertNotEquals(0, reordered, "windows of seven changed no ranking: they were not used");
    }
  }

  private static List<String> ids(SearchPage page) {
    return page.hits().stream().map(Hit::id).toList();
  }
}
